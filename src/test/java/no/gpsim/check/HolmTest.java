package no.gpsim.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Holm's step-down correction on hand-worked examples. */
class HolmTest {

    @Test
    void stepsDownUntilTheFirstAcceptance() {
        // sorted 0.001, 0.013, 0.02, 0.5 against 0.05/4, 0.05/3, 0.05/2, 0.05/1 = 0.0125, 0.0167, 0.025, 0.05:
        // the first three are rejected; Bonferroni (0.0125 for all) would reject only the first
        double[] p = {0.02, 0.5, 0.001, 0.013};
        assertArrayEquals(new boolean[] {true, false, true, true}, Holm.reject(p, 0.05));
        // adjusted: 4 x 0.001 = 0.004; max(0.004, 3 x 0.013) = 0.039; max(0.039, 2 x 0.02) = 0.04; max(0.04, 0.5) = 0.5
        assertArrayEquals(new double[] {0.04, 0.5, 0.004, 0.039}, Holm.adjust(p), 1e-12);
    }

    @Test
    void stopsAtTheFirstAcceptanceEvenIfALaterPValueWouldPassItsOwnThreshold() {
        // sorted 0.01, 0.04, 0.045 against 0.0167, 0.025, 0.05: the second is accepted, so the third is too
        // although 0.045 <= 0.05; the adjusted values are monotone: 0.03, 0.08, max(0.08, 0.045) = 0.08
        double[] p = {0.045, 0.01, 0.04};
        assertArrayEquals(new boolean[] {false, true, false}, Holm.reject(p, 0.05));
        assertArrayEquals(new double[] {0.08, 0.03, 0.08}, Holm.adjust(p), 1e-12);
    }

    @Test
    void adjustedValuesAreCappedAtOneAndTiesShareTheirValue() {
        assertArrayEquals(new double[] {1, 1, 1}, Holm.adjust(new double[] {0.6, 0.7, 1}), 0);
        assertArrayEquals(new double[] {0.03, 0.03, 0.03}, Holm.adjust(new double[] {0.01, 0.01, 0.01}), 1e-12);
        assertArrayEquals(new double[0], Holm.adjust(new double[0]), 0);
    }

    @Test
    void oneHypothesisIsTheUncorrectedTest() {
        assertArrayEquals(new boolean[] {true}, Holm.reject(new double[] {0.01}, 0.01));
        assertArrayEquals(new boolean[] {false}, Holm.reject(new double[] {0.0101}, 0.01));
    }

    @Test
    void pValuesOutsideZeroToOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {0.5, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {1.5}));
    }
}
