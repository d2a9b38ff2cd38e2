package no.gpsim.model;

/** How a GP holds its list. */
public enum Contract {
    /** Næringsdrivende: the GP keeps the grants and fees and pays the practice costs. */
    SELF_EMPLOYED,
    /** Fastlønn: the municipality pays a salary and keeps the grants and fees. */
    SALARIED,
    /** In an ALIS training post, paid like a salaried GP. */
    ALIS,
    /** On an introduction agreement: salaried for the first months, then self-employed. */
    INTRODUCTION;

    /** Whether the municipality pays the GP a salary (and so bears the practice's costs and revenue). */
    public boolean municipalityPays() {
        return this != SELF_EMPLOYED;
    }
}
