package no.gpsim.model;

/** Splits a whole number into whole parts proportional to weights (largest remainder method). */
public final class Apportion {

    private Apportion() {
    }

    /**
     * Takes {@code count} of the {@code total} people counted in {@code groups} in proportion to
     * the groups, in integer arithmetic: the floor of each exact share, then one more for the
     * largest remainders (ties to the lower index). Writes the parts to {@code out} (as long as
     * {@code groups}) and allocates nothing, for callers that split patients every month.
     *
     * @param total the sum of {@code groups}, at least {@code count}
     */
    public static void shares(int[] groups, long total, int count, int[] out) {
        int n = groups.length;
        if (count == 0 || count == total) {
            // nobody, or everybody: the parts are exact
            for (int a = 0; a < n; a++) {
                out[a] = count == 0 ? 0 : groups[a];
            }
            return;
        }
        int given = 0;
        for (int a = 0; a < n; a++) {
            // a few movers from a long list: most exact shares are below one, and need no division
            long exact = (long) count * groups[a];
            out[a] = exact < total ? 0 : (int) quotient(exact, total);
            given += out[a];
        }
        // a group's remainder is worked out again where it is compared (its part is still the
        // floor until it gets its extra one); a group already given its extra one is marked in the bit set
        long done = 0;
        for (int left = count - given; left > 0; left--) {
            int best = -1;
            long bestRemainder = -1;
            for (int a = 0; a < n; a++) {
                long remainder = (long) count * groups[a] - (long) out[a] * total;
                if ((done & 1L << a) == 0 && (best < 0 || remainder > bestRemainder)) {
                    best = a;
                    bestRemainder = remainder;
                }
            }
            out[best]++;
            done |= 1L << best;
        }
    }

    /** Above this many extra ones, {@link #giveLargest} (a sort) beats scanning all parts once per extra one. */
    private static final int SCAN_LIMIT = 8;

    /**
     * Gives one more to the {@code left} parts with the largest remainders, ties to the lower index:
     * the same parts as scanning for the largest remainder {@code left} times, in O(n log n) instead
     * of O(n x left). The {@code left}-th largest remainder is the threshold; every part above it
     * gets one, and of the parts at it the lowest indices get the rest.
     */
    private static void giveLargest(long[] parts, double[] remainders, int n, int left) {
        double[] sorted = java.util.Arrays.copyOf(remainders, n);
        java.util.Arrays.sort(sorted);
        double threshold = sorted[n - left];
        int atThreshold = left;
        for (int i = 0; i < n; i++) {
            if (remainders[i] > threshold) {
                parts[i]++;
                atThreshold--;
            }
        }
        for (int i = 0; i < n && atThreshold > 0; i++) {
            if (remainders[i] == threshold) {
                parts[i]++;
                atThreshold--;
            }
        }
    }

    /** a / b for non-negative a and positive b, in 32-bit division where both fit (much the faster). */
    private static long quotient(long a, long b) {
        return ((a | b) >>> 31) == 0 ? (int) a / (int) b : a / b;
    }

    /**
     * Parts that add up to {@code total} exactly, each the floor of its exact share plus one for
     * the largest remainders (ties to the lower index). All weights zero gives equal shares.
     */
    public static long[] split(long total, double[] weights) {
        int n = weights.length;
        long[] parts = new long[n];
        split(total, weights, n, parts, new double[n]);
        return parts;
    }

    /**
     * As {@link #split(long, double[])} for the first {@code n} weights, into {@code parts} (its
     * first n entries) with {@code remainders} as scratch: for callers that split every month and
     * keep their arrays.
     */
    public static void split(long total, double[] weights, int n, long[] parts, double[] remainders) {
        java.util.Arrays.fill(parts, 0, n, 0L);
        if (n == 0 || total == 0) {
            return;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = weights[i];
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("negative or NaN weight " + w);
            }
            sum += w;
        }
        long given = 0;
        for (int i = 0; i < n; i++) {
            double exact = sum > 0 ? total * (weights[i] / sum) : total / (double) n;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        long left = total - given;
        if (left > SCAN_LIMIT && left < n) {
            giveLargest(parts, remainders, n, (int) left);
            return;
        }
        while (left > 0) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            left--;
        }
    }
}
