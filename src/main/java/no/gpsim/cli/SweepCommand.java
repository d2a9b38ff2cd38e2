package no.gpsim.cli;

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
import no.gpsim.experiment.Estimate;
import no.gpsim.output.RunDirectory;
import no.gpsim.output.RunManifest;
import no.gpsim.output.charts.ChartFiles;
import no.gpsim.output.charts.SweepCharts;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import no.gpsim.sweep.Design;
import no.gpsim.sweep.Factor;
import no.gpsim.sweep.ModelJob;
import no.gpsim.sweep.OutcomeSpec;
import no.gpsim.sweep.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gpsim sweep SCENARIO}: runs a design over scenario keys and writes the outcomes per run and per point. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs a design over scenario keys: a full factorial, a Latin hypercube, a Sobol sequence or a CSV.",
            "Writes runs.csv (a row per point and replicate, as runs finish), points.csv (per point: each outcome's",
            "mean and 95 %% interval over replicates), dose-response charts in charts/ (PNG and SVG) and run.json.",
            "Replicate r of every point uses seed S + r, so neighbouring points are paired. The files are the same",
            "with the local and the Spark engine."})
public final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file the design is run on.")
    Path scenarioFile;

    @Option(names = "--vary", paramLabel = "KEY=LOW:HIGH[:LEVELS]",
            description = "A key to vary and its range; LEVELS for a factorial (e.g. funding.basicGrant.adjustedRate=800:1400:7).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "factorial|lhs|sobol",
            description = "The design: factorial (default; every combination of LEVELS), lhs (Latin hypercube) or sobol.")
    String sample = "factorial";

    @Option(names = "--points", paramLabel = "N", description = "Points of an lhs or sobol design.")
    Integer points;

    @Option(names = "--design", paramLabel = "CSV", description = "A design file: one column per key (header), a row per point.")
    Path designFile;

    @Option(names = "--outcome", paramLabel = "METRIC@YEAR[-YEAR][:TYPE/GROUP]", required = true,
            description = "An outcome to record, e.g. share_without_gp@2035, recruits@2027-2035, "
                    + "share_without_gp@2035:centrality/6 (repeatable).")
    List<String> outcomeTexts;

    @Option(names = "--replicates", paramLabel = "N", description = "Replicates per point (default: the scenario's).")
    Integer replicates;

    @Mixin
    ExperimentOptions experiment;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario = new ScenarioLoader().load(scenarioFile);
        Path against = experiment.against;
        if (against != null) {
            new ScenarioLoader().load(against);
        }
        Design design = design();
        int y = experiment.years(scenario);
        int reps = replicates != null ? replicates : scenario.run().replicates();
        if (reps < 1 || reps > 10_000) {
            throw new BadInputException("--replicates: " + reps + " is out of range, expected 1 to 10000");
        }
        long s = experiment.seed(scenario);
        List<OutcomeSpec> outcomes = new ArrayList<>();
        for (String o : outcomeTexts) {
            OutcomeSpec spec1 = OutcomeSpec.parse(o);
            spec1.check(scenario.start(), y);
            outcomes.add(spec1);
        }
        List<String> keys = design.factors().stream().map(f -> f.key().path()).toList();
        ModelJob job = new ModelJob(scenarioFile, against, y, keys, outcomes);
        Path target = experiment.target("sweep", scenario);
        long runs = (long) design.points().size() * reps;
        try (RunDirectory dir = RunDirectory.create(target, experiment.force, err);
             Engine engine = engineOptions.open()) {
            err.printf(Locale.ROOT, "gpsim: sweep of %s: %s design, %d point(s) x %d replicate(s) = %d runs of %d years on %s%n",
                    scenario.name(), design.kind(), design.points().size(), reps, runs, y, engine.description());
            err.flush();
            long started = System.nanoTime();
            Sweep.Result result;
            try (Progress bar = Progress.open("sweep", runs)) {
                result = Sweep.run(engine, design, job, outcomes, s, reps, dir.path(), t -> bar.step());
            }
            int charts = writeCharts(dir.path(), result, reps);
            writeManifest(dir.path().resolve("run.json"), scenario, design, outcomes, s, reps, y);
            dir.commit();
            double wall = (System.nanoTime() - started) / 1e9;
            spec.commandLine().getOut().printf(Locale.ROOT, "gpsim: swept %d point(s) x %d replicate(s) in %.1f s (%.3f s "
                    + "per run) on %s%nOutputs in %s (runs.csv, points.csv, run.json, %d chart(s) in charts/)%n",
                    design.points().size(), reps, wall, wall / runs, engine.description(), dir.target(), charts);
        }
        return GpsimCli.OK;
    }

    private Design design() {
        List<Factor> factors = new ArrayList<>();
        if (designFile != null) {
            if (!vary.isEmpty() || points != null) {
                throw new BadInputException("--design: give the keys in the file, not with --vary or --points");
            }
            return Design.csv(designFile);
        }
        if (vary.isEmpty()) {
            throw new BadInputException("sweep: give the keys to vary with --vary KEY=LOW:HIGH[:LEVELS] or a --design file");
        }
        factors.addAll(Factor.parseAll(vary));
        switch (sample.toLowerCase(Locale.ROOT)) {
            case "factorial" -> {
                if (points != null) {
                    throw new BadInputException("--points: a factorial design takes its size from the LEVELS of --vary");
                }
                return Design.factorial(factors);
            }
            case "lhs", "sobol" -> {
                if (points == null || points < 2 || points > 1_000_000) {
                    throw new BadInputException("--points: an " + sample + " design needs --points N, 2 to 1000000");
                }
                return sample.equalsIgnoreCase("lhs") ? Design.latinHypercube(factors, points, experiment.seed == null ? 1 : experiment.seed)
                        : Design.sobol(factors, points);
            }
            default -> throw new BadInputException("--sample: " + sample + " is not a design; use factorial, lhs or sobol");
        }
    }

    private static int writeCharts(Path dir, Sweep.Result result, int reps) throws IOException {
        Path charts = dir.resolve("charts");
        Files.createDirectories(charts);
        List<String> keys = result.design().factors().stream().map(f -> f.key().path()).toList();
        boolean factorial = result.design().kind().equals("factorial");
        int n = 0;
        for (int o = 0; o < result.outcomes().size(); o++) {
            OutcomeSpec outcome = result.outcomes().get(o);
            List<SweepCharts.Point> pts = new ArrayList<>();
            for (int p = 0; p < result.design().points().size(); p++) {
                Estimate e = result.estimates().get(p)[o];
                pts.add(new SweepCharts.Point(result.design().points().get(p), e.mean(), e.low(), e.high()));
            }
            for (int x = 0; x < keys.size(); x++) {
                String stem = "dose-" + slug(keys.get(x)) + "--" + slug(outcome.column());
                ChartFiles.write(charts, stem, SweepCharts.doseResponse(keys, x, outcome.column(),
                        outcome.metric().column() + (outcome.from() == outcome.to() ? " in " + outcome.from()
                                : " " + outcome.from() + "-" + outcome.to())
                                + (outcome.metric().kind() == no.gpsim.observe.Metric.Kind.SHARE ? " (share, 0-1)" : ""),
                        pts, factorial, reps));
                n++;
            }
        }
        return n;
    }

    /** A file-name part: letters, digits, dots and dashes. */
    static String slug(String s) {
        return s.replace("@", "-at-").replace("<", "lt").replace("+", "plus").replaceAll("[^A-Za-z0-9.\\-]+", "-")
                .replaceAll("-+$", "");
    }

    private void writeManifest(Path file, Scenario scenario, Design design, List<OutcomeSpec> outcomes, long s, int reps,
                               int y) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gpsim_version", RunManifest.version());
        m.put("command", "sweep");
        m.put("scenario", RunManifest.scenarioEntry(scenario));
        if (experiment.against != null) {
            m.put("against", RunManifest.scenarioEntry(new ScenarioLoader().load(experiment.against)));
            m.put("outcomes_are", "scenario - against, paired (same values and seed)");
        }
        m.put("design", design.kind());
        m.put("factors", design.factors().stream().map(Factor::describe).toList());
        m.put("points", design.points().size());
        m.put("outcomes", outcomes.stream().map(OutcomeSpec::column).toList());
        m.put("seed", s);
        m.put("replicates", reps);
        m.put("replicate_seeds", "seed + replicate (" + s + " to " + (s + reps - 1) + "), the same at every point");
        m.put("years", y);
        m.put("outputs", List.of(Sweep.RUNS, Sweep.POINTS, "charts/"));
        Files.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
    }
}
