package no.gpsim.observe;

/** Municipality size classes by resident population, as in the reports of SSB and Helsedirektoratet. */
public enum SizeClass {
    UNDER_2000("<2000", 0, 2_000),
    FROM_2000("2000-4999", 2_000, 5_000),
    FROM_5000("5000-9999", 5_000, 10_000),
    FROM_10000("10000-19999", 10_000, 20_000),
    FROM_20000("20000-49999", 20_000, 50_000),
    FROM_50000("50000+", 50_000, Long.MAX_VALUE);

    private static final SizeClass[] ALL = values();

    private final String label;
    private final long min;
    private final long maxExclusive;

    SizeClass(String label, long min, long maxExclusive) {
        this.label = label;
        this.min = min;
        this.maxExclusive = maxExclusive;
    }

    public String label() {
        return label;
    }

    public static SizeClass of(long residents) {
        for (SizeClass c : ALL) {
            if (residents >= c.min && residents < c.maxExclusive) {
                return c;
            }
        }
        throw new IllegalArgumentException("negative population " + residents);
    }
}
