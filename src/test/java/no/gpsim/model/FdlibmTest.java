package no.gpsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The model's logarithm gives the bits of {@link StrictMath#log}, everywhere the model takes one and beyond. */
class FdlibmTest {

    private static void same(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.log(x)), Double.doubleToRawLongBits(Fdlibm.log(x)),
                () -> "log(" + x + ") = " + StrictMath.log(x) + " but Fdlibm gives " + Fdlibm.log(x));
    }

    @Test
    void specialValuesAndEdges() {
        double[] xs = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0,
            Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Math.nextUp(1.0), Math.nextDown(1.0), 2.0, 0.5,
            Math.E, 100_000, 1e-300, Math.sqrt(2), Math.sqrt(0.5), 1 + 0x1.0p-21, 1 - 0x1.0p-21};
        for (double x : xs) {
            same(x);
        }
    }

    @Test
    void randomBitPatternsAndTheModelsRanges() {
        SplittableRandom r = new SplittableRandom(20261202);
        for (int n = 0; n < 2_000_000; n++) {
            same(Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE)); // any positive double, subnormals too
            same(100_000 + r.nextDouble() * 5_000_000); // net incomes (floored at 100,000 NOK)
            same(r.nextDouble()); // uniforms of the Gumbel draws
            same(1 + (r.nextDouble() - 0.5) * 0x1.0p-18); // near 1, the small-|f| branch
        }
    }
}
