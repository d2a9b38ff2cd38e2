package no.gpsim.model;

/** The four age groups of the data and of every per-age array in the model. */
public final class AgeGroups {

    public static final int COUNT = 4;
    public static final String[] LABELS = {"0-17", "18-66", "67-79", "80+"};

    private AgeGroups() {
    }
}
