package no.gpsim.sensitivity;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.ranking.NaNStrategy;

/**
 * Shared pieces of the percentile bootstrap used by both analyses: argument checks, resampling
 * of whole units (base rows, trajectories) and the interval from the replicate statistics.
 */
final class Bootstrap {

    private Bootstrap() {
    }

    /** Rejects a negative replicate count or a confidence level outside (0, 1). */
    static void check(int bootstrap, double confidence) {
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0 (was " + bootstrap + ")");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1) (was " + confidence + ")");
        }
    }

    /** Rejects outputs of the wrong length or with a NaN or infinite value, naming the first. */
    static void checkOutputs(double[] y, int expected, String design) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.length != expected) {
            throw new IllegalArgumentException("y has " + y.length + " values but the " + design + " has "
                    + expected + " points");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] is not finite (" + y[i] + ")");
            }
        }
    }

    /** {@code units} indices drawn uniformly with replacement: one bootstrap resample. */
    static int[] resample(int units, RandomGenerator rng) {
        int[] rows = new int[units];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = rng.nextInt(units);
        }
        return rows;
    }

    /** The identity resample 0..units-1, i.e. the data as observed. */
    static int[] all(int units) {
        int[] rows = new int[units];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /**
     * The central {@code confidence} percentile interval of the replicate statistics {low, high}
     * (linear interpolation between order statistics, as numpy and R type 7 do). NaN replicates
     * (a resample with no output variance) are dropped; with none left, or no replicates at all,
     * both bounds are NaN.
     */
    static double[] interval(double[] replicates, double confidence) {
        if (replicates.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7)
                .withNaNStrategy(NaNStrategy.REMOVED);
        p.setData(replicates);
        double tail = (1 - confidence) / 2 * 100;
        return new double[] {p.evaluate(tail), p.evaluate(100 - tail)};
    }
}
