package no.gpsim.check;

import java.math.BigDecimal;
import no.gpsim.output.Cells;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of a metric over replicates with its 95 % confidence interval (Student's t with n - 1
 * degrees of freedom: mean &plusmn; t(0.975, n-1) &middot; sd / &radic;n), each rounded as the CSV outputs
 * print the metric ({@link Cells#value}), so that "the same to the last digit" means the last
 * printed digit. With one replicate the interval is the mean itself.
 *
 * @param mean mean over replicates
 * @param ciLow lower end of the 95 % interval
 * @param ciHigh upper end
 * @param n replicates
 */
public record Summary(BigDecimal mean, BigDecimal ciLow, BigDecimal ciHigh, int n) {

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
        double half = 0;
        if (n > 1) {
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            double sd = Math.sqrt(ss / (n - 1));
            half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        }
        return new Summary(round(metric, mean), round(metric, mean - half), round(metric, mean + half), n);
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
