package no.gpsim.check;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Welch's two-sample t-test on summaries (mean, standard deviation and number of replicates of
 * each sample): does the mean of the rerun differ from the stored mean by more than the two
 * samples' noise explains? It does not assume equal variances:
 *
 * <pre>
 * t  = (m2 - m1) / se,   se^2 = s1^2/n1 + s2^2/n2
 * df = se^4 / ((s1^2/n1)^2/(n1-1) + (s2^2/n2)^2/(n2-1))     (Welch-Satterthwaite)
 * p  = 2 P(T_df &gt; |t|)                                     (two-sided)
 * </pre>
 *
 * When both samples have no spread at all (every replicate gave the same value, e.g. no vacant
 * list in a class in any replicate) the test is degenerate: p is 1 when the means are equal and 0
 * otherwise; the metric's floor ({@link CheckedMetric#floor()}) then decides whether the move
 * matters.
 */
public final class WelchTest {

    private WelchTest() {
    }

    /**
     * The two-sided p-value of the difference of two means.
     *
     * @param m1 mean of the first sample (the stored one)
     * @param s1 its standard deviation (n1 - 1 in the denominator)
     * @param n1 its size, at least 2
     * @param m2 mean of the second sample (the rerun)
     * @param s2 its standard deviation
     * @param n2 its size, at least 2
     */
    public static double pValue(double m1, double s1, int n1, double m2, double s2, int n2) {
        if (n1 < 2 || n2 < 2) {
            throw new IllegalArgumentException("Welch's test needs 2 or more replicates a side, not " + n1 + " and " + n2);
        }
        if (!(s1 >= 0 && s2 >= 0) || !Double.isFinite(m1) || !Double.isFinite(m2) || Double.isInfinite(s1)
                || Double.isInfinite(s2)) {
            throw new IllegalArgumentException("means " + m1 + ", " + m2 + " and sds " + s1 + ", " + s2);
        }
        double v1 = s1 * s1 / n1;
        double v2 = s2 * s2 / n2;
        double se2 = v1 + v2;
        if (se2 == 0) {
            return m1 == m2 ? 1 : 0;
        }
        double t = Math.abs(m2 - m1) / Math.sqrt(se2);
        double df = se2 * se2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        // the upper tail directly (not 1 - cdf), so that p-values far below 1e-16 keep their digits
        return 2 * new TDistribution(null, df).cumulativeProbability(-t);
    }

    /** Welch's degrees of freedom, for reports and tests. */
    public static double degreesOfFreedom(double s1, int n1, double s2, int n2) {
        double v1 = s1 * s1 / n1;
        double v2 = s2 * s2 / n2;
        return (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
    }
}
