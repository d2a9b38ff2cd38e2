package no.gpsim.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import org.junit.jupiter.api.Test;

/** Which values a check reads: stocks at year-end, flows summed over the year, groups with residents only. */
class MetricTableTest {

    /** A replicate of {@code years} years: GPs = step + offset, one recruit a month, class 2 empty. */
    static ReplicateResult replicate(int r, int years, double offset) {
        List<GroupMonth> months = new ArrayList<>();
        for (int step = 0; step <= 12 * years; step++) {
            for (String[] g : new String[][] {{"national", "all"}, {"centrality", "1"}, {"centrality", "2"}, {"size", "<2000"}}) {
                double[] v = new double[Metric.values().length];
                boolean empty = g[1].equals("2");
                v[Metric.POPULATION.ordinal()] = empty ? 0 : 1000;
                v[Metric.GPS.ordinal()] = empty ? 0 : step + offset;
                v[Metric.RECRUITS.ordinal()] = empty || step == 0 ? 0 : 1;
                months.add(new GroupMonth(step, g[0], g[1], v));
            }
        }
        return new ReplicateResult(r, 100 + r, months, List.of());
    }

    @Test
    void checkedYearsAreTheFirstMiddleAndLast() {
        assertEquals(List.of(2026, 2030, 2035), MetricTable.checkedYears(10));
        assertEquals(List.of(2026, 2028, 2030), MetricTable.checkedYears(5));
        assertEquals(List.of(2026, 2027), MetricTable.checkedYears(2));
        assertEquals(List.of(2026), MetricTable.checkedYears(1));
    }

    @Test
    void stocksAtYearEndFlowsOverTheYear() {
        MetricTable t = MetricTable.of(List.of(replicate(0, 5, 0), replicate(1, 5, 10)), 5);
        assertArrayEquals(new double[] {36, 46}, t.values(new MetricKey(CheckedMetric.GPS, "national", "all", 2028)),
                "GPs at the end of year 3 = step 36");
        assertArrayEquals(new double[] {12, 12}, t.values(new MetricKey(CheckedMetric.RECRUITS, "centrality", "1", 2026)),
                "recruits summed over the 12 months of 2026, not counting step 0");
    }

    @Test
    void nationalAndPopulatedClassesOnlyInMetricOrder() {
        MetricTable t = MetricTable.of(List.of(replicate(0, 2, 0)), 2);
        List<MetricKey> keys = t.keys();
        assertEquals(CheckedMetric.values().length * 2 * 2, keys.size(), "10 metrics x (national, class 1) x 2 years");
        assertEquals(new MetricKey(CheckedMetric.GPS, "national", "all", 2026), keys.get(0));
        assertEquals(new MetricKey(CheckedMetric.GPS, "centrality", "1", 2026), keys.get(2));
        assertTrue(keys.stream().noneMatch(k -> k.group().equals("2") || k.groupType().equals("size")), keys.toString());
    }

}
