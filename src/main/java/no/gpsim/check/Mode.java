package no.gpsim.check;

/** How a check compares a run with its expected results. */
public enum Mode {
    /**
     * Every checked mean must print the same to the last digit and the hash of all outputs must
     * match: the same code, data and seed reproduce the same run. Any difference is drift.
     */
    EXACT,
    /**
     * A metric passes when its new mean lies inside the stored 95 % interval widened by a factor
     * (and at least &plusmn; the metric's floor): a change that only reshuffles random draws passes,
     * a real shift fails.
     */
    STATISTICAL;

    /** The option value, "exact" or "statistical". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
