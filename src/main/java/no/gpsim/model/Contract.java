package no.gpsim.model;

/** How a GP holds its list. */
public enum Contract {
    /** Næringsdrivende: the GP keeps the grants and fees and pays the practice costs. */
    SELF_EMPLOYED,
    /** Fastlønn: the municipality pays a salary and keeps the grants and fees. */
    SALARIED,
    /** On an introduction agreement: salaried for the first months, then self-employed. */
    INTRODUCTION;

    /**
     * Whether the municipality pays the GP a salary (and so bears the practice's costs and
     * revenue). ALIS is not a contract but a training status: an ALIS doctor holds a salaried or a
     * self-employed post like any other GP.
     */
    public boolean municipalityPays() {
        return this != SELF_EMPLOYED;
    }
}
