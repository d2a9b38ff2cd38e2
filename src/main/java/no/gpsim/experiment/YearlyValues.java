package no.gpsim.experiment;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;

/**
 * One replicate's monthly group values turned into yearly values: stocks (GPs, shares, hours)
 * as at the end of the year, flows (recruits, exits, costs) summed over the year's twelve months,
 * and rates over a flow (acceptance rate, months to fill) as the mean of the months weighted by
 * that flow, which is the year's ratio of the two flows.
 * Year 2025 is the initial state from the data (step 0); its flows are NaN because nothing was
 * simulated, and the summaries leave them out.
 */
public final class YearlyValues {

    /** A group of municipalities: type "national", "centrality" or "size" and the group's label. */
    public record Group(String type, String label) { }

    private YearlyValues() {
    }

    /** The calendar year whose end is observed at {@code step} months of a run that starts in {@code start}'s year. */
    public static int yearOfStep(YearMonth start, int step) {
        return start.getYear() - 1 + step / 12;
    }

    /**
     * Yearly values by group and year, in the order the groups first appear in the months.
     *
     * @return group -> year -> one value per {@link Metric}, by ordinal
     */
    public static Map<Group, Map<Integer, double[]>> of(List<GroupMonth> months, YearMonth start) {
        Map<Group, Map<Integer, double[]>> out = new LinkedHashMap<>();
        Map<Group, double[]> flowSums = new LinkedHashMap<>();
        Metric[] metrics = Metric.values();
        for (GroupMonth g : months) {
            Group group = new Group(g.groupType(), g.group());
            double[] sums = flowSums.computeIfAbsent(group, k -> new double[metrics.length]);
            if (g.step() > 0) {
                for (Metric m : metrics) {
                    if (m.isFlow()) {
                        sums[m.ordinal()] += g.get(m);
                    } else if (m.weight() != null && g.get(m.weight()) > 0) {
                        sums[m.ordinal()] += g.get(m) * g.get(m.weight());
                    }
                }
            }
            if (g.step() % 12 != 0) {
                continue;
            }
            double[] v = g.values().clone();
            for (Metric m : metrics) {
                if (m.weight() != null) {
                    double weight = sums[m.weight().ordinal()];
                    v[m.ordinal()] = g.step() == 0 || weight == 0 ? Double.NaN : sums[m.ordinal()] / weight;
                }
            }
            for (Metric m : metrics) {
                if (m.isFlow() || m.weight() != null) {
                    if (m.isFlow()) {
                        v[m.ordinal()] = g.step() == 0 ? Double.NaN : sums[m.ordinal()];
                    }
                    sums[m.ordinal()] = 0;
                }
            }
            out.computeIfAbsent(group, k -> new LinkedHashMap<>()).put(yearOfStep(start, g.step()), v);
        }
        return out;
    }
}
