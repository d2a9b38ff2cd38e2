package no.gpsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Welch's two-sample t-test against published and independently computed answers. */
class WelchTestTest {

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double sd(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    @Test
    void wikipediasFirstExample() {
        // Wikipedia, "Welch's t-test", example 1: t = -2.46, df = 24.99, p = 0.021
        // (scipy.stats.ttest_ind(a1, a2, equal_var=False): t -2.455356, df 24.988529, p 0.0213780)
        double[] a1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
        double[] a2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};
        assertEquals(0.0213780, WelchTest.pValue(mean(a1), sd(a1), 15, mean(a2), sd(a2), 15), 1e-7);
        assertEquals(24.988529, WelchTest.degreesOfFreedom(sd(a1), 15, sd(a2), 15), 1e-6);
    }

    @Test
    void fromSummariesAndSymmetric() {
        // scipy.stats.ttest_ind_from_stats(10, 2, 20, 11.5, 3, 20, equal_var=False): t -1.860521, p 0.0717150
        assertEquals(0.0717150, WelchTest.pValue(10, 2, 20, 11.5, 3, 20), 1e-7);
        assertEquals(0.0717150, WelchTest.pValue(11.5, 3, 20, 10, 2, 20), 1e-7);
        // equal spreads and sizes: t = shift / 1, df = 8; 2 P(T8 > 1) = 0.3465935, 2 P(T8 > 10) = 8.48818e-6
        double sd = Math.sqrt(2.5);
        assertEquals(0.3465935, WelchTest.pValue(14, sd, 5, 15, sd, 5), 1e-7);
        assertEquals(8.48818e-6, WelchTest.pValue(14, sd, 5, 24, sd, 5), 1e-10);
        assertEquals(8, WelchTest.degreesOfFreedom(sd, 5, sd, 5), 1e-12);
    }

    @Test
    void tinyPValuesKeepTheirDigits() {
        // sd sqrt(8), n 16 a side: se = 1, df = 30; 2 P(T30 > 12) = 5.580185e-13 (scipy), where 1 - cdf
        // would keep one digit at best
        double sd = Math.sqrt(8);
        assertEquals(5.580185e-13, WelchTest.pValue(0, sd, 16, 12, sd, 16), 1e-18);
        assertEquals(1, WelchTest.pValue(5, sd, 16, 5, sd, 16), 0);
    }

    @Test
    void noSpreadOnEitherSide() {
        assertEquals(1, WelchTest.pValue(0, 0, 20, 0, 0, 20), 0);
        assertEquals(0, WelchTest.pValue(0, 0, 20, 0.05, 0, 20), 0);
        // spread on one side only: df = 19 (that side's n - 1), t = 1 / (sqrt(20) / sqrt(20)) = 1; 2 P(T19 > 1) = 0.3298768
        assertEquals(0.3298768, WelchTest.pValue(0, 0, 20, 1, Math.sqrt(20), 20), 1e-7);
    }

    @Test
    void needsTwoReplicatesASide() {
        assertThrows(IllegalArgumentException.class, () -> WelchTest.pValue(0, 1, 1, 0, 1, 20));
        assertThrows(IllegalArgumentException.class, () -> WelchTest.pValue(0, -1, 20, 0, 1, 20));
    }
}
