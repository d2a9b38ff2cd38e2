package no.gpsim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

/** The Saltelli design's layout: A, B and the k cross matrices, from one skipped Sobol sequence. */
class SaltelliDesignTest {

    @Test
    void eachBaseRowIsAThenBThenACrossedWithEachColumnOfB() {
        int k = 4;
        int n = 32;
        SaltelliDesign d = SaltelliDesign.create(k, n);
        List<double[]> pts = d.points();
        assertEquals(n * (k + 2), pts.size());
        assertEquals(pts.size(), d.size());
        assertEquals(k, d.parameters());
        assertEquals(n, d.baseSamples());
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(32);
        for (int j = 0; j < n; j++) {
            double[] ab = sobol.nextVector();
            double[] a = pts.get(j * (k + 2));
            double[] b = pts.get(j * (k + 2) + 1);
            for (int i = 0; i < k; i++) {
                assertEquals(ab[i], a[i], 0.0);
                assertEquals(ab[k + i], b[i], 0.0);
                double[] cross = pts.get(j * (k + 2) + 2 + i);
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], cross[c], 0.0);
                }
            }
        }
        for (double[] p : pts) {
            for (double v : p) {
                assertTrue(v >= 0 && v < 1);
            }
        }
    }

    @Test
    void skipsTheZeroPointAndStartsOnAPowerOfTwo() {
        assertEquals(16, SaltelliDesign.skip(2));
        assertEquals(16, SaltelliDesign.skip(16));
        assertEquals(32, SaltelliDesign.skip(17));
        assertEquals(4096, SaltelliDesign.skip(4096));
        double[] first = SaltelliDesign.create(1, 2).points().get(0);
        assertTrue(first[0] > 0);
    }

    @Test
    void pointsAreCopies() {
        SaltelliDesign d = SaltelliDesign.create(2, 4);
        d.points().get(0)[0] = 42;
        assertArrayEquals(SaltelliDesign.create(2, 4).points().get(0), d.points().get(0));
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("k (parameters) must be in [1, 500] (was 0)",
                assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.create(0, 8)).getMessage());
        assertEquals("k (parameters) must be in [1, 500] (was 501)",
                assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.create(501, 8)).getMessage());
        assertEquals("n (base samples) must be >= 2 (was 1)",
                assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.create(3, 1)).getMessage());
    }
}
