package no.gpsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import org.junit.jupiter.api.Test;

class YearlyValuesTest {

    /** Two simulated years: month m has m GPs (a stock) and m recruits (a flow). */
    private static List<GroupMonth> months() {
        List<GroupMonth> out = new ArrayList<>();
        for (int step = 0; step <= 24; step++) {
            double[] v = new double[Metric.values().length];
            v[Metric.GPS.ordinal()] = 100 + step;
            v[Metric.RECRUITS.ordinal()] = step;
            out.add(new GroupMonth(step, "national", "all", v));
            out.add(new GroupMonth(step, "centrality", "6", v.clone()));
        }
        return out;
    }

    @Test
    void stocksAreYearEndValuesAndFlowsAreSumsOverTheYear() {
        Map<YearlyValues.Group, Map<Integer, double[]>> y = YearlyValues.of(months(), no.gpsim.scenario.Scenario.START);
        Map<Integer, double[]> national = y.get(new YearlyValues.Group("national", "all"));
        assertEquals(List.of(2025, 2026, 2027), new ArrayList<>(national.keySet()));
        assertEquals(100, national.get(2025)[Metric.GPS.ordinal()]);
        assertEquals(112, national.get(2026)[Metric.GPS.ordinal()]);
        assertEquals(124, national.get(2027)[Metric.GPS.ordinal()]);
        assertEquals(78, national.get(2026)[Metric.RECRUITS.ordinal()]); // 1 + ... + 12
        assertEquals(222, national.get(2027)[Metric.RECRUITS.ordinal()]); // 13 + ... + 24
        assertEquals(222, y.get(new YearlyValues.Group("centrality", "6")).get(2027)[Metric.RECRUITS.ordinal()]);
    }

    @Test
    void theInitialYearHasNoFlows() {
        double[] initial = YearlyValues.of(months(), no.gpsim.scenario.Scenario.START).get(new YearlyValues.Group("national", "all")).get(2025);
        for (Metric m : Metric.values()) {
            assertEquals(m.isFlow() || m.weight() != null, Double.isNaN(initial[m.ordinal()]), m.column());
        }
        assertTrue(YearlyValues.yearOfStep(no.gpsim.scenario.Scenario.START, 0) == 2025 && YearlyValues.yearOfStep(no.gpsim.scenario.Scenario.START, 120) == 2035);
    }
}
