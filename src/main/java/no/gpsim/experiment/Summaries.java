package no.gpsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.gpsim.data.MunicipalityData;
import no.gpsim.observe.Metric;
import no.gpsim.observe.MunicipalityYear;

/**
 * The statistics of a comparison: for every scenario, group, year and outcome the mean over
 * replicates with its 95 % interval; for every scenario against the first one (the base) the
 * paired difference (replicate r against replicate r, which met the same random draws) with its
 * 95 % interval; and each municipality's end-year means.
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

    private final List<ScenarioRun> runs;
    /** Per scenario, per replicate: group -> year -> values. */
    private final List<List<Map<YearlyValues.Group, Map<Integer, double[]>>>> yearly = new ArrayList<>();

    public Summaries(List<ScenarioRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no scenarios");
        }
        int n = runs.get(0).replicates().size();
        for (ScenarioRun run : runs) {
            if (run.replicates().size() != n || n == 0) {
                throw new IllegalArgumentException("every scenario needs the same, positive number of replicates");
            }
            List<Map<YearlyValues.Group, Map<Integer, double[]>>> perReplicate = new ArrayList<>();
            for (ReplicateResult r : run.replicates()) {
                perReplicate.add(YearlyValues.of(r.months()));
            }
            yearly.add(perReplicate);
        }
        this.runs = List.copyOf(runs);
    }

    /** Mean and interval for every scenario, group, year and metric; flows are left out for the initial year. */
    public List<Row> summary() {
        List<Row> out = new ArrayList<>();
        for (int s = 0; s < runs.size(); s++) {
            List<Map<YearlyValues.Group, Map<Integer, double[]>>> reps = yearly.get(s);
            for (Map.Entry<YearlyValues.Group, Map<Integer, double[]>> g : reps.get(0).entrySet()) {
                for (int year : g.getValue().keySet()) {
                    for (Metric m : Metric.values()) {
                        double[] v = withoutNaN(values(reps, g.getKey(), year, m));
                        if (v.length > 0) {
                            out.add(new Row(runs.get(s).name(), g.getKey(), year, m, Estimate.of(v)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The values that exist: a rate over a flow (acceptance rate, months to fill) is NaN in a
     * replicate where the flow was zero, and a difference is paired only where both exist.
     */
    private static double[] withoutNaN(double[] v) {
        return java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
    }

    /** Paired differences of every scenario but the first against the first. */
    public List<DiffRow> differences() {
        List<DiffRow> out = new ArrayList<>();
        List<Map<YearlyValues.Group, Map<Integer, double[]>>> base = yearly.get(0);
        for (int s = 1; s < runs.size(); s++) {
            List<Map<YearlyValues.Group, Map<Integer, double[]>>> reps = yearly.get(s);
            for (Map.Entry<YearlyValues.Group, Map<Integer, double[]>> g : base.get(0).entrySet()) {
                for (int year : g.getValue().keySet()) {
                    for (Metric m : Metric.values()) {
                        double[] b = values(base, g.getKey(), year, m);
                        double[] v = values(reps, g.getKey(), year, m);
                        double[] d = new double[v.length];
                        for (int r = 0; r < d.length; r++) {
                            d[r] = v[r] - b[r];
                        }
                        d = withoutNaN(d);
                        double[] bases = withoutNaN(b);
                        if (d.length == 0 || bases.length == 0) {
                            continue;
                        }
                        Row row = new Row(runs.get(s).name(), g.getKey(), year, m, Estimate.of(d));
                        out.add(new DiffRow(row, runs.get(0).name(), Estimate.of(bases).mean()));
                    }
                }
            }
        }
        return out;
    }

    /** End-year means per municipality for every scenario, with paired differences from the base. */
    public List<MunicipalityRow> municipalities() {
        List<MunicipalityRow> out = new ArrayList<>();
        double[][][] base = endYear(runs.get(0));
        for (ScenarioRun run : runs) {
            double[][][] v = endYear(run);
            int n = v.length;
            for (int i = 0; i < run.inputs().municipalities().size(); i++) {
                double[] means = new double[Metric.values().length];
                for (Metric m : Metric.values()) {
                    double[] x = new double[n];
                    for (int r = 0; r < n; r++) {
                        x[r] = v[r][i][m.ordinal()];
                    }
                    means[m.ordinal()] = Estimate.of(x).mean();
                }
                out.add(new MunicipalityRow(run.name(), run.inputs().municipalities().get(i), lastYear(run), n, means,
                        diff(v, base, i, Metric.PATIENTS_WITHOUT_GP), diff(v, base, i, Metric.SHARE_WITHOUT_GP)));
            }
        }
        return out;
    }

    private static Estimate diff(double[][][] v, double[][][] base, int municipality, Metric m) {
        double[] d = new double[v.length];
        for (int r = 0; r < d.length; r++) {
            d[r] = v[r][municipality][m.ordinal()] - base[r][municipality][m.ordinal()];
        }
        return Estimate.of(d);
    }

    private static int lastYear(ScenarioRun run) {
        return YearlyValues.yearOfStep(run.inputs().months());
    }

    /** Per replicate, per municipality index: the values at the end of the last year. */
    private static double[][][] endYear(ScenarioRun run) {
        int year = lastYear(run);
        int count = run.inputs().municipalities().size();
        double[][][] out = new double[run.replicates().size()][count][];
        for (int r = 0; r < out.length; r++) {
            for (MunicipalityYear y : run.replicates().get(r).years()) {
                if (y.year() == year) {
                    out[r][y.municipality()] = y.values();
                }
            }
        }
        return out;
    }

    private static double[] values(List<Map<YearlyValues.Group, Map<Integer, double[]>>> reps, YearlyValues.Group g,
                                   int year, Metric m) {
        double[] v = new double[reps.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = reps.get(r).get(g).get(year)[m.ordinal()];
        }
        return v;
    }
}
