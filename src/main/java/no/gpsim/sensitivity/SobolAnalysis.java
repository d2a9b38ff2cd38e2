package no.gpsim.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * First-order and total Sobol indices from the outputs at a {@link SaltelliDesign}, with
 * percentile bootstrap intervals.
 *
 * <p>Estimators, with V the variance of all f(A) and f(B) together (2n values):
 * <ul>
 * <li>first order, Saltelli et al. (2010): S<sub>i</sub> = mean over rows of
 *     f(B)(f(AB<sup>(i)</sup>) - f(A)) / V;</li>
 * <li>total, Jansen (1999): S<sub>Ti</sub> = mean over rows of
 *     (f(A) - f(AB<sup>(i)</sup>))<sup>2</sup> / (2V).</li>
 * </ul>
 * Both are what SALib computes. One change that does not alter the expectation: f(B) in the
 * first-order estimator is taken as a deviation from the mean of f(A) and f(B). Since
 * E[f(AB<sup>(i)</sup>) - f(A)] = 0 the subtracted term vanishes on average, but without it the
 * estimator's variance grows with the square of the output's mean, which for a model output such
 * as a count of residents (large mean, modest spread) would swamp the signal. With it the indices
 * are unchanged when a constant is added to every output.
 *
 * <p>The bootstrap resamples base rows j (each with its A, B and AB values together), recomputes
 * V and the indices, and reports the central percentile interval of the replicates.
 */
public final class SobolAnalysis {

    private SobolAnalysis() {
    }

    /**
     * The indices of every parameter, in parameter order.
     *
     * @param design     the design the outputs were computed on
     * @param y          y[i] is the output at {@code design.points().get(i)}
     * @param bootstrap  number of bootstrap resamples (0 for no intervals: bounds are NaN)
     * @param confidence central coverage of the intervals, e.g. 0.95
     * @param seed       seed of the resampling generator
     * @return one index per parameter; all values NaN if the outputs do not vary at all
     * @throws IllegalArgumentException if y has the wrong length or a non-finite value, bootstrap
     *                                  is negative or confidence is not in (0, 1)
     */
    public static List<SobolIndex> analyse(SaltelliDesign design, double[] y, int bootstrap, double confidence,
                                           long seed) {
        if (design == null) {
            throw new IllegalArgumentException("design must not be null");
        }
        Bootstrap.check(bootstrap, confidence);
        Bootstrap.checkOutputs(y, design.size(), "Saltelli design");
        int k = design.parameters();
        int n = design.baseSamples();
        Estimator est = new Estimator(y, k, n);

        double[][] point = est.indices(Bootstrap.all(n));
        double[][][] reps = new double[2][k][bootstrap];
        RandomGenerator rng = new Well19937c(seed);
        for (int b = 0; b < bootstrap; b++) {
            double[][] s = est.indices(Bootstrap.resample(n, rng));
            for (int i = 0; i < k; i++) {
                reps[0][i][b] = s[0][i];
                reps[1][i][b] = s[1][i];
            }
        }
        List<SobolIndex> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] first = Bootstrap.interval(reps[0][i], confidence);
            double[] total = Bootstrap.interval(reps[1][i], confidence);
            out.add(new SobolIndex(i, point[0][i], first[0], first[1], point[1][i], total[0], total[1]));
        }
        return Collections.unmodifiableList(out);
    }

    /** The outputs split by matrix, and the two estimators over any multiset of base rows. */
    private static final class Estimator {
        private final int k;
        private final double[] fa;
        private final double[] fb;
        /** fab[j][i] = f(AB_j^(i)). */
        private final double[][] fab;
        /** Scratch for the 2n values of f(A) and f(B) in a resample. */
        private final double[] pooled;

        Estimator(double[] y, int k, int n) {
            this.k = k;
            fa = new double[n];
            fb = new double[n];
            fab = new double[n][k];
            pooled = new double[2 * n];
            for (int j = 0; j < n; j++) {
                int row = j * (k + 2);
                fa[j] = y[row];
                fb[j] = y[row + 1];
                System.arraycopy(y, row + 2, fab[j], 0, k);
            }
        }

        /** {first order[k], total[k]} over the given base rows (repeats allowed). */
        double[][] indices(int[] rows) {
            int n = rows.length;
            for (int r = 0; r < n; r++) {
                pooled[2 * r] = fa[rows[r]];
                pooled[2 * r + 1] = fb[rows[r]];
            }
            double mean = new Mean().evaluate(pooled);
            double v = new Variance(false).evaluate(pooled);
            double[][] s = new double[2][k];
            if (!(v > 0)) {
                Arrays.fill(s[0], Double.NaN);
                Arrays.fill(s[1], Double.NaN);
                return s;
            }
            double[] first = new double[k];
            double[] total = new double[k];
            for (int rr : rows) {
                double a = fa[rr];
                double b = fb[rr] - mean;
                double[] ab = fab[rr];
                for (int i = 0; i < k; i++) {
                    double d = ab[i] - a;
                    first[i] += b * d;
                    total[i] += d * d;
                }
            }
            for (int i = 0; i < k; i++) {
                s[0][i] = first[i] / n / v;
                s[1][i] = total[i] / (2.0 * n) / v;
            }
            return s;
        }
    }
}
