package no.gpsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The integer visibility test agrees with comparing the uniform draw itself. */
class TasteTest {

    @Test
    void isBelowIsTheUniformBelowTheProbability() {
        SplittableRandom r = new SplittableRandom(7);
        double[] ps = {0, 1e-4, 0.03, 0.5, 1, 1.5, -0.1, 0x1.0p-53, 1 - 0x1.0p-53};
        for (int n = 0; n < 200_000; n++) {
            long seed = r.nextLong();
            long key = Taste.key(r.nextInt(120), r.nextInt(10_000));
            double p = n % 2 == 0 ? ps[n / 2 % ps.length] : r.nextDouble();
            double u = Taste.uniform(seed, key);
            assertEquals(u < p, Taste.isBelow(seed, key, Taste.below(p)), () -> "u " + u + " p " + p);
            // at the draw itself: a probability equal to the draw is not above it
            assertEquals(false, Taste.isBelow(seed, key, Taste.below(u)));
            assertEquals(true, Taste.isBelow(seed, key, Taste.below(Math.nextUp(u))));
        }
    }
}
