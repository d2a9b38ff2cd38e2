package no.gpsim.sensitivity;

import java.util.Arrays;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.apache.commons.math3.util.Combinations;
import org.apache.commons.math3.util.MathArrays;

/**
 * Chooses r of M candidate Morris trajectories with the largest Campolongo et al. (2007) spread
 * D<sup>2</sup> = sum over pairs (m, l) of d<sub>ml</sub><sup>2</sup>.
 *
 * <p>Because D<sup>2</sup> is a sum over pairs, the pairwise terms are computed once. When the
 * number of r-subsets is small (their evaluation costs at most {@link #EXHAUSTIVE_WORK} pair
 * look-ups) every subset is tried, which is Campolongo's method and exact. Otherwise, following
 * the improved strategy of Ruano et al. (2012), the trajectory whose removal leaves the largest
 * spread is dropped, one at a time, from M down to r: O(M<sup>2</sup>) instead of C(M, r). A
 * series of single swaps (a kept trajectory for a dropped one, whenever that raises the spread)
 * then polishes the greedy answer, so the result is a local optimum under exchange.
 */
final class TrajectorySelection {

    /** Pair look-ups allowed for the exhaustive search, C(M, r) * r(r-1)/2; about a second. */
    static final double EXHAUSTIVE_WORK = 2e7;
    /** Swaps allowed; each strictly raises the spread, and after elimination few are needed. */
    private static final int MAX_SWAPS = 200;

    private TrajectorySelection() {
    }

    /** Campolongo's spread D of a set of trajectories. */
    static double spread(double[][][] trajectories) {
        double sum = 0;
        for (int m = 0; m < trajectories.length; m++) {
            for (int l = m + 1; l < trajectories.length; l++) {
                double d = distance(trajectories[m], trajectories[l]);
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
    }

    /** d_ml: the sum of Euclidean distances between every point of m and every point of l. */
    static double distance(double[][] m, double[][] l) {
        double d = 0;
        for (double[] p : m) {
            for (double[] q : l) {
                d += MathArrays.distance(p, q);
            }
        }
        return d;
    }

    /** Indices, ascending, of the r candidates kept. */
    static int[] select(double[][][] pool, int r) {
        int m = pool.length;
        if (m == r) {
            return Bootstrap.all(r);
        }
        double[][] d2 = squaredDistances(pool);
        double work = CombinatoricsUtils.binomialCoefficientDouble(m, r) * r * (r - 1) / 2.0;
        int[] chosen = work <= EXHAUSTIVE_WORK ? exhaustive(d2, r) : eliminateAndSwap(d2, r);
        Arrays.sort(chosen);
        return chosen;
    }

    /** The matrix of d_ml^2 between every pair of candidates (zero diagonal). */
    static double[][] squaredDistances(double[][][] pool) {
        int m = pool.length;
        double[][] d2 = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double d = distance(pool[a], pool[b]);
                d2[a][b] = d * d;
                d2[b][a] = d * d;
            }
        }
        return d2;
    }

    /** D^2 of the subset {@code chosen}: the sum of d2 over its pairs. */
    static double sum(double[][] d2, int[] chosen) {
        double sum = 0;
        for (int a = 0; a < chosen.length; a++) {
            for (int b = a + 1; b < chosen.length; b++) {
                sum += d2[chosen[a]][chosen[b]];
            }
        }
        return sum;
    }

    /** Every r-subset in lexicographic order; the first with the largest spread wins. */
    static int[] exhaustive(double[][] d2, int r) {
        int[] best = null;
        double bestSum = -1;
        for (int[] c : new Combinations(d2.length, r)) {
            double sum = sum(d2, c);
            if (sum > bestSum) {
                bestSum = sum;
                best = c.clone();
            }
        }
        return best;
    }

    /** Backward elimination (Ruano et al. 2012), then single swaps while they help. */
    static int[] eliminateAndSwap(double[][] d2, int r) {
        int m = d2.length;
        boolean[] kept = new boolean[m];
        Arrays.fill(kept, true);
        // contribution[x] = sum of d2[x][l] over kept l: what the spread loses if x goes,
        // and, for a dropped x, what it would bring back.
        double[] contribution = new double[m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                contribution[a] += d2[a][b];
            }
        }
        for (int size = m; size > r; size--) {
            int worst = -1;
            for (int a = 0; a < m; a++) {
                if (kept[a] && (worst < 0 || contribution[a] < contribution[worst])) {
                    worst = a;
                }
            }
            kept[worst] = false;
            for (int a = 0; a < m; a++) {
                contribution[a] -= d2[a][worst];
            }
        }
        int swaps = 0;
        while (swaps < MAX_SWAPS && swapOnce(d2, kept, contribution)) {
            swaps++;
        }
        int[] chosen = new int[r];
        int c = 0;
        for (int a = 0; a < m; a++) {
            if (kept[a]) {
                chosen[c++] = a;
            }
        }
        return chosen;
    }

    /**
     * Tries each (kept s, dropped u) exchange in index order and makes the first that raises the
     * spread (returning true), or returns false at a local optimum, updating the contributions. Swapping s for u changes D<sup>2</sup> by
     * (contribution[u] - d2[u][s]) - contribution[s].
     */
    private static boolean swapOnce(double[][] d2, boolean[] kept, double[] contribution) {
        int m = d2.length;
        for (int s = 0; s < m; s++) {
            if (!kept[s]) {
                continue;
            }
            for (int u = 0; u < m; u++) {
                if (kept[u]) {
                    continue;
                }
                double gain = contribution[u] - d2[u][s] - contribution[s];
                if (gain > 1e-12 * Math.max(1, contribution[s])) {
                    kept[s] = false;
                    kept[u] = true;
                    for (int a = 0; a < m; a++) {
                        contribution[a] += d2[a][u] - d2[a][s];
                    }
                    return true;
                }
            }
        }
        return false;
    }
}
