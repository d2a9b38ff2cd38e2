package no.gpsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import no.gpsim.BadInputException;
import no.gpsim.data.MunicipalityData;
import no.gpsim.experiment.Comparison;
import no.gpsim.experiment.Levers;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.experiment.Summaries;
import no.gpsim.model.ModelInputs;
import no.gpsim.output.RunDirectory;
import no.gpsim.output.RunManifest;
import no.gpsim.output.RunOutputs;
import no.gpsim.output.SummaryFiles;
import no.gpsim.output.profile.Place;
import no.gpsim.output.profile.Profiles;
import no.gpsim.output.report.Report;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gpsim compare BASE OTHER...}: runs every scenario with common random numbers and writes
 * the raw outputs, the statistics, the charts and the report.
 *
 * <p>The run settings come from the first (base) scenario unless the command line overrides
 * them: another scenario that sets a different seed, horizon or replicate count is run with the
 * base's, and a note on standard error says so. Scenarios must simulate the same municipalities
 * (same data file rows and {@code data.county}); otherwise the comparison is refused.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares scenarios with the first, on common random numbers.",
            "Runs every scenario with the same seeds and compares each with the first. Writes national.csv, groups.csv,",
            "municipalities.csv (as chosen with --outputs, .csv.gz with --gzip),",
            "summary.csv, differences.csv, municipalities_summary.csv, charts/ (PNG and",
            "SVG), report.html and run.json. Seed, years and replicates come from the",
            "first scenario unless given on the command line; scenarios must simulate",
            "the same municipalities."})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "SCENARIO",
            description = "Scenario YAML files; the first is the base the others are compared with.")
    List<Path> scenarioFiles;

    @Mixin
    RunOptions options;

    @picocli.CommandLine.Option(names = "--profiles", split = ",", paramLabel = "CODE",
            description = "Also write a profile page of each of these municipalities (kommunenummer or name, separated "
                    + "by commas) into profiles/ of the output, as 'gpsim profile' does. Checked before the runs start.")
    List<String> profiles = new ArrayList<>();

    @picocli.CommandLine.Option(names = "--engine", paramLabel = "local|spark",
            description = "local (default): --threads threads here; spark: each (scenario, replicate) run on Apache Spark, "
                    + "through spark-submit or with --master (docs/SWEEPS.md). The CSV files are the same.")
    String engine;

    @picocli.CommandLine.Option(names = "--master", paramLabel = "URL",
            description = "Spark master with --engine spark: local[2], spark://HOST:7077, yarn (default: spark-submit's).")
    String master;

    @picocli.CommandLine.Option(names = "--batch", paramLabel = "N",
            description = "Runs per Spark task with --engine spark (default: chosen from the runs and cores).")
    Integer batch;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<RunOutputs.Kind> files = options.outputs();
        List<Scenario> scenarios = new ArrayList<>();
        ScenarioLoader loader = new ScenarioLoader();
        for (Path f : scenarioFiles) {
            scenarios.add(loader.load(f));
        }
        Scenario base = scenarios.get(0);
        int years = options.years(base.run().years());
        int replicates = options.replicates(base.run().replicates());
        long seed = options.seed(base.run().seed());
        int threads = options.threads();
        no.gpsim.engine.Engines.Kind kind = EngineOptions.kind(engine);
        no.gpsim.engine.Engines.check(kind, master, batch);
        noteDifferentSettings(err, scenarios);
        scenarios = uniqueNames(scenarios, err);

        List<ModelInputs> inputs = new ArrayList<>();
        for (Scenario s : scenarios) {
            ModelInputs in = ModelInputsReader.read(s, years);
            if (!inputs.isEmpty()) {
                checkSameMunicipalities(inputs.get(0), in);
            }
            inputs.add(in);
            RunOptions.notePoliciesAfterHorizon(err, s, years);
        }
        List<String> names = new ArrayList<>();
        scenarios.forEach(s -> names.add(s.name()));
        List<String> profileCodes = profileCodes(files, inputs.get(0));

        Path target = options.out != null ? options.out : defaultOut();
        no.gpsim.experiment.PosteriorDraws posterior = options.posteriorDraws();
        try (RunDirectory dir = RunDirectory.create(target, options.force, spec.commandLine().getErr())) {
            long start = System.nanoTime();
            Summaries summaries = new Summaries(names, inputs);
            no.gpsim.experiment.CostEffectiveness costs = new no.gpsim.experiment.CostEffectiveness(names);
            List<RunOutputs.Source> sources = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                sources.add(new RunOutputs.Source(names.get(i), inputs.get(i).municipalities(),
                        inputs.get(i).scenario().start()));
            }
            List<String> outputs;
            try (RunOutputs raw = RunOutputs.open(dir.path(), sources, files, options.gzip);
                 Progress progress = Progress.open("compare", (long) scenarios.size() * replicates)) {
                Comparison.Sink sink = (s, result) -> {
                    raw.accept(s, result);
                    summaries.add(s, result);
                    costs.add(s, result);
                };
                if (kind == no.gpsim.engine.Engines.Kind.SPARK) {
                    try (no.gpsim.engine.Engine spark = no.gpsim.engine.Engines.create(kind, threads, master,
                            batch == null ? 0 : batch)) {
                        threads = spark.parallelism();
                        Comparison.stream(spark, new no.gpsim.experiment.ReplicateJob(scenarioFiles, years,
                                options.posterior), scenarios.size(), seed, replicates, (s, r) -> progress.step(), sink);
                    }
                } else {
                    Comparison.stream(inputs, seed, replicates, threads, (s, r) -> progress.step(), sink, posterior);
                }
                outputs = new ArrayList<>(raw.finish());
            }
            double simulated = (System.nanoTime() - start) / 1e9;
            SummaryFiles.write(dir.path(), summaries);
            costs.write(dir.path(), names.get(0));
            outputs.addAll(List.of(SummaryFiles.SUMMARY, SummaryFiles.DIFFERENCES, SummaryFiles.MUNICIPALITIES_SUMMARY,
                    no.gpsim.experiment.CostEffectiveness.FILE,
                    Report.CHARTS_DIR + "/", Report.REPORT));
            if (!profileCodes.isEmpty()) {
                outputs.add(Profiles.DIR + "/");
            }
            double wall = (System.nanoTime() - start) / 1e9;
            RunManifest.write(dir.path().resolve("run.json"), "compare", manifestEntries(scenarios), seed, replicates,
                    years, threads, wall, outputs, posterior == null ? null : posterior.file());
            Report.Result report = Report.generate(dir.path());
            List<String> pages = new ArrayList<>();
            if (!profileCodes.isEmpty()) {
                List<Profiles.Request> requests = new ArrayList<>();
                profileCodes.forEach(c -> requests.add(new Profiles.Request(Place.Kind.MUNICIPALITY, c)));
                Profiles.write(dir.path(), requests, null).forEach(w -> pages.add(w.file().getFileName().toString()));
            }
            dir.commit();
            out.printf(java.util.Locale.ROOT,
                    "gpsim: compared %d scenario(s), %d replicate(s) x %d years each, in %.1f s (%.1f s simulating) on %d thread(s)%n",
                    scenarios.size(), replicates, years, (System.nanoTime() - start) / 1e9, simulated, threads);
            report.headline().forEach(out::println);
            out.printf("%nOutputs in %s (report.html, %d charts and %d maps in charts/)%n", dir.target(), report.charts(),
                    report.maps());
            if (!pages.isEmpty()) {
                out.printf("Profiles in %s: %s%n", dir.target().resolve(Profiles.DIR), String.join(", ", pages));
            }
        }
        return GpsimCli.OK;
    }

    /**
     * The municipalities of --profiles as codes, checked against the base's municipalities before
     * anything runs; profiles need the per-replicate municipalities file.
     */
    private List<String> profileCodes(Set<RunOutputs.Kind> files, ModelInputs base) {
        if (profiles.isEmpty()) {
            return List.of();
        }
        if (!files.contains(RunOutputs.Kind.MUNICIPALITIES)) {
            throw new BadInputException("--profiles needs the per-replicate municipalities file: add municipalities to "
                    + "--outputs");
        }
        return Profiles.codes(base.municipalities(), profiles, "--profiles");
    }

    /** run.json entries: name, files and hashes, description, and the levers against the base. */
    static List<Map<String, Object>> manifestEntries(List<Scenario> scenarios) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Scenario base = scenarios.get(0);
        for (Scenario s : scenarios) {
            Map<String, Object> e = new LinkedHashMap<>(RunManifest.scenarioEntry(s));
            e.put("description", s.description());
            List<Map<String, Object>> levers = new ArrayList<>();
            if (s != base) {
                for (Levers.Lever l : Levers.between(base, s)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("from", l.from().toString());
                    m.put("key", l.key());
                    m.put("base", l.baseValue());
                    m.put("value", l.value());
                    levers.add(m);
                }
            }
            e.put("levers_vs_base", levers);
            List<Map<String, Object>> policies = new ArrayList<>();
            for (Scenario.Policy p : s.policies()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("from", p.from().toString());
                Map<String, String> changes = new LinkedHashMap<>();
                p.changes().forEach((k, v) -> changes.put(k.path(), render(k, v)));
                m.put("changes", changes);
                policies.add(m);
            }
            e.put("policies", policies);
            entries.add(e);
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static <T> String render(Key<T> key, Object value) {
        return key.type().render((T) value);
    }

    /** Says on standard error when a scenario's own run settings are overridden by the base's. */
    private void noteDifferentSettings(PrintWriter err, List<Scenario> scenarios) {
        Scenario base = scenarios.get(0);
        for (Scenario s : scenarios.subList(1, scenarios.size())) {
            List<String> diffs = new ArrayList<>();
            if (options.seed == null && s.run().seed() != base.run().seed()) {
                diffs.add("seed " + s.run().seed());
            }
            if (options.years == null && s.run().years() != base.run().years()) {
                diffs.add("years " + s.run().years());
            }
            if (options.replicates == null && s.run().replicates() != base.run().replicates()) {
                diffs.add("replicates " + s.run().replicates());
            }
            if (!diffs.isEmpty()) {
                err.printf("gpsim: note: %s sets %s; the comparison uses the base's (%s: seed %d, years %d, replicates %d)%n",
                        s.file().getFileName(), String.join(", ", diffs), base.file().getFileName(), base.run().seed(),
                        base.run().years(), base.run().replicates());
            }
        }
        err.flush();
    }


    /** Gives a second scenario of the same name the suffix -2 (then -3, ...), so outputs can tell them apart. */
    static List<Scenario> uniqueNames(List<Scenario> scenarios, PrintWriter err) {
        Set<String> used = new HashSet<>();
        scenarios.forEach(s -> used.add(s.name()));
        Set<String> seen = new HashSet<>();
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (seen.add(s.name())) {
                out.add(s);
                continue;
            }
            int k = 2;
            while (used.contains(s.name() + "-" + k)) {
                k++;
            }
            String name = s.name() + "-" + k;
            used.add(name);
            seen.add(name);
            err.printf("gpsim: note: %s is given more than once; its later copy is called %s in the outputs%n", s.name(), name);
            out.add(new Scenario(name, s.description(), s.file(), s.sha256(), s.values(), s.timeline(), s.policies()));
        }
        err.flush();
        return out;
    }

    private static void checkSameMunicipalities(ModelInputs base, ModelInputs other) {
        if (!base.scenario().start().equals(other.scenario().start())) {
            throw new BadInputException(other.scenario().file() + ": starts in " + other.scenario().start() + ", "
                    + base.scenario().file() + " in " + base.scenario().start() + "; compared scenarios need the same start");
        }
        List<String> a = codes(base.municipalities());
        List<String> b = codes(other.municipalities());
        if (!a.equals(b)) {
            throw new BadInputException(other.scenario().file() + ": simulates other municipalities than "
                    + base.scenario().file() + " (" + b.size() + " against " + a.size()
                    + "); compared scenarios need the same data file and data.county");
        }
    }

    private static List<String> codes(List<MunicipalityData> municipalities) {
        List<String> out = new ArrayList<>();
        municipalities.forEach(m -> out.add(m.code()));
        return out;
    }

    static Path defaultOut() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("output", "compare-" + stamp);
    }
}
