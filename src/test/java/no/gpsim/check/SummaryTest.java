package no.gpsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Mean, sd and n of a metric over replicates, rounded as the outputs print the metric. */
class SummaryTest {

    @Test
    void meanAndSampleStandardDeviation() {
        // mean 3, sd sqrt(10 / 4) = 1.5811
        Summary s = Summary.of(CheckedMetric.MEAN_LIST_LENGTH, new double[] {1, 2, 3, 4, 5});
        assertEquals(new BigDecimal("3.000"), s.mean());
        assertEquals(new BigDecimal("1.581"), s.sd());
        assertEquals(5, s.n());
    }

    @Test
    void roundedAsPrinted() {
        assertEquals("6683", Summary.of(CheckedMetric.GPS, new double[] {6683, 6683}).mean().toPlainString());
        assertEquals("6683.500", Summary.of(CheckedMetric.GPS, new double[] {6683, 6684}).mean().toPlainString());
        assertEquals("0.707", Summary.of(CheckedMetric.GPS, new double[] {6683, 6684}).sd().toPlainString());
        assertEquals("0.004712", Summary.round(CheckedMetric.SHARE_WITHOUT_GP, 0.0047123).toPlainString());
        assertEquals("1234567890", Summary.round(CheckedMetric.STATE_COST_NOK, 1234567890.4).toPlainString());
    }

    @Test
    void oneReplicateHasNoSpread() {
        Summary s = Summary.of(CheckedMetric.GPS, new double[] {12});
        assertEquals(BigDecimal.ZERO, s.sd());
    }

    @Test
    void theOldFormatsIntervalGivesBackTheSd() {
        // the old file stored mean -/+ t(0.975, 4) * sd / sqrt(5) = 3 -/+ 2.7764 * 1.5811 / 2.2361 = 1.037 .. 4.963
        Summary s = Summary.fromInterval(CheckedMetric.MEAN_LIST_LENGTH, new BigDecimal("3.000"), new BigDecimal("1.037"),
                new BigDecimal("4.963"), 5);
        assertEquals(new BigDecimal("1.581"), s.sd());
        assertEquals(new BigDecimal("3.000"), s.mean());
        assertEquals(2.7764, Summary.tQuantile975(4), 1e-4);
    }
}
