package no.gpsim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.data.MunicipalityData;
import no.gpsim.model.ModelInputs;
import no.gpsim.observe.Metric;
import no.gpsim.observe.MunicipalityYear;

/**
 * The statistics of a comparison: for every scenario, group, year and outcome the mean over
 * replicates with its 95 % interval; for every scenario against the first one (the base) the
 * paired difference (replicate r against replicate r, which met the same random draws) with its
 * 95 % interval; and each municipality's end-year means.
 *
 * <p>Computed online: {@link #add} feeds one replicate into one {@link OnlineEstimate} per
 * statistic and the replicate is then dropped, so memory does not grow with the replicates.
 * Replicates come in the order {@link Comparison#stream} hands them over (replicate 0 of every
 * scenario, base first, then replicate 1, ...); the same order gives the same bits whatever the
 * thread count. Which rows exist (no flows in the initial year, no row for a value that is
 * undefined in replicate 0) is decided by replicate 0, except for rates over a flow (acceptance
 * rate, months to fill), which are undefined in a replicate without that flow: they are summarised
 * over the replicates that have a value, and left out where none has.
 */
public final class Summaries {

    /** One line of summary.csv, or of differences.csv without its extra columns. */
    public record Row(String scenario, YearlyValues.Group group, int year, Metric metric, Estimate estimate) { }

    /** One line of differences.csv: the paired difference (scenario − base) and the base's own mean. */
    public record DiffRow(Row difference, String base, double baseMean) { }

    /**
     * One line of municipalities_summary.csv.
     *
     * @param means end-year mean over replicates, one per {@link Metric} by ordinal
     * @param patientsDiff paired difference from the base in patients without a GP at the end year
     * @param shareDiff paired difference from the base in the share of residents without a GP
     */
    public record MunicipalityRow(String scenario, MunicipalityData municipality, int year, int n, double[] means,
                                  Estimate patientsDiff, Estimate shareDiff) { }

    /** Group -> year -> one accumulator per metric by ordinal (null where replicate 0 had no value). */
    private static final class Cells extends LinkedHashMap<YearlyValues.Group, Map<Integer, OnlineEstimate[]>> { }

    private static final Metric[] METRICS = Metric.values();
    private static final Metric[] DIFF_METRICS = {Metric.PATIENTS_WITHOUT_GP, Metric.SHARE_WITHOUT_GP};

    private final List<String> names;
    private final List<ModelInputs> inputs;
    private final java.time.YearMonth start;
    private final int endYear;
    private final List<Cells> summary = new ArrayList<>();
    /** Per scenario but the base (index 0 unused). */
    private final List<Cells> differences = new ArrayList<>();
    /** Per scenario: municipality -> metric -> end-year values. */
    private final List<OnlineEstimate[][]> municipalMeans = new ArrayList<>();
    /** Per scenario: municipality -> {patients, share} paired differences from the base. */
    private final List<OnlineEstimate[][]> municipalDiffs = new ArrayList<>();
    private final int[] added;
    /** The base's yearly values and end-year municipal values of the replicate being fed. */
    private Map<YearlyValues.Group, Map<Integer, double[]>> baseYearly;
    private double[][] baseEndYear;

    /**
     * @param names output names, one per scenario, the base first
     * @param inputs the inputs each scenario runs on, all for the same horizon and municipalities
     */
    public Summaries(List<String> names, List<ModelInputs> inputs) {
        if (inputs.isEmpty() || names.size() != inputs.size()) {
            throw new IllegalArgumentException("one name per scenario, at least one scenario");
        }
        this.names = List.copyOf(names);
        this.inputs = List.copyOf(inputs);
        this.start = inputs.get(0).scenario().start();
        this.endYear = YearlyValues.yearOfStep(start, inputs.get(0).months());
        this.added = new int[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            summary.add(new Cells());
            differences.add(new Cells());
            int count = inputs.get(i).municipalities().size();
            municipalMeans.add(new OnlineEstimate[count][METRICS.length]);
            municipalDiffs.add(new OnlineEstimate[count][DIFF_METRICS.length]);
        }
    }

    /** The statistics of runs already held in memory (tests and small experiments). */
    public static Summaries of(List<ScenarioRun> runs) {
        List<String> names = new ArrayList<>();
        List<ModelInputs> inputs = new ArrayList<>();
        for (ScenarioRun run : runs) {
            names.add(run.name());
            inputs.add(run.inputs());
        }
        Summaries out = new Summaries(names, inputs);
        int n = runs.isEmpty() ? 0 : runs.get(0).replicates().size();
        for (int r = 0; r < n; r++) {
            for (int s = 0; s < runs.size(); s++) {
                out.add(s, runs.get(s).replicates().get(r));
            }
        }
        return out;
    }

    /**
     * Feeds replicate {@code result.replicate()} of scenario {@code scenario}. Replicates come in
     * order, the base's replicate r before any other scenario's replicate r.
     */
    public void add(int scenario, ReplicateResult result) {
        boolean baseReady = scenario == 0 ? Arrays.stream(added).allMatch(n -> n == added[0])
                : added[0] == added[scenario] + 1;
        if (result.replicate() != added[scenario] || !baseReady) {
            throw new IllegalStateException("replicate " + result.replicate() + " of scenario " + scenario
                    + " out of order");
        }
        Map<YearlyValues.Group, Map<Integer, double[]>> yearly = YearlyValues.of(result.months(), start);
        double[][] end = endYear(scenario, result);
        boolean first = added[scenario] == 0;
        feed(summary.get(scenario), yearly, first ? yearly : null, null);
        if (scenario == 0) {
            baseYearly = yearly;
            baseEndYear = end;
        } else {
            feed(differences.get(scenario), yearly, first ? baseYearly : null, baseYearly);
        }
        OnlineEstimate[][] means = municipalMeans.get(scenario);
        OnlineEstimate[][] diffs = municipalDiffs.get(scenario);
        for (int i = 0; i < means.length; i++) {
            for (Metric m : METRICS) {
                accumulator(means, i, m.ordinal()).add(end[i][m.ordinal()]);
            }
            for (int k = 0; k < DIFF_METRICS.length; k++) {
                int m = DIFF_METRICS[k].ordinal();
                accumulator(diffs, i, k).add(end[i][m] - baseEndYear[i][m]);
            }
        }
        added[scenario]++;
    }

    private static OnlineEstimate accumulator(OnlineEstimate[][] cells, int i, int k) {
        if (cells[i][k] == null) {
            cells[i][k] = new OnlineEstimate();
        }
        return cells[i][k];
    }

    /**
     * Adds one replicate's values (minus {@code minus}'s, when given) to the cells; {@code layout},
     * given for replicate 0, creates the cells: one per group, year and metric where it has a value.
     */
    private static void feed(Cells cells, Map<YearlyValues.Group, Map<Integer, double[]>> values,
                             Map<YearlyValues.Group, Map<Integer, double[]>> layout,
                             Map<YearlyValues.Group, Map<Integer, double[]>> minus) {
        if (layout != null) {
            layout.forEach((group, years) -> years.forEach((year, v) -> {
                OnlineEstimate[] row = new OnlineEstimate[METRICS.length];
                for (Metric m : METRICS) {
                    // a rate over a flow may be undefined in replicate 0 and defined in others
                    if (!Double.isNaN(v[m.ordinal()]) || m.weight() != null) {
                        row[m.ordinal()] = new OnlineEstimate();
                    }
                }
                cells.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(year, row);
            }));
        }
        cells.forEach((group, years) -> years.forEach((year, row) -> {
            double[] v = lookup(values, group, year);
            double[] b = minus == null ? null : lookup(minus, group, year);
            for (int m = 0; m < row.length; m++) {
                double x = b == null ? v[m] : v[m] - b[m];
                // a rate over a flow is NaN in a replicate without that flow; a difference is paired only
                // where both scenarios have a value
                if (row[m] != null && !Double.isNaN(x)) {
                    row[m].add(x);
                }
            }
        }));
    }

    private static double[] lookup(Map<YearlyValues.Group, Map<Integer, double[]>> values, YearlyValues.Group group,
                                   int year) {
        Map<Integer, double[]> years = values.get(group);
        double[] v = years == null ? null : years.get(year);
        if (v == null) {
            throw new IllegalStateException("a replicate without " + group + " in " + year);
        }
        return v;
    }

    /** Per municipality index: the values at the end of the last year. */
    private double[][] endYear(int scenario, ReplicateResult result) {
        double[][] out = new double[inputs.get(scenario).municipalities().size()][];
        for (MunicipalityYear y : result.years()) {
            if (y.year() == endYear) {
                out[y.municipality()] = y.values();
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new IllegalStateException("replicate " + result.replicate() + " has no end-year values for "
                        + "municipality " + i);
            }
        }
        return out;
    }

    private void requireReplicates() {
        for (int n : added) {
            if (n == 0 || n != added[0]) {
                throw new IllegalStateException("every scenario needs the same, positive number of replicates");
            }
        }
    }

    /** Mean and interval for every scenario, group, year and metric; flows are left out for the initial year. */
    public List<Row> summary() {
        requireReplicates();
        List<Row> out = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            String name = names.get(s);
            summary.get(s).forEach((group, years) -> years.forEach((year, row) -> {
                for (Metric m : METRICS) {
                    if (row[m.ordinal()] != null && row[m.ordinal()].n() > 0) {
                        out.add(new Row(name, group, year, m, row[m.ordinal()].estimate()));
                    }
                }
            }));
        }
        return out;
    }

    /** Paired differences of every scenario but the first against the first. */
    public List<DiffRow> differences() {
        requireReplicates();
        List<DiffRow> out = new ArrayList<>();
        Cells base = summary.get(0);
        for (int s = 1; s < names.size(); s++) {
            String name = names.get(s);
            differences.get(s).forEach((group, years) -> years.forEach((year, row) -> {
                for (Metric m : METRICS) {
                    OnlineEstimate baseCell = base.get(group).get(year)[m.ordinal()];
                    if (row[m.ordinal()] != null && row[m.ordinal()].n() > 0 && baseCell != null && baseCell.n() > 0) {
                        double baseMean = baseCell.mean();
                        out.add(new DiffRow(new Row(name, group, year, m, row[m.ordinal()].estimate()), names.get(0),
                                baseMean));
                    }
                }
            }));
        }
        return out;
    }

    /** End-year means per municipality for every scenario, with paired differences from the base. */
    public List<MunicipalityRow> municipalities() {
        requireReplicates();
        List<MunicipalityRow> out = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            List<MunicipalityData> municipalities = inputs.get(s).municipalities();
            OnlineEstimate[][] means = municipalMeans.get(s);
            OnlineEstimate[][] diffs = municipalDiffs.get(s);
            for (int i = 0; i < municipalities.size(); i++) {
                double[] m = new double[METRICS.length];
                for (int k = 0; k < m.length; k++) {
                    m[k] = means[i][k].mean();
                }
                out.add(new MunicipalityRow(names.get(s), municipalities.get(i), endYear, added[s], m,
                        diffs[i][0].estimate(), diffs[i][1].estimate()));
            }
        }
        return out;
    }
}
