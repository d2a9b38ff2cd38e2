package no.gpsim.sensitivity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * Morris trajectories on a p-level grid in [0, 1]<sup>k</sup>, spread out over the cube.
 *
 * <p>A trajectory is k + 1 points: a random start on the grid {0, 1/(p-1), ..., 1}, then each
 * parameter in a random order moved once by +delta or -delta, delta = p / (2(p - 1)) (half the
 * grid, so every level is visited equally often). Consecutive points differ in one coordinate,
 * which gives one elementary effect per parameter per trajectory ({@link MorrisAnalysis}).
 *
 * <p>{@code candidates} random trajectories are drawn and {@code trajectories} of them kept, those
 * that maximise the spread of Campolongo et al. (2007), D = sqrt(sum over pairs of d<sub>ml</sub>
 * <sup>2</sup>) with d<sub>ml</sub> the sum of Euclidean distances between all points of
 * trajectories m and l. Widely spread trajectories sample more of the cube for the same cost.
 * The subset is found exactly, by trying all of them, when there are few (Campolongo's method);
 * otherwise by the backward elimination of Ruano et al. (2012), polished by single swaps. The
 * pairwise distances dominate the cost: about 1 s for 1000 candidates and 3 s for 2000 with
 * k = 10, four times that with k = 20.
 */
public final class MorrisDesign {

    /**
     * Most candidates to optimise over: their distance matrix takes 8 M<sup>2</sup> bytes and
     * M<sup>2</sup>/2 trajectory distances to fill. Without optimisation (candidates ==
     * trajectories) there is no limit.
     */
    public static final int MAX_CANDIDATES = 2000;

    private final int k;
    private final int levels;
    /** [trajectory][point 0..k][coordinate]. */
    private final double[][][] trajectories;

    private MorrisDesign(int k, int levels, double[][][] trajectories) {
        this.k = k;
        this.levels = levels;
        this.trajectories = trajectories;
    }

    /**
     * r trajectories on a p-level grid, chosen from {@code candidates} random trajectories to
     * maximise spread. The candidates are drawn in sequence from one generator, so the first r
     * candidates do not depend on how many candidates there are: with candidates == trajectories
     * the design is simply those first r, unoptimised.
     *
     * @param k            number of parameters, >= 1
     * @param levels       grid levels p, even and >= 4
     * @param trajectories trajectories kept r, >= 2
     * @param candidates   random trajectories to choose from, r (no optimisation) or up to 2000
     * @param seed         seed of the generator that draws the candidates
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static MorrisDesign create(int k, int levels, int trajectories, int candidates, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("k (parameters) must be >= 1 (was " + k + ")");
        }
        if (levels < 4 || levels % 2 != 0) {
            throw new IllegalArgumentException("levels must be even and >= 4 (was " + levels + ")");
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("trajectories must be >= 2 (was " + trajectories + ")");
        }
        if (candidates < trajectories) {
            throw new IllegalArgumentException("candidates must be >= trajectories (" + trajectories + ") (was "
                    + candidates + ")");
        }
        if (candidates > trajectories && candidates > MAX_CANDIDATES) {
            throw new IllegalArgumentException("candidates must be <= " + MAX_CANDIDATES
                    + " when the spread is optimised (was " + candidates + ")");
        }
        if ((long) trajectories * (k + 1) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("trajectories (k + 1) = " + ((long) trajectories * (k + 1))
                    + " points is too many");
        }
        RandomGenerator rng = new Well19937c(seed);
        double[][][] pool = new double[candidates][][];
        for (int c = 0; c < candidates; c++) {
            pool[c] = trajectory(k, levels, rng);
        }
        int[] chosen = TrajectorySelection.select(pool, trajectories);
        double[][][] kept = new double[trajectories][][];
        for (int t = 0; t < trajectories; t++) {
            kept[t] = pool[chosen[t]];
        }
        return new MorrisDesign(k, levels, kept);
    }

    /**
     * One random trajectory. Grid positions are integers 0..p-1 and a move is p/2 positions
     * (delta), so every point is exactly i/(p-1) for an integer i.
     */
    private static double[][] trajectory(int k, int levels, RandomGenerator rng) {
        int half = levels / 2;
        int[] position = new int[k];
        int[] step = new int[k];
        for (int i = 0; i < k; i++) {
            int low = rng.nextInt(half);
            boolean up = rng.nextBoolean();
            position[i] = up ? low : low + half;
            step[i] = up ? half : -half;
        }
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        MathArrays.shuffle(order, rng);
        double[][] points = new double[k + 1][];
        points[0] = grid(position, levels);
        for (int s = 0; s < k; s++) {
            position[order[s]] += step[order[s]];
            points[s + 1] = grid(position, levels);
        }
        return points;
    }

    private static double[] grid(int[] position, int levels) {
        double[] x = new double[position.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = position[i] / (double) (levels - 1);
        }
        return x;
    }

    /** The number of parameters k. */
    public int parameters() {
        return k;
    }

    /** The number of trajectories r. */
    public int trajectories() {
        return trajectories.length;
    }

    /** The number of grid levels p. */
    public int levels() {
        return levels;
    }

    /** The step delta = p / (2(p - 1)) in the unit cube. */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** The number of points, r(k + 1): the model runs the design needs. */
    public int size() {
        return trajectories.length * (k + 1);
    }

    /**
     * The Campolongo spread D of the kept trajectories (larger is better spread), computed on
     * each call in O(r<sup>2</sup> k<sup>3</sup>).
     */
    public double spread() {
        return TrajectorySelection.spread(trajectories);
    }

    /**
     * All r(k + 1) points, trajectory by trajectory, each trajectory's points in the order they are
     * visited. The arrays are copies; changing them does not change the design.
     */
    public List<double[]> points() {
        List<double[]> out = new ArrayList<>(size());
        for (double[][] t : trajectories) {
            for (double[] p : t) {
                out.add(p.clone());
            }
        }
        return Collections.unmodifiableList(out);
    }
}
