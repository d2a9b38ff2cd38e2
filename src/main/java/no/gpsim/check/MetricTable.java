package no.gpsim.check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import no.gpsim.output.RunOutputs;
import no.gpsim.scenario.Scenario;

/**
 * The checked metrics of a set of replicates: for every {@link CheckedMetric}, the nation and each
 * centrality class that has residents, and each checked year, one value per replicate.
 */
public final class MetricTable {

    private final Map<MetricKey, double[]> values;

    private MetricTable(Map<MetricKey, double[]> values) {
        this.values = values;
    }

    /**
     * The checked years of a run of {@code years} years from the default start: the first, the
     * middle and the last (for 10 years 2026, 2030 and 2035; for 5 years 2026, 2028 and 2030).
     */
    public static List<Integer> checkedYears(int years) {
        List<Integer> out = new ArrayList<>();
        for (int k : yearIndexes(years)) {
            out.add(RunOutputs.year(Scenario.START, 12 * k));
        }
        return out;
    }

    /** The checked years as years simulated: 1, the middle and {@code years}. */
    private static TreeSet<Integer> yearIndexes(int years) {
        return new TreeSet<>(List.of(1, (years + 1) / 2, years));
    }

    /** Extracts the checked values from replicates that each ran {@code years} years from the default start. */
    public static MetricTable of(List<ReplicateResult> results, int years) {
        Builder b = new Builder(Scenario.START, years, results.size());
        results.forEach(b::add);
        return b.build();
    }

    /**
     * Collects the checked values one replicate at a time, so a run need not keep its
     * replicates: only the checked values (a few hundred numbers per replicate) are stored.
     */
    public static final class Builder {

        private final YearMonth start;
        private final int years;
        private final int replicates;
        private final TreeSet<Integer> yearSteps;
        private final Map<MetricKey, double[]> values = new LinkedHashMap<>();
        private List<String[]> groups;
        private int added;

        /** For {@code replicates} replicates that each run {@code years} years from {@code start}. */
        public Builder(YearMonth start, int years, int replicates) {
            this.start = start;
            this.years = years;
            this.replicates = replicates;
            this.yearSteps = yearIndexes(years);
        }

        /** Adds the next replicate, in replicate order. */
        public void add(ReplicateResult result) {
            if (added == replicates) {
                throw new IllegalStateException("more than the " + replicates + " replicates expected");
            }
            if (groups == null) {
                groups = groupsWithResidents(result);
            }
            int r = added;
            Map<String, GroupMonth[]> byGroup = index(result, years * 12);
            for (CheckedMetric m : CheckedMetric.values()) {
                for (String[] g : groups) {
                    GroupMonth[] months = byGroup.get(g[0] + "/" + g[1]);
                    for (int k : yearSteps) {
                        if (months == null || months[12 * k] == null) {
                            throw new IllegalStateException("replicate " + r + " has no " + g[0] + " " + g[1] + " row for step "
                                    + 12 * k);
                        }
                        MetricKey key = new MetricKey(m, g[0], g[1], RunOutputs.year(start, 12 * k));
                        values.computeIfAbsent(key, x -> new double[replicates])[r] = value(m.metric(), months, k);
                    }
                }
            }
            added++;
        }

        /** The table, once every replicate was added. */
        public MetricTable build() {
            if (added == 0 || added != replicates) {
                throw new IllegalStateException(added + " of " + replicates + " replicates added");
            }
            return new MetricTable(values);
        }
    }

    /** Stocks at the end of year k; flows summed over its months 12(k-1)+1 to 12k. */
    private static double value(Metric m, GroupMonth[] months, int k) {
        if (!m.isFlow()) {
            return months[12 * k].get(m);
        }
        double sum = 0;
        for (int s = 12 * (k - 1) + 1; s <= 12 * k; s++) {
            sum += months[s].get(m);
        }
        return sum;
    }

    /** National, then the centrality classes with residents at the start (a county has only some). */
    private static List<String[]> groupsWithResidents(ReplicateResult first) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"national", "all"});
        for (GroupMonth g : first.months()) {
            if (g.step() == 0 && g.groupType().equals("centrality") && g.get(Metric.POPULATION) > 0) {
                out.add(new String[] {"centrality", g.group()});
            }
        }
        return out;
    }

    private static Map<String, GroupMonth[]> index(ReplicateResult r, int steps) {
        Map<String, GroupMonth[]> out = new LinkedHashMap<>();
        for (GroupMonth g : r.months()) {
            if (g.step() <= steps) {
                out.computeIfAbsent(g.groupType() + "/" + g.group(), x -> new GroupMonth[steps + 1])[g.step()] = g;
            }
        }
        return out;
    }

    /** The keys in {@link MetricKey#ORDER}. */
    public List<MetricKey> keys() {
        List<MetricKey> keys = new ArrayList<>(values.keySet());
        keys.sort(MetricKey.ORDER);
        return keys;
    }

    /** The value of each replicate, in replicate order. */
    public double[] values(MetricKey key) {
        return values.get(key).clone();
    }

    /** The calendar years the table's metrics are read at, in order. */
    public List<Integer> years() {
        return values.keySet().stream().map(MetricKey::year).distinct().sorted().toList();
    }

    /** Replicates in the table. */
    public int replicates() {
        return values.isEmpty() ? 0 : values.values().iterator().next().length;
    }

    /**
     * A table of given values, for the power measurement ({@code CheckPowerTest}) that draws
     * blocks of replicates from a large pool. Every array must have the same length.
     */
    static MetricTable of(Map<MetricKey, double[]> values) {
        Map<MetricKey, double[]> copy = new LinkedHashMap<>();
        int n = -1;
        for (Map.Entry<MetricKey, double[]> e : values.entrySet()) {
            if (n >= 0 && e.getValue().length != n) {
                throw new IllegalArgumentException(e.getKey() + ": " + e.getValue().length + " values, not " + n);
            }
            n = e.getValue().length;
            copy.put(e.getKey(), e.getValue().clone());
        }
        return new MetricTable(copy);
    }

    /** Replicates {@code from} (inclusive) to {@code to} (exclusive) of this table. */
    MetricTable slice(int from, int to) {
        Map<MetricKey, double[]> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, Arrays.copyOfRange(v, from, to)));
        return new MetricTable(out);
    }

    /** This table with the values of the keys that {@code which} accepts multiplied by {@code factor}. */
    MetricTable scaled(Predicate<MetricKey> which, double factor) {
        Map<MetricKey, double[]> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            double[] w = v.clone();
            if (which.test(k)) {
                for (int i = 0; i < w.length; i++) {
                    w[i] *= factor;
                }
            }
            out.put(k, w);
        });
        return new MetricTable(out);
    }
}
