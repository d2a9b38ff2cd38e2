package no.gpsim.check;

import java.math.BigDecimal;
import no.gpsim.output.Cells;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A metric over replicates: the mean, the standard deviation of one replicate (n - 1 in the
 * denominator) and the number of replicates, what the statistical check's two-sample test needs
 * ({@link WelchTest}). Mean and sd are rounded as the CSV outputs print the metric
 * ({@link Cells#value}), so that "the same to the last digit" means the last printed digit.
 *
 * @param mean mean over replicates
 * @param sd standard deviation of the replicates (0 with one replicate)
 * @param n replicates
 */
public record Summary(BigDecimal mean, BigDecimal sd, int n) {

    /** Summarises one value per replicate. */
    public static Summary of(CheckedMetric metric, double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double sd = 0;
        if (n > 1) {
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            sd = Math.sqrt(ss / (n - 1));
        }
        return new Summary(round(metric, mean), round(metric, sd), n);
    }

    /**
     * The summary behind a 95 % interval of the mean (mean &plusmn; t(0.975, n-1) &middot; sd / &radic;n), as
     * files of the old format {@code gpsim-expected/1} stored it: sd = half-width &middot; &radic;n / t.
     * The interval was rounded as printed, so the sd is good to about three digits.
     */
    public static Summary fromInterval(CheckedMetric metric, BigDecimal mean, BigDecimal ciLow, BigDecimal ciHigh, int n) {
        double half = ciHigh.subtract(ciLow).doubleValue() / 2;
        double sd = n < 2 ? 0 : half * Math.sqrt(n) / tQuantile975(n - 1);
        return new Summary(mean, round(metric, Math.max(0, sd)), n);
    }

    /** t(0.975, df): the half-width of a 95 % interval in standard errors. */
    static double tQuantile975(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    /** A value as the outputs print it, e.g. 6683.400 for a mean of counts, 0.004712 for a share. */
    public static BigDecimal round(CheckedMetric metric, double v) {
        String s = Cells.value(metric.metric().kind(), v);
        if (s.equals("NaN")) {
            throw new IllegalArgumentException(metric.column() + " is not a number");
        }
        return new BigDecimal(s);
    }
}
