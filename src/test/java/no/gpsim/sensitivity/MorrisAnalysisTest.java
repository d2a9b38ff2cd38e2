package no.gpsim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Morris elementary effects on functions with known answers: exact effects of a linear function,
 * zero for a parameter the function ignores, and the importance ranking of the G-function.
 */
class MorrisAnalysisTest {

    private static double[] outputs(MorrisDesign d, ToDoubleFunction<double[]> f) {
        return d.points().stream().mapToDouble(f).toArray();
    }

    @Test
    void linearFunctionHasEffectsEqualToItsCoefficientsAndUnusedParameterHasNone() {
        double[] c = {3.5, -2, 0.25, 0, 10};
        MorrisDesign d = MorrisDesign.create(c.length, 6, 8, 40, 4);
        double[] y = outputs(d, x -> {
            double s = 0;
            for (int i = 0; i < c.length; i++) {
                if (c[i] != 0) {
                    s += c[i] * x[i];
                }
            }
            return s;
        });
        List<MorrisEffect> e = MorrisAnalysis.analyse(d, y, 100, 0.95, 1);
        for (MorrisEffect m : e) {
            int i = m.parameter();
            assertEquals(c[i], m.mu(), 1e-12);
            assertEquals(Math.abs(c[i]), m.muStar(), 1e-12);
            assertEquals(0, m.sigma(), 1e-12);
            assertEquals(Math.abs(c[i]), m.muStarLow(), 1e-12);
            assertEquals(Math.abs(c[i]), m.muStarHigh(), 1e-12);
        }
        MorrisEffect unused = e.get(3);
        assertEquals(0.0, unused.muStar(), 0.0);
        assertEquals(0.0, unused.mu(), 0.0);
        assertEquals(0.0, unused.sigma(), 0.0);
        assertEquals(0.0, unused.muStarHigh(), 0.0);
    }

    @Test
    void gFunctionRankingFollowsItsCoefficients() {
        double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
        MorrisDesign d = MorrisDesign.create(a.length, 4, 40, 400, 6);
        List<MorrisEffect> e = MorrisAnalysis.analyse(d, outputs(d, u -> TestFunctions.gFunction(u, a)), 500, 0.95, 2);
        print("G-function, p = 4, r = 40 of 400", e);
        for (int i = 0; i < 3; i++) {
            assertTrue(e.get(i).muStar() > e.get(i + 1).muStar(), "mu* of x" + (i + 1) + " not above x" + (i + 2));
        }
        for (int i = 4; i < a.length; i++) {
            assertTrue(e.get(i).muStar() < e.get(3).muStar() / 3);
            assertTrue(e.get(i).muStarHigh() < e.get(2).muStarLow());
        }
    }

    @Test
    void ishigamiFlagsThirdParameterThatHasNoFirstOrderEffect() {
        MorrisDesign d = MorrisDesign.create(4, 4, 50, 300, 8);
        List<MorrisEffect> e = MorrisAnalysis.analyse(d, outputs(d, u -> TestFunctions.ishigami(u, 7, 0.1)), 500,
                0.95, 3);
        print("Ishigami plus an unused x4, p = 4, r = 50 of 300", e);
        // On the 4-level grid x2 takes -pi, -pi/3, pi/3, pi and every step swaps sin^2 x2 between
        // 0 and 3/4, so each of its effects is 7 * 3/4 / (2/3) = 63/8 in size.
        assertEquals(63.0 / 8, e.get(1).muStar(), 1e-9);
        // x3 acts only through its interaction with x1 (S1 = 0, ST = 0.24): Morris still sees it,
        // with sigma large against mu* because its effects follow sin x1.
        MorrisEffect x3 = e.get(2);
        assertTrue(x3.muStarLow() > 1, "x3 mu* " + x3.muStar());
        assertTrue(x3.sigma() > x3.muStar(), "x3 sigma " + x3.sigma());
        assertEquals(0.0, e.get(3).muStar(), 0.0);
    }

    private static void print(String title, List<MorrisEffect> e) {
        System.out.println(title + ", 95%:");
        for (MorrisEffect m : e) {
            System.out.println(String.format(Locale.ROOT, "  x%d  mu %8.4f  mu* %8.4f [%.4f, %.4f]  sigma %8.4f",
                    m.parameter() + 1, m.mu(), m.muStar(), m.muStarLow(), m.muStarHigh(), m.sigma()));
        }
    }

    @Test
    void sameSeedSameNumbers() {
        MorrisDesign d = MorrisDesign.create(3, 4, 10, 30, 1);
        double[] y = outputs(d, u -> TestFunctions.ishigami(u, 7, 0.1));
        assertEquals(MorrisAnalysis.analyse(d, y, 100, 0.9, 5), MorrisAnalysis.analyse(d, y, 100, 0.9, 5));
    }

    @Test
    void badArgumentsAreNamed() {
        MorrisDesign d = MorrisDesign.create(2, 4, 3, 3, 1);
        assertEquals("y has 8 values but the Morris design has 9 points",
                assertThrows(IllegalArgumentException.class, () -> MorrisAnalysis.analyse(d, new double[8], 10, 0.9, 1))
                        .getMessage());
        double[] y = new double[9];
        y[2] = Double.POSITIVE_INFINITY;
        assertEquals("y[2] is not finite (Infinity)",
                assertThrows(IllegalArgumentException.class, () -> MorrisAnalysis.analyse(d, y, 10, 0.9, 1)).getMessage());
        assertEquals("confidence must be in (0, 1) (was 0.0)",
                assertThrows(IllegalArgumentException.class, () -> MorrisAnalysis.analyse(d, new double[9], 10, 0, 1))
                        .getMessage());
    }
}
