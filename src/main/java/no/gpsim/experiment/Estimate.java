package no.gpsim.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of a quantity over replicates with its two-sided 95 % confidence interval, from
 * Student's t distribution: mean ± t(0.975, n − 1) · s / √n, where s is the sample standard
 * deviation (divisor n − 1). With one replicate there is no interval: {@code low} and {@code high}
 * are NaN and are written as empty cells. With n ≥ 2 identical values the interval is the mean.
 *
 * @param mean mean over replicates
 * @param low lower end of the 95 % interval, or NaN when n = 1
 * @param high upper end of the 95 % interval, or NaN when n = 1
 * @param n number of replicates
 */
public record Estimate(double mean, double low, double high, int n) {

    /** Confidence level of every interval gpsim writes. */
    public static final double LEVEL = 0.95;

    /** Estimates from the replicate values (at least one, none NaN), in the order given. */
    public static Estimate of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no replicate values");
        }
        OnlineEstimate e = new OnlineEstimate();
        for (double v : values) {
            e.add(v);
        }
        return e.estimate();
    }

    /** Half the width of the 95 % t interval for a sample standard deviation {@code sd} of {@code n} values. */
    public static double halfWidth(double sd, int n) {
        if (n < 2) {
            return Double.NaN;
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
        return t * sd / Math.sqrt(n);
    }

    /** Whether there is an interval and it lies wholly above or wholly below zero. */
    public boolean excludesZero() {
        return n > 1 && (low > 0 || high < 0);
    }

    /** Whether there is an interval (n ≥ 2). */
    public boolean hasInterval() {
        return !Double.isNaN(low);
    }
}
