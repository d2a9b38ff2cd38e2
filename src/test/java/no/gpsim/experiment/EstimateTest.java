package no.gpsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {

    /**
     * 1, 2, 3, 4, 5: mean 3, sample sd √2.5 = 1.5811388, t(0.975, 4) = 2.7764451 (tables), so the
     * half-width is 2.7764451 · 1.5811388 / √5 = 1.9632432 and the interval [1.0367568, 4.9632432].
     */
    @Test
    void tIntervalOfFiveValuesMatchesTheHandComputation() {
        Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(3.0, e.mean(), 1e-12);
        assertEquals(3 - 1.9632432, e.low(), 1e-6);
        assertEquals(3 + 1.9632432, e.high(), 1e-6);
        assertEquals(5, e.n());
        assertTrue(e.excludesZero());
    }

    /** 10 and 14: mean 12, sd 2√2, t(0.975, 1) = 12.7062047, half-width 12.7062047 · 2 = 25.4124095. */
    @Test
    void twoValuesUseTheWideTOfOneDegreeOfFreedom() {
        Estimate e = Estimate.of(new double[] {10, 14});
        assertEquals(12.0, e.mean(), 1e-12);
        assertEquals(12 - 25.4124095, e.low(), 1e-6);
        assertEquals(12 + 25.4124095, e.high(), 1e-6);
        assertFalse(e.excludesZero());
    }

    @Test
    void oneReplicateHasAMeanButNoInterval() {
        Estimate e = Estimate.of(new double[] {0.25});
        assertEquals(0.25, e.mean());
        assertTrue(Double.isNaN(e.low()));
        assertTrue(Double.isNaN(e.high()));
        assertFalse(e.hasInterval());
        assertFalse(e.excludesZero());
    }

    @Test
    void identicalValuesGiveExactlyThatValueAndAZeroWidthInterval() {
        Estimate zero = Estimate.of(new double[] {0, 0, 0, 0});
        assertEquals(0.0, zero.mean());
        assertEquals(0.0, zero.low());
        assertEquals(0.0, zero.high());
        // 0.1 summed three times is not 0.3; the estimate must still be exactly 0.1
        Estimate tenth = Estimate.of(new double[] {0.1, 0.1, 0.1});
        assertEquals(0.1, tenth.mean());
        assertEquals(0.1, tenth.low());
        assertEquals(0.1, tenth.high());
    }

    @Test
    void intervalWholeBelowZeroExcludesZero() {
        Estimate e = Estimate.of(new double[] {-3, -2.5, -3.5, -2.8});
        assertTrue(e.high() < 0);
        assertTrue(e.excludesZero());
    }
}
