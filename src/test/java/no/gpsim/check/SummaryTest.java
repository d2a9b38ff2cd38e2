package no.gpsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The 95 % t interval of the mean, rounded as the outputs print the metric. */
class SummaryTest {

    @Test
    void studentTIntervalOfTheMean() {
        // mean 3, sd 1.5811, t(0.975, 4) = 2.7764: half-width 2.7764 * 1.5811 / sqrt(5) = 1.9632
        Summary s = Summary.of(CheckedMetric.MEAN_LIST_LENGTH, new double[] {1, 2, 3, 4, 5});
        assertEquals(new BigDecimal("3.000"), s.mean());
        assertEquals(new BigDecimal("1.037"), s.ciLow());
        assertEquals(new BigDecimal("4.963"), s.ciHigh());
        assertEquals(5, s.n());
    }

    @Test
    void roundedAsPrinted() {
        assertEquals("6683", Summary.of(CheckedMetric.GPS, new double[] {6683, 6683}).mean().toPlainString());
        assertEquals("6683.500", Summary.of(CheckedMetric.GPS, new double[] {6683, 6684}).mean().toPlainString());
        assertEquals("0.004712", Summary.round(CheckedMetric.SHARE_WITHOUT_GP, 0.0047123).toPlainString());
        assertEquals("1234567890", Summary.round(CheckedMetric.STATE_COST_NOK, 1234567890.4).toPlainString());
    }

    @Test
    void oneReplicateHasNoWidth() {
        Summary s = Summary.of(CheckedMetric.GPS, new double[] {12});
        assertEquals(s.mean(), s.ciLow());
        assertEquals(s.mean(), s.ciHigh());
    }
}
