package no.gpsim.model;

/** Splits a whole number into whole parts proportional to weights (largest remainder method). */
public final class Apportion {

    private Apportion() {
    }

    /**
     * Parts that add up to {@code total} exactly, each the floor of its exact share plus one for
     * the largest remainders (ties to the lower index). All weights zero gives equal shares.
     */
    public static long[] split(long total, double[] weights) {
        int n = weights.length;
        long[] parts = new long[n];
        if (n == 0 || total == 0) {
            return parts;
        }
        double sum = 0;
        for (double w : weights) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("negative or NaN weight " + w);
            }
            sum += w;
        }
        double[] remainders = new double[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            double exact = sum > 0 ? total * (weights[i] / sum) : total / (double) n;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        long left = total - given;
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
        return parts;
    }
}
