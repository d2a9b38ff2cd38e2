package no.gpsim.experiment;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.SecondMoment;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.util.FastMath;

/**
 * An {@link Estimate} built one replicate at a time, so that a run keeps one small accumulator per
 * statistic instead of every replicate's value. It uses Commons Math's {@link SecondMoment}
 * (Welford's updating of the mean and the sum of squared deviations), the same arithmetic
 * {@code SummaryStatistics} does for its mean and variance, so values fed in the same order give
 * the same bits as {@link Estimate#of(double[])}, which is built on this class.
 */
public final class OnlineEstimate {

    private final SecondMoment moment = new SecondMoment();
    private double first;
    private boolean allEqual = true;

    /** Adds the value of the next replicate. */
    public void add(double value) {
        if (moment.getN() == 0) {
            first = value;
        }
        allEqual &= value == first;
        moment.increment(value);
    }

    /** Values added so far. */
    public long n() {
        return moment.getN();
    }

    /** The mean of the values added so far (their common value when all are equal). */
    public double mean() {
        if (moment.getN() == 0) {
            throw new IllegalStateException("no replicate values");
        }
        // Identical values (a scenario against itself, or a quantity that never varies) give
        // exactly that value, with no rounding from the updating.
        return allEqual ? first : new Mean(moment).getResult();
    }

    /** The mean and 95 % interval of the values added so far; see {@link Estimate}. */
    public Estimate estimate() {
        double mean = mean();
        int n = Math.toIntExact(moment.getN());
        if (n == 1) {
            return new Estimate(mean, Double.NaN, Double.NaN, 1);
        }
        if (allEqual) {
            return new Estimate(mean, mean, mean, n);
        }
        double half = Estimate.halfWidth(FastMath.sqrt(new Variance(moment).getResult()), n);
        return new Estimate(mean, mean - half, mean + half, n);
    }
}
