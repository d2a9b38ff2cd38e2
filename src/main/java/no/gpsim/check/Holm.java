package no.gpsim.check;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction for testing many metrics at once (Holm 1979, "A simple sequentially
 * rejective multiple test procedure"). With K p-values sorted p(1) &le; ... &le; p(K), the
 * hypotheses 1..j are rejected where j is the last index with p(i) &le; alpha / (K - i + 1) for
 * every i &le; j. Whatever the dependence between the metrics, the chance of rejecting any true
 * hypothesis (a metric that did not move) is at most alpha: the family-wise error rate. It rejects
 * everything Bonferroni (p &le; alpha / K) rejects, and sometimes more.
 *
 * <p>{@link #adjust} gives Holm's adjusted p-values, p~(i) = max over i' &le; i of
 * min(1, (K - i' + 1) p(i')); a hypothesis is rejected at level alpha exactly when its adjusted
 * p-value is at most alpha, so one number per metric says how far it is from failing at any alpha.
 */
public final class Holm {

    private Holm() {
    }

    /** Holm-adjusted p-values, in the order of {@code p}. */
    public static double[] adjust(double[] p) {
        int k = p.length;
        for (double x : p) {
            if (!(x >= 0 && x <= 1)) {
                throw new IllegalArgumentException("p-value " + x + " is not in [0, 1]");
            }
        }
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] out = new double[k];
        double running = 0;
        for (int rank = 0; rank < k; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (k - rank) * p[i]));
            out[i] = running;
        }
        return out;
    }

    /** Which hypotheses Holm's procedure rejects at family-wise level {@code alpha}. */
    public static boolean[] reject(double[] p, double alpha) {
        double[] adjusted = adjust(p);
        boolean[] out = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = adjusted[i] <= alpha;
        }
        return out;
    }
}
