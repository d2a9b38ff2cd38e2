package no.gpsim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Morris trajectories: one coordinate at a time by +-delta on the grid, inside the cube, and the
 * optimised choice spread at least as well as the first r candidates.
 */
class MorrisDesignTest {

    @Test
    void trajectoriesMoveEachCoordinateOnceByDeltaOnTheGrid() {
        for (int levels : new int[] {4, 6, 8, 10}) {
            int k = 7;
            MorrisDesign d = MorrisDesign.create(k, levels, 12, 60, levels);
            double delta = levels / (2.0 * (levels - 1));
            assertEquals(delta, d.delta(), 0.0);
            List<double[]> pts = d.points();
            assertEquals(12 * (k + 1), pts.size());
            for (double[] p : pts) {
                for (double v : p) {
                    assertTrue(v >= 0 && v <= 1, "outside the cube: " + v);
                    double level = v * (levels - 1);
                    assertEquals(Math.rint(level), level, 1e-9, "off the grid: " + v);
                }
            }
            for (int t = 0; t < d.trajectories(); t++) {
                boolean[] moved = new boolean[k];
                for (int s = 1; s <= k; s++) {
                    double[] before = pts.get(t * (k + 1) + s - 1);
                    double[] after = pts.get(t * (k + 1) + s);
                    int changed = 0;
                    for (int i = 0; i < k; i++) {
                        if (before[i] != after[i]) {
                            changed++;
                            assertEquals(delta, Math.abs(after[i] - before[i]), 1e-12);
                            assertFalse(moved[i], "coordinate moved twice");
                            moved[i] = true;
                        }
                    }
                    assertEquals(1, changed);
                }
            }
        }
    }

    @Test
    void optimisedDesignIsSpreadAtLeastAsWellAsTheFirstCandidates() {
        for (long seed = 1; seed <= 5; seed++) {
            // exhaustive (C(12, 4) subsets) and greedy (C(200, 10) subsets) paths
            assertTrue(MorrisDesign.create(5, 4, 4, 12, seed).spread()
                    >= MorrisDesign.create(5, 4, 4, 4, seed).spread());
            double optimised = MorrisDesign.create(6, 6, 10, 200, seed).spread();
            double first = MorrisDesign.create(6, 6, 10, 10, seed).spread();
            assertTrue(optimised >= first, optimised + " < " + first);
        }
    }

    @Test
    void greedySelectionComesCloseToTheExhaustiveOptimum() {
        RandomGenerator rng = new MersenneTwister(3);
        for (int trial = 0; trial < 5; trial++) {
            double[][][] pool = new double[14][][];
            for (int c = 0; c < pool.length; c++) {
                pool[c] = new double[4][3];
                for (double[] p : pool[c]) {
                    for (int i = 0; i < p.length; i++) {
                        p[i] = rng.nextDouble();
                    }
                }
            }
            double[][] d2 = TrajectorySelection.squaredDistances(pool);
            double exact = TrajectorySelection.sum(d2, TrajectorySelection.exhaustive(d2, 5));
            double greedy = TrajectorySelection.sum(d2, TrajectorySelection.eliminateAndSwap(d2, 5));
            assertTrue(greedy <= exact * (1 + 1e-12));
            assertTrue(greedy >= 0.97 * exact, greedy + " vs " + exact);
        }
    }

    @Test
    void manyCandidatesStayFast() {
        long start = System.nanoTime();
        MorrisDesign d = MorrisDesign.create(10, 4, 20, 500, 11);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(20 * 11, d.size());
        assertTrue(seconds < 5, "took " + seconds + " s");
    }

    @Test
    void sameSeedSameDesign() {
        List<double[]> a = MorrisDesign.create(4, 4, 6, 30, 77).points();
        List<double[]> b = MorrisDesign.create(4, 4, 6, 30, 77).points();
        List<double[]> c = MorrisDesign.create(4, 4, 6, 30, 78).points();
        boolean differs = false;
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), 0.0);
            differs |= !java.util.Arrays.equals(a.get(i), c.get(i));
        }
        assertTrue(differs);
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("k (parameters) must be >= 1 (was 0)",
                assertThrows(IllegalArgumentException.class, () -> MorrisDesign.create(0, 4, 4, 4, 1)).getMessage());
        assertEquals("levels must be even and >= 4 (was 5)",
                assertThrows(IllegalArgumentException.class, () -> MorrisDesign.create(3, 5, 4, 4, 1)).getMessage());
        assertEquals("levels must be even and >= 4 (was 2)",
                assertThrows(IllegalArgumentException.class, () -> MorrisDesign.create(3, 2, 4, 4, 1)).getMessage());
        assertEquals("trajectories must be >= 2 (was 1)",
                assertThrows(IllegalArgumentException.class, () -> MorrisDesign.create(3, 4, 1, 4, 1)).getMessage());
        assertEquals("candidates must be >= trajectories (4) (was 3)",
                assertThrows(IllegalArgumentException.class, () -> MorrisDesign.create(3, 4, 4, 3, 1)).getMessage());
        assertEquals("candidates must be <= 2000 when the spread is optimised (was 2001)",
                assertThrows(IllegalArgumentException.class, () -> MorrisDesign.create(3, 4, 4, 2001, 1)).getMessage());
        assertEquals(3000 * 4, MorrisDesign.create(3, 4, 3000, 3000, 1).size());
    }
}
