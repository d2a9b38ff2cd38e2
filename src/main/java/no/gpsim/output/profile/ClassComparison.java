package no.gpsim.output.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.experiment.Estimate;
import no.gpsim.observe.Metric;
import no.gpsim.output.RunResults;

/**
 * How a place compares with the municipalities of its centrality class: the class as a whole
 * (its statistics in summary.csv, group centrality) and where the place stands among the class's
 * single municipalities at the end year.
 *
 * <p>The standing uses each municipality's end-year mean over replicates computed from the raw
 * municipalities file with the profile's own rules ({@link Measure}), so the profiled place is
 * ranked on exactly the figure its page shows. (municipalities_summary.csv holds the same means,
 * except that it counts list length and on-call hours as 0 in a replicate without a GP and has no
 * time to fill where one replicate filled no post.)
 */
final class ClassComparison {

    /** Measures that can be set beside a class: shares, means per GP or per post, cost per resident. */
    static final List<Measure> COMPARABLE = List.of(Measure.SHARE_WITHOUT_GP, Measure.VACANT_SHARE,
            Measure.MEAN_LIST_LENGTH, Measure.MEAN_ONCALL_HOURS, Measure.MONTHS_TO_FILL, Measure.COST_PER_RESIDENT);

    /**
     * Where a value stands among the class's municipalities that have one.
     *
     * @param rank 1 + the number of municipalities with a lower value (1: the lowest)
     * @param ties other municipalities with the same value
     * @param count municipalities with a value, the place included
     * @param percentile share of the others with a lower value, ties counted half, in percent (NaN when alone)
     * @param median the median over the class's municipalities
     */
    record Standing(int rank, int ties, int count, double percentile, double median) { }

    private final List<String> scenarios;
    /** kommunenummer -> [scenario][measure] {sum, count} over replicates at the end year. */
    private final Map<String, double[][][]> sums = new LinkedHashMap<>();

    ClassComparison(List<String> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /** Adds a municipality's end-year row of one replicate. */
    void add(RawMunicipalities.Row row) {
        int s = scenarios.indexOf(row.scenario());
        if (s < 0) {
            return;
        }
        Sums one = new Sums();
        one.add(row);
        double[][][] acc = sums.computeIfAbsent(row.code(), k -> new double[scenarios.size()][Measure.values().length][2]);
        for (Measure m : Measure.values()) {
            double v = one.value(m, false);
            if (!Double.isNaN(v)) {
                acc[s][m.ordinal()][0] += v;
                acc[s][m.ordinal()][1]++;
            }
        }
    }

    /** A municipality's end-year mean over the replicates that have a value, or NaN. */
    double mean(String code, String scenario, Measure m) {
        double[][][] acc = sums.get(code);
        int s = scenarios.indexOf(scenario);
        if (acc == null || s < 0 || acc[s][m.ordinal()][1] == 0) {
            return Double.NaN;
        }
        return acc[s][m.ordinal()][0] / acc[s][m.ordinal()][1];
    }

    /** Where {@code code} stands among {@code classCodes} (which include it), or null when it has no value. */
    Standing standing(String code, List<String> classCodes, String scenario, Measure m) {
        double own = mean(code, scenario, m);
        if (Double.isNaN(own)) {
            return null;
        }
        List<Double> values = new ArrayList<>();
        int lower = 0;
        int ties = 0;
        for (String c : classCodes) {
            double v = mean(c, scenario, m);
            if (Double.isNaN(v)) {
                continue;
            }
            values.add(v);
            if (c.equals(code)) {
                continue;
            }
            if (v < own) {
                lower++;
            } else if (v == own) {
                ties++;
            }
        }
        int others = values.size() - 1;
        double percentile = others == 0 ? Double.NaN : 100.0 * (lower + 0.5 * ties) / others;
        return new Standing(lower + 1, ties, values.size(), percentile, median(values));
    }

    /** The median of a class's municipalities' means, or NaN when none has one. */
    double median(List<String> classCodes, String scenario, Measure m) {
        List<Double> values = new ArrayList<>();
        for (String c : classCodes) {
            double v = mean(c, scenario, m);
            if (!Double.isNaN(v)) {
                values.add(v);
            }
        }
        return median(values);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /**
     * The class as a whole in a scenario and year, from summary.csv: its share without a GP, share
     * of lists vacant, list length, on-call hours and months to fill, and its municipal cost over
     * its residents (a ratio of the two means). NaN where the file has no value.
     */
    static double classValue(RunResults results, String scenario, int centrality, int year, Measure m) {
        String group = Integer.toString(centrality);
        return switch (m) {
            case SHARE_WITHOUT_GP -> mean(results.summary(scenario, "centrality", group, year, Metric.SHARE_WITHOUT_GP));
            case VACANT_SHARE -> mean(results.summary(scenario, "centrality", group, year, Metric.LISTS_VACANT))
                    / mean(results.summary(scenario, "centrality", group, year, Metric.LISTS));
            case MEAN_LIST_LENGTH -> mean(results.summary(scenario, "centrality", group, year, Metric.MEAN_LIST_LENGTH));
            case MEAN_ONCALL_HOURS -> mean(results.summary(scenario, "centrality", group, year, Metric.MEAN_ONCALL_HOURS));
            case MONTHS_TO_FILL -> mean(results.summary(scenario, "centrality", group, year, Metric.MEAN_MONTHS_TO_FILL));
            case COST_PER_RESIDENT -> mean(results.summary(scenario, "centrality", group, year, Metric.MUNICIPAL_COST_NOK))
                    / mean(results.summary(scenario, "centrality", group, year, Metric.POPULATION));
            default -> Double.NaN;
        };
    }

    private static double mean(Estimate e) {
        return e == null ? Double.NaN : e.mean();
    }
}
