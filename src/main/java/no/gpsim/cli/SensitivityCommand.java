package no.gpsim.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import no.gpsim.BadInputException;
import no.gpsim.engine.Engine;
import no.gpsim.observe.Metric;
import no.gpsim.output.RunDirectory;
import no.gpsim.output.RunManifest;
import no.gpsim.output.charts.ChartFiles;
import no.gpsim.output.charts.SensitivityCharts;
import no.gpsim.output.report.SensitivityReport;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import no.gpsim.sensitivity.MorrisAnalysis;
import no.gpsim.sensitivity.MorrisDesign;
import no.gpsim.sensitivity.MorrisEffect;
import no.gpsim.sensitivity.SaltelliDesign;
import no.gpsim.sensitivity.SobolAnalysis;
import no.gpsim.sensitivity.SobolIndex;
import no.gpsim.sweep.Design;
import no.gpsim.sweep.Factor;
import no.gpsim.sweep.ModelJob;
import no.gpsim.sweep.Numbers;
import no.gpsim.sweep.OutcomeSpec;
import no.gpsim.sweep.ParameterRanges;
import no.gpsim.sweep.Sweep;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gpsim sensitivity SCENARIO --method morris|sobol}: which keys drive an outcome. Morris
 * elementary effects screen many keys cheaply; Sobol indices (Saltelli design) split the outcome's
 * variance between a few keys, with bootstrap intervals.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Global sensitivity of outcomes to scenario keys: Morris screening or Sobol indices.",
            "Keys and ranges come from --parameters FILE (default scenarios/sensitivity/calib-keys.yaml: the [calib] keys)",
            "or --vary KEY=LOW:HIGH. Writes morris.csv or sobol.csv, runs.csv and points.csv (the design and its outcomes),",
            "charts/ (PNG and SVG), report.html and run.json. With --against BASE the outcome is the paired difference",
            "scenario - base (what a measure changes), at every point."})
public final class SensitivityCommand implements Callable<Integer> {

    static final Path DEFAULT_PARAMETERS = Path.of("scenarios", "sensitivity", "calib-keys.yaml");

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenarioFile;

    @Option(names = "--method", paramLabel = "morris|sobol", required = true, description = "morris or sobol.")
    String method;

    @Option(names = "--parameters", paramLabel = "FILE", description = "YAML list of key, low, high (default: "
            + "scenarios/sensitivity/calib-keys.yaml).")
    Path parametersFile;

    @Option(names = "--vary", paramLabel = "KEY=LOW:HIGH", description = "A key and its range, instead of --parameters (repeatable).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--outcome", paramLabel = "METRIC@YEAR[-YEAR][:TYPE/GROUP]",
            description = "Outcome to analyse (repeatable; default share_without_gp at the last year).")
    List<String> outcomeTexts = new ArrayList<>();

    @Option(names = "--base-levels", description = "With --against: also analyse the base scenario's own outcomes, "
            + "from the same runs.")
    boolean baseLevels;

    @Option(names = "--trajectories", paramLabel = "R", description = "Morris trajectories (default 10).")
    int trajectories = 10;

    @Option(names = "--levels", paramLabel = "P", description = "Morris grid levels, even (default 4).")
    int levels = 4;

    @Option(names = "--candidates", paramLabel = "M", description = "Morris candidate trajectories the R most spread "
            + "are chosen from (default 10 x R, at most 2000).")
    Integer candidates;

    @Option(names = "--samples", paramLabel = "N", description = "Sobol base samples, a power of 2 (default 256); "
            + "N x (keys + 2) points.")
    int samples = 256;

    @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap resamples for the intervals (default 1000).")
    int bootstrap = 1000;

    @Option(names = "--replicates", paramLabel = "N", description = "Replicates per point, averaged (default 1); "
            + "replicate r uses seed S + r at every point.")
    int replicates = 1;

    @Mixin
    ExperimentOptions experiment;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        String m = method.toLowerCase(Locale.ROOT);
        if (!m.equals("morris") && !m.equals("sobol")) {
            throw new BadInputException("--method: " + method + " is not a method; use morris or sobol");
        }
        Scenario scenario = new ScenarioLoader().load(scenarioFile);
        Path against = experiment.against;
        Scenario base = against == null ? null : new ScenarioLoader().load(against);
        List<Factor> factors = factors();
        int y = experiment.years(scenario);
        if (replicates < 1 || replicates > 1000) {
            throw new BadInputException("--replicates: " + replicates + " is out of range, expected 1 to 1000");
        }
        if (bootstrap < 0 || bootstrap > 100_000) {
            throw new BadInputException("--bootstrap: " + bootstrap + " is out of range, expected 0 to 100000");
        }
        long s = experiment.seed(scenario);
        List<OutcomeSpec> outcomes = new ArrayList<>();
        if (outcomeTexts.isEmpty()) {
            outcomeTexts.add("share_without_gp@" + (scenario.start().getYear() + y - 1));
        }
        for (String o : outcomeTexts) {
            OutcomeSpec os = OutcomeSpec.parse(o);
            os.check(scenario.start(), y);
            outcomes.add(os);
        }
        if (baseLevels && against == null) {
            throw new BadInputException("--base-levels: only with --against BASE");
        }
        // the columns of each run: the outcomes (differences with --against), then the base's own with --base-levels
        List<OutcomeSpec> columns = new ArrayList<>(outcomes);
        if (baseLevels) {
            for (OutcomeSpec o : outcomes) {
                columns.add(new OutcomeSpec(o.text() + " [" + base.name() + "]", o.metric(), o.from(), o.to(),
                        o.groupType(), o.group()));
            }
        }
        int k = factors.size();
        MorrisDesign morris = null;
        SaltelliDesign saltelli = null;
        Design design;
        try {
            if (m.equals("morris")) {
                int cand = candidates != null ? candidates : Math.min(MorrisDesign.MAX_CANDIDATES, 10 * trajectories);
                morris = MorrisDesign.create(k, levels, trajectories, cand, s);
                design = Design.fromUnit("morris", factors, morris.points());
            } else {
                if (Integer.bitCount(samples) != 1) {
                    throw new BadInputException("--samples: " + samples + " is not a power of 2 (the Sobol sequence's "
                            + "balance needs one: 64, 128, 256, 512 ...)");
                }
                saltelli = SaltelliDesign.create(k, samples);
                design = Design.fromUnit("saltelli", factors, saltelli.points());
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("sensitivity: " + e.getMessage());
        }
        List<String> keys = factors.stream().map(f -> f.key().path()).toList();
        ModelJob job = new ModelJob(scenarioFile, against, y, keys, outcomes, baseLevels);
        Path target = experiment.target("sensitivity-" + m, scenario);
        long runs = (long) design.points().size() * replicates * (against == null ? 1 : 2);
        try (RunDirectory dir = RunDirectory.create(target, experiment.force, err);
             Engine engine = engineOptions.open()) {
            err.printf(Locale.ROOT, "gpsim: %s analysis of %s%s: %d key(s), %d point(s) x %d replicate(s) = %d model runs "
                    + "of %d years on %s%n", m, scenario.name(), base == null ? "" : " against " + base.name(), k,
                    design.points().size(), replicates, runs, y, engine.description());
            err.flush();
            long started = System.nanoTime();
            Sweep.Result result;
            try (Progress bar = Progress.open(m, (long) design.points().size() * replicates)) {
                result = Sweep.run(engine, design, job, columns, s, replicates, dir.path(), t -> bar.step());
            }
            Path charts = Files.createDirectories(dir.path().resolve("charts"));
            List<SensitivityReport.Section> sections = new ArrayList<>();
            CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
            String table = m.equals("morris") ? "morris.csv" : "sobol.csv";
            try (BufferedWriter w = Files.newBufferedWriter(dir.path().resolve(table), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, format)) {
                csv.printRecord(m.equals("morris")
                        ? List.of("outcome", "unit", "rank", "key", "low", "high", "mu", "mu_star", "mu_star_ci_low",
                                "mu_star_ci_high", "sigma")
                        : List.of("outcome", "unit", "rank", "key", "low", "high", "S1", "S1_ci_low", "S1_ci_high", "ST",
                                "ST_ci_low", "ST_ci_high"));
                for (int o = 0; o < columns.size(); o++) {
                    OutcomeSpec os = columns.get(o);
                    boolean difference = base != null && o < outcomes.size();
                    double scale = os.metric().kind() == Metric.Kind.SHARE ? 100 : 1;
                    String unit = unit(os, difference);
                    double[] yv = new double[design.points().size()];
                    for (int p = 0; p < yv.length; p++) {
                        yv[p] = result.estimates().get(p)[o].mean() * scale;
                        if (!Double.isFinite(yv[p])) {
                            throw new BadInputException("--outcome " + os.column() + ": not defined at design point " + p
                                    + " (no value, e.g. a rate with nothing to rate); choose another outcome");
                        }
                    }
                    String title = os.column() + (difference ? " (" + scenario.name() + " - " + base.name() + ")" : "");
                    String stem = m + "-" + SweepCommand.slug(os.column());
                    if (morris != null) {
                        sections.add(morrisSection(csv, charts, stem, title, unit, factors, MorrisAnalysis.analyse(
                                morris, yv, bootstrap, 0.95, s), morris.trajectories()));
                    } else {
                        sections.add(sobolSection(csv, charts, stem, title, unit, factors, SobolAnalysis.analyse(
                                saltelli, yv, bootstrap, 0.95, s), samples));
                    }
                }
            }
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("Scenario", scenario.name() + " (" + scenario.file() + ")");
            if (base != null) {
                facts.put("Outcome", "scenario - " + base.name() + " at every point, with the same values and seeds");
            }
            facts.put("Method", m.equals("morris")
                    ? String.format(Locale.ROOT, "Morris elementary effects: %d trajectories on a %d-level grid, chosen "
                            + "for spread (Campolongo et al. 2007) from %d candidates", trajectories, levels,
                            candidates != null ? candidates : Math.min(MorrisDesign.MAX_CANDIDATES, 10 * trajectories))
                    : String.format(Locale.ROOT, "Sobol indices: Saltelli design with %d base samples (%d points), "
                            + "first order by Saltelli 2010, total by Jansen 1999", samples, design.points().size()));
            facts.put("Keys", k + " (" + (parametersFile != null ? parametersFile.toString() : vary.isEmpty()
                    ? DEFAULT_PARAMETERS.toString() : "--vary") + ")");
            facts.put("Runs", String.format(Locale.ROOT, "%d point(s) x %d replicate(s) of %d years from %s; replicate r "
                    + "uses seed %d + r at every point", design.points().size(), replicates, y, scenario.start(), s));
            facts.put("Intervals", String.format(Locale.ROOT, "95 %% percentile bootstrap, %d resamples", bootstrap));
            facts.put("gpsim", RunManifest.version());
            SensitivityReport.write(dir.path(), "gpsim sensitivity: " + scenario.name() + (base == null ? "" : " against "
                    + base.name()), "Which of " + k + " keys drive " + String.join(", ", outcomeTexts) + ".", facts,
                    sections, howToRead(m));
            writeManifest(dir.path().resolve("run.json"), scenario, base, m, factors, outcomes, s, y, design.points().size(),
                    table);
            dir.commit();
            double wall = (System.nanoTime() - started) / 1e9;
            for (SensitivityReport.Section sec : sections) {
                List<List<String>> shown = new ArrayList<>();
                shown.add(sec.header());
                shown.addAll(sec.rows().subList(0, Math.min(12, sec.rows().size())));
                int[] width = new int[sec.header().size()];
                for (List<String> row : shown) {
                    for (int c = 0; c < row.size(); c++) {
                        width[c] = Math.max(width[c], row.get(c).length());
                    }
                }
                stdout.printf("%n%s (the %d largest of %d keys)%n", sec.outcome(), shown.size() - 1, sec.rows().size());
                for (List<String> row : shown) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 0; c < row.size(); c++) {
                        String cell = row.get(c);
                        line.append(c == 0 ? cell + " ".repeat(width[c] - cell.length())
                                : "  " + " ".repeat(width[c] - cell.length()) + cell);
                    }
                    stdout.println(line);
                }
            }
            stdout.printf(Locale.ROOT, "%ngpsim: %d model runs in %.1f s (%.3f s per run) on %s%nOutputs in %s%n", runs, wall,
                    wall / runs, engine.description(), dir.target());
        }
        return GpsimCli.OK;
    }

    private List<Factor> factors() {
        if (!vary.isEmpty()) {
            if (parametersFile != null) {
                throw new BadInputException("--vary: give the keys either with --vary or in --parameters, not both");
            }
            return Factor.parseAll(vary);
        }
        Path file = parametersFile != null ? parametersFile : DEFAULT_PARAMETERS;
        if (!Files.isRegularFile(file)) {
            throw new BadInputException((parametersFile != null ? "--parameters: " : "") + file + ": no such file"
                    + (parametersFile != null ? "" : "; give the keys with --parameters FILE or --vary KEY=LOW:HIGH"));
        }
        return ParameterRanges.read(file);
    }

    private static String unit(OutcomeSpec os, boolean difference) {
        return switch (os.metric().kind()) {
            case SHARE -> "percentage points";
            case NOK -> "NOK";
            case COUNT -> os.metric().isFlow() ? "per period" : "count";
            case DECIMAL -> "units of " + os.metric().column();
        } + (difference ? ", difference" : "");
    }

    private static SensitivityReport.Section morrisSection(CSVPrinter csv, Path charts, String stem, String title,
                                                           String unit, List<Factor> factors, List<MorrisEffect> effects,
                                                           int trajectories) throws IOException {
        List<MorrisEffect> ranked = effects.stream().sorted((a, b) -> Double.compare(b.muStar(), a.muStar())).toList();
        List<List<String>> rows = new ArrayList<>();
        List<SensitivityCharts.MorrisPoint> points = new ArrayList<>();
        int rank = 0;
        for (MorrisEffect e : ranked) {
            Factor f = factors.get(e.parameter());
            csv.printRecord(title, unit, ++rank, f.key().path(), Numbers.cell(f.low()), Numbers.cell(f.high()),
                    Numbers.cell(e.mu()), Numbers.cell(e.muStar()), Numbers.cell(e.muStarLow()),
                    Numbers.cell(e.muStarHigh()), Numbers.cell(e.sigma()));
            rows.add(List.of(f.key().path(), range(f), fmt(e.muStar()) + " [" + fmt(e.muStarLow()) + ", "
                    + fmt(e.muStarHigh()) + "]", fmt(e.mu()), fmt(e.sigma())));
        }
        for (MorrisEffect e : effects) {
            points.add(new SensitivityCharts.MorrisPoint(factors.get(e.parameter()).key().path(), e.muStar(),
                    e.muStarLow(), e.muStarHigh(), e.sigma()));
        }
        var chart = SensitivityCharts.morrisPlane(title, unit, points, 10, trajectories);
        byte[] png = ChartFiles.write(charts, stem, chart);
        long zero = effects.stream().filter(e -> e.muStar() == 0).count();
        String summary = String.format(Locale.ROOT, "Largest effects: %s. %d of %d keys have no effect at all here (a "
                + "mechanism the scenario does not use, or an outcome they cannot reach).", top(ranked, factors, 3), zero,
                effects.size());
        return new SensitivityReport.Section(title, List.of("key", "range", "mu* [95 % interval] (" + unit + ")", "mu",
                "sigma"), rows, chart.getTitle().getText(), "Each dot is a key: right, a larger effect over its range; up, "
                + "an effect that changes with the other keys (interactions or a curved response). Charts in charts/"
                + stem + ".png and .svg.", png, summary);
    }

    private static SensitivityReport.Section sobolSection(CSVPrinter csv, Path charts, String stem, String title,
                                                          String unit, List<Factor> factors, List<SobolIndex> indices,
                                                          int samples) throws IOException {
        List<SobolIndex> ranked = indices.stream().sorted((a, b) -> Double.compare(b.total(), a.total())).toList();
        List<List<String>> rows = new ArrayList<>();
        List<SensitivityCharts.SobolBar> bars = new ArrayList<>();
        int rank = 0;
        for (SobolIndex i : ranked) {
            Factor f = factors.get(i.parameter());
            csv.printRecord(title, unit, ++rank, f.key().path(), Numbers.cell(f.low()), Numbers.cell(f.high()),
                    Numbers.cell(i.firstOrder()), Numbers.cell(i.firstOrderLow()), Numbers.cell(i.firstOrderHigh()),
                    Numbers.cell(i.total()), Numbers.cell(i.totalLow()), Numbers.cell(i.totalHigh()));
            rows.add(List.of(f.key().path(), range(f), fmt(i.firstOrder()) + " [" + fmt(i.firstOrderLow()) + ", "
                    + fmt(i.firstOrderHigh()) + "]", fmt(i.total()) + " [" + fmt(i.totalLow()) + ", " + fmt(i.totalHigh())
                    + "]"));
            bars.add(new SensitivityCharts.SobolBar(f.key().path(), i.firstOrder(), i.firstOrderLow(), i.firstOrderHigh(),
                    i.total(), i.totalLow(), i.totalHigh()));
        }
        var chart = SensitivityCharts.sobolBars(title, bars, 15, samples);
        byte[] png = ChartFiles.write(charts, stem, chart);
        double sumFirst = indices.stream().mapToDouble(SobolIndex::firstOrder).sum();
        String summary = String.format(Locale.ROOT, "Largest total indices: %s. The first-order indices sum to %.2f: %s",
                topSobol(ranked, factors, 3), sumFirst, sumFirst > 0.8 ? "the keys act mostly one by one"
                        : "a good part of the variance comes from keys acting together (or from the model's own noise)");
        return new SensitivityReport.Section(title, List.of("key", "range", "first order S1 [95 % interval]",
                "total ST [95 % interval]"), rows, chart.getTitle().getText(), "S1: the share of the outcome's variance "
                + "over the design that one key explains alone; ST: with all its interactions. Charts in charts/" + stem
                + ".png and .svg.", png, summary);
    }

    private static String top(List<MorrisEffect> ranked, List<Factor> factors, int n) {
        List<String> out = new ArrayList<>();
        for (MorrisEffect e : ranked.subList(0, Math.min(n, ranked.size()))) {
            out.add(factors.get(e.parameter()).key().path() + " (mu* " + fmt(e.muStar()) + ")");
        }
        return String.join(", ", out);
    }

    private static String topSobol(List<SobolIndex> ranked, List<Factor> factors, int n) {
        List<String> out = new ArrayList<>();
        for (SobolIndex i : ranked.subList(0, Math.min(n, ranked.size()))) {
            out.add(factors.get(i.parameter()).key().path() + " (ST " + fmt(i.total()) + ")");
        }
        return String.join(", ", out);
    }

    private static List<String> howToRead(String method) {
        List<String> out = new ArrayList<>();
        out.add("Each key is varied over the range in the table (the [calib] keys: their calibration prior, or the "
                + "default -20 % to +20 %); every other key keeps the scenario's value.");
        if (method.equals("morris")) {
            out.add("Morris: each trajectory moves one key at a time by about two thirds of its range; an elementary "
                    + "effect is the change in the outcome per full range. mu* is the mean of their absolute values (how "
                    + "much the key matters), mu their mean (its sign), sigma their spread (how much the effect depends on "
                    + "the other keys). A screening: it ranks keys, it does not apportion variance.");
        } else {
            out.add("Sobol: S1 is the share of the outcome's variance a key explains alone, ST the share it explains "
                    + "with all its interactions; ST - S1 is what it does through the others. Keys with ST near 0 can be "
                    + "fixed at any value in their range without changing the outcome.");
        }
        out.add("The model is stochastic: with one replicate per point, the run's own noise counts as variance no key "
                + "explains (it lowers the S1 sum and adds to every sigma); replicate r uses the same seed at every point, "
                + "so neighbouring points are paired.");
        out.add("The intervals are percentile bootstrap intervals over the design (trajectories or base samples); they "
                + "do not include the uncertainty of the ranges themselves.");
        return out;
    }

    private static String range(Factor f) {
        return fmt(f.low()) + " to " + fmt(f.high());
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 0.001 || a >= 1e6) ? String.format(Locale.ROOT, "%.3g", v)
                : String.format(Locale.ROOT, a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : "%.3f", v);
    }

    private void writeManifest(Path file, Scenario scenario, Scenario base, String m, List<Factor> factors,
                               List<OutcomeSpec> outcomes, long s, int y, int points, String table) throws IOException {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("gpsim_version", RunManifest.version());
        j.put("command", "sensitivity");
        j.put("method", m);
        j.put("scenario", RunManifest.scenarioEntry(scenario));
        if (base != null) {
            j.put("against", RunManifest.scenarioEntry(base));
        }
        if (m.equals("morris")) {
            j.put("trajectories", trajectories);
            j.put("levels", levels);
            j.put("candidates", candidates != null ? candidates : Math.min(MorrisDesign.MAX_CANDIDATES, 10 * trajectories));
        } else {
            j.put("base_samples", samples);
        }
        j.put("points", points);
        j.put("bootstrap", bootstrap);
        j.put("keys", factors.stream().map(Factor::describe).toList());
        j.put("outcomes", outcomes.stream().map(OutcomeSpec::column).toList());
        j.put("base_levels", baseLevels);
        j.put("seed", s);
        j.put("replicates", replicates);
        j.put("years", y);
        j.put("outputs", List.of(table, Sweep.RUNS, Sweep.POINTS, "charts/", SensitivityReport.FILE));
        Files.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(j) + "\n", StandardCharsets.UTF_8);
    }
}
