package no.gpsim.check;

/** How a check compares a run with its expected results. */
public enum Mode {
    /**
     * Every checked mean must print the same to the last digit and the hash of all outputs must
     * match: the same code, data and seed reproduce the same run. Any difference is drift.
     */
    EXACT,
    /**
     * A metric fails only on a shift beyond noise: Welch's t-test of its new replicates against the
     * stored mean, sd and n rejects at family-wise level alpha after Holm's correction over all
     * metrics, and the mean moved by more than the metric's floor. A change that only reshuffles
     * random draws fails at most a fraction alpha of the time; a real shift fails.
     */
    STATISTICAL;

    /** The option value, "exact" or "statistical". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
