package no.gpsim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The Sobol estimators on functions with known indices: Ishigami (a = 7, b = 0.1) and the Sobol'
 * G-function. The analytic values must lie inside the bootstrap intervals, and the intervals must
 * be narrow enough to tell the parameters apart.
 */
class SobolAnalysisTest {

    private static final double A = 7;
    private static final double B = 0.1;
    /** Slack around an interval for a truth the (tight) interval just misses. */
    private static final double SLACK = 0.005;
    private static final double[] G_A = {0, 1, 4.5, 9, 99, 99, 99, 99};

    private static double[] outputs(SaltelliDesign d, ToDoubleFunction<double[]> f) {
        return d.points().stream().mapToDouble(f).toArray();
    }

    private static List<SobolIndex> ishigami(int n, long seed) {
        SaltelliDesign d = SaltelliDesign.create(3, n);
        return SobolAnalysis.analyse(d, outputs(d, u -> TestFunctions.ishigami(u, A, B)), 1000, 0.95, seed);
    }

    private static void assertCovers(double truth, double low, double high, String what) {
        assertTrue(low - SLACK <= truth && truth <= high + SLACK,
                String.format(Locale.ROOT, "%s: truth %.4f outside [%.4f, %.4f]", what, truth, low, high));
        assertTrue(high - low < 0.1, String.format(Locale.ROOT, "%s: interval [%.4f, %.4f] too wide", what, low, high));
    }

    @Test
    void analyticIshigamiIndicesAreThoseQuotedInTheIssue() {
        double[][] s = TestFunctions.ishigamiIndices(A, B);
        double[] s1 = {0.314, 0.442, 0.000};
        double[] st = {0.558, 0.442, 0.244};
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], s[0][i], 5e-4);
            assertEquals(st[i], s[1][i], 5e-4);
        }
    }

    @Test
    void ishigamiIndicesLieInTheirBootstrapIntervals() {
        List<SobolIndex> got = ishigami(8192, 1);
        double[][] truth = TestFunctions.ishigamiIndices(A, B);
        System.out.println("Ishigami (a = 7, b = 0.1), Saltelli design n = 8192 (40960 runs), 1000 bootstrap, 95%:");
        for (SobolIndex s : got) {
            int i = s.parameter();
            System.out.println(String.format(Locale.ROOT,
                    "  x%d  S1 %.4f [%.4f, %.4f] (exact %.4f)   ST %.4f [%.4f, %.4f] (exact %.4f)", i + 1,
                    s.firstOrder(), s.firstOrderLow(), s.firstOrderHigh(), truth[0][i], s.total(), s.totalLow(),
                    s.totalHigh(), truth[1][i]));
            assertCovers(truth[0][i], s.firstOrderLow(), s.firstOrderHigh(), "S1 x" + (i + 1));
            assertCovers(truth[1][i], s.totalLow(), s.totalHigh(), "ST x" + (i + 1));
            assertEquals(truth[0][i], s.firstOrder(), 0.02);
            assertEquals(truth[1][i], s.total(), 0.02);
        }
    }

    @Test
    void gFunctionIndicesLieInTheirBootstrapIntervals() {
        SaltelliDesign d = SaltelliDesign.create(G_A.length, 4096);
        List<SobolIndex> got = SobolAnalysis.analyse(d, outputs(d, u -> TestFunctions.gFunction(u, G_A)), 1000, 0.95,
                2);
        double[][] truth = TestFunctions.gIndices(G_A);
        System.out.println("Sobol' G-function a = {0, 1, 4.5, 9, 99, 99, 99, 99}, n = 4096, 95%:");
        for (SobolIndex s : got) {
            int i = s.parameter();
            System.out.println(String.format(Locale.ROOT,
                    "  x%d  S1 %.4f [%.4f, %.4f] (exact %.4f)   ST %.4f [%.4f, %.4f] (exact %.4f)", i + 1,
                    s.firstOrder(), s.firstOrderLow(), s.firstOrderHigh(), truth[0][i], s.total(), s.totalLow(),
                    s.totalHigh(), truth[1][i]));
            assertCovers(truth[0][i], s.firstOrderLow(), s.firstOrderHigh(), "S1 x" + (i + 1));
            assertCovers(truth[1][i], s.totalLow(), s.totalHigh(), "ST x" + (i + 1));
        }
    }

    @Test
    void addingAConstantToTheOutputChangesNothing() {
        SaltelliDesign d = SaltelliDesign.create(3, 1024);
        double[] y = outputs(d, u -> TestFunctions.ishigami(u, A, B));
        double[] shifted = y.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 1e6;
        }
        List<SobolIndex> a = SobolAnalysis.analyse(d, y, 200, 0.9, 5);
        List<SobolIndex> b = SobolAnalysis.analyse(d, shifted, 200, 0.9, 5);
        for (int i = 0; i < 3; i++) {
            assertEquals(a.get(i).firstOrder(), b.get(i).firstOrder(), 1e-6);
            assertEquals(a.get(i).total(), b.get(i).total(), 1e-6);
            assertEquals(a.get(i).firstOrderHigh(), b.get(i).firstOrderHigh(), 1e-6);
        }
    }

    @Test
    void sameSeedSameNumbersOtherSeedOtherIntervals() {
        assertEquals(ishigami(512, 9), ishigami(512, 9));
        List<SobolIndex> a = ishigami(512, 9);
        List<SobolIndex> b = ishigami(512, 10);
        assertEquals(a.get(0).firstOrder(), b.get(0).firstOrder(), 0.0);
        assertNotEquals(a.get(0).firstOrderLow(), b.get(0).firstOrderLow());
    }

    @Test
    void noBootstrapGivesNaNBoundsAndConstantOutputGivesNaNIndices() {
        SaltelliDesign d = SaltelliDesign.create(2, 64);
        SobolIndex s = SobolAnalysis.analyse(d, outputs(d, u -> u[0] + 2 * u[1]), 0, 0.95, 1).get(1);
        assertTrue(Double.isNaN(s.firstOrderLow()) && Double.isNaN(s.totalHigh()));
        assertEquals(0.8, s.firstOrder(), 0.05);
        SobolIndex c = SobolAnalysis.analyse(d, new double[d.size()], 10, 0.95, 1).get(0);
        assertTrue(Double.isNaN(c.firstOrder()) && Double.isNaN(c.total()) && Double.isNaN(c.totalLow()));
    }

    @Test
    void badArgumentsAreNamed() {
        SaltelliDesign d = SaltelliDesign.create(2, 4);
        double[] y = new double[d.size()];
        assertEquals("y has 3 values but the Saltelli design has 16 points",
                assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.analyse(d, new double[3], 10, 0.9, 1))
                        .getMessage());
        y[5] = Double.NaN;
        assertEquals("y[5] is not finite (NaN)",
                assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.analyse(d, y, 10, 0.9, 1)).getMessage());
        assertEquals("bootstrap must be >= 0 (was -1)",
                assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.analyse(d, y, -1, 0.9, 1)).getMessage());
        assertEquals("confidence must be in (0, 1) (was 1.0)",
                assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.analyse(d, y, 10, 1.0, 1)).getMessage());
    }
}
