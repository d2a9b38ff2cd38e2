package no.gpsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.gpsim.observe.Metric;
import org.junit.jupiter.api.Test;

class SummaryFilesTest {

    @Test
    void statisticsKeepMoreDecimalsThanRawOutputsAndNoIntervalIsAnEmptyCell() {
        assertEquals("0.0012346", SummaryFiles.number(Metric.Kind.SHARE, 0.00123456));
        assertEquals("12.500", SummaryFiles.number(Metric.Kind.COUNT, 12.5));
        assertEquals("54.8000", SummaryFiles.number(Metric.Kind.DECIMAL, 54.8));
        assertEquals("13195296577", SummaryFiles.number(Metric.Kind.NOK, 13_195_296_576.6));
        assertEquals("", SummaryFiles.number(Metric.Kind.SHARE, Double.NaN));
        assertEquals("0.0000000", SummaryFiles.number(Metric.Kind.SHARE, -0.0));
    }
}
