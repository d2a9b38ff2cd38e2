package no.gpsim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.gpsim.experiment.Estimate;
import no.gpsim.observe.Metric;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void sharesAreShownInPercentAndDifferencesWithASign() {
        Estimate share = new Estimate(0.012345, 0.01, 0.0147, 20);
        assertEquals("1.23", Format.value(Metric.SHARE_WITHOUT_GP, share));
        assertEquals("[1.00, 1.47]", Format.interval(Metric.SHARE_WITHOUT_GP, share));
        assertEquals("+1.23", Format.signed(Metric.SHARE_WITHOUT_GP, share));
        assertEquals("\u22120.51", Format.signed(Metric.SHARE_WITHOUT_GP, -0.0051));
        assertEquals("0.00", Format.signed(Metric.SHARE_WITHOUT_GP, 0.0));
    }

    @Test
    void costsAreInMillionsAndCountsWhole() {
        assertEquals("13,195.3", Format.value(Metric.STATE_COST_NOK, 13_195_296_576.0));
        assertEquals("6,210", Format.value(Metric.GPS, 6210.25));
        assertEquals("48.2", Format.value(Metric.LISTS_VACANT, 48.2));
    }

    @Test
    void aNarrowIntervalOfHoursGetsMoreDecimalsForItsMeanToo() {
        Estimate e = new Estimate(0.0481, 0.032, 0.065, 20);
        assertEquals("+0.048", Format.signed(Metric.MEAN_ONCALL_HOURS, e));
        assertEquals("[0.032, 0.065]", Format.interval(Metric.MEAN_ONCALL_HOURS, e));
    }

    @Test
    void noIntervalWithOneReplicate() {
        assertEquals("", Format.interval(Metric.GPS, new Estimate(5, Double.NaN, Double.NaN, 1)));
    }

    @Test
    void urlsInRunTextAreDefused() {
        assertEquals("see http&#58;//example.org &amp; &lt;b&gt;", ReportHtml.esc("see http://example.org & <b>"));
    }
}
