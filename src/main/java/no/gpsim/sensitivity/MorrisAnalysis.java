package no.gpsim.sensitivity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Morris elementary effects from the outputs at a {@link MorrisDesign}: for each trajectory and
 * parameter i, EE<sub>i</sub> = (y(after) - y(before)) / (x<sub>i</sub>(after) -
 * x<sub>i</sub>(before)), the change in output per unit of the normalised range over the one step
 * that moved parameter i. Then mu, mu* = mean |EE| and sigma over the r trajectories, and a
 * percentile bootstrap interval for mu* from resampling whole trajectories.
 */
public final class MorrisAnalysis {

    private MorrisAnalysis() {
    }

    /**
     * The Morris statistics of every parameter, in parameter order.
     *
     * @param design     the design the outputs were computed on
     * @param y          y[i] is the output at {@code design.points().get(i)}
     * @param bootstrap  number of bootstrap resamples of the trajectories (0 for none: NaN bounds)
     * @param confidence central coverage of the interval, e.g. 0.95
     * @param seed       seed of the resampling generator
     * @throws IllegalArgumentException if y has the wrong length or a non-finite value, bootstrap
     *                                  is negative or confidence is not in (0, 1)
     */
    public static List<MorrisEffect> analyse(MorrisDesign design, double[] y, int bootstrap, double confidence,
                                             long seed) {
        if (design == null) {
            throw new IllegalArgumentException("design must not be null");
        }
        Bootstrap.check(bootstrap, confidence);
        Bootstrap.checkOutputs(y, design.size(), "Morris design");
        double[][] ee = effects(design, y);
        int k = design.parameters();
        int r = design.trajectories();

        double[][] reps = new double[k][bootstrap];
        RandomGenerator rng = new Well19937c(seed);
        for (int b = 0; b < bootstrap; b++) {
            int[] rows = Bootstrap.resample(r, rng);
            for (int i = 0; i < k; i++) {
                double sum = 0;
                for (int t : rows) {
                    sum += Math.abs(ee[i][t]);
                }
                reps[i][b] = sum / r;
            }
        }
        List<MorrisEffect> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] abs = new double[r];
            for (int t = 0; t < r; t++) {
                abs[t] = Math.abs(ee[i][t]);
            }
            double[] ci = Bootstrap.interval(reps[i], confidence);
            out.add(new MorrisEffect(i, new Mean().evaluate(ee[i]), new Mean().evaluate(abs),
                    new StandardDeviation().evaluate(ee[i]), ci[0], ci[1]));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The elementary effects ee[parameter][trajectory]. The moving parameter of each step is read
     * off the points themselves (the one coordinate that changes).
     */
    static double[][] effects(MorrisDesign design, double[] y) {
        int k = design.parameters();
        int r = design.trajectories();
        List<double[]> pts = design.points();
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            int base = t * (k + 1);
            for (int s = 1; s <= k; s++) {
                double[] before = pts.get(base + s - 1);
                double[] after = pts.get(base + s);
                int moved = movedCoordinate(before, after);
                ee[moved][t] = (y[base + s] - y[base + s - 1]) / (after[moved] - before[moved]);
            }
        }
        return ee;
    }

    private static int movedCoordinate(double[] before, double[] after) {
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                return i;
            }
        }
        throw new IllegalStateException("a Morris step moved no coordinate");
    }
}
