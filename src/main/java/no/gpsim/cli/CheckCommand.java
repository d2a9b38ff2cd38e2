package no.gpsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import no.gpsim.BadInputException;
import no.gpsim.check.CheckReport;
import no.gpsim.check.Comparison;
import no.gpsim.check.ExpectedFile;
import no.gpsim.check.MetricTable;
import no.gpsim.check.Mode;
import no.gpsim.check.OutputHash;
import no.gpsim.check.RunFacts;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.model.ModelInputs;
import no.gpsim.output.RunDirectory;
import no.gpsim.output.RunManifest;
import no.gpsim.output.RunOutputs;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gpsim check SCENARIO}: reruns a scenario with the seed, replicates and years recorded in
 * its expected-results file and compares the checked metrics with it; {@code --update} rewrites
 * the file. The run's CSVs, run.json and check.json go to an output directory either way, so a
 * pipeline can keep them when the check fails.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks a scenario against its committed expected results (a regression check for pipelines).",
            "Reruns the scenario with the seed, replicates and years recorded in the expected file and compares GPs, vacant "
                + "lists, share without a GP, list length, on-call hours, recruits, exits and costs (national and per "
                + "centrality class; first, middle and last year) with it.",
            "Exit 0 when every metric passes, 1 when any fails (a table shows them, with the command that refreshes the "
                + "file), 2 on bad input, including a missing expected file (create it with --update)."})
public final class CheckCommand implements Callable<Integer> {

    /**
     * Replicates of a new expected file unless --replicates says otherwise. With 20, a 20 % shift
     * of the national share without a GP or of vacant lists in every checked year fails the
     * statistical check (Welch's t-test, Holm-corrected, alpha 0.01) 19 times in 20 or more; the
     * committed national file has 30 (a shift in a single year too, about 25 s on 2 cores) and the
     * one-county Troms file 100 (its shares are noisier). The measurements are in
     * docs/REGRESSION.md.
     */
    static final int DEFAULT_REPLICATES = 20;

    /** Family-wise level of the test for shifts beyond noise; see {@link Comparison#DEFAULT_ALPHA}. */
    static final String DEFAULT_ALPHA = "0.01";

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenarioFile;

    @Option(names = "--expected", paramLabel = "FILE",
            description = "Expected-results file (default: expected/<scenario name>.json beside the scenario file).")
    Path expected;

    @Option(names = "--update", description = "Run and rewrite the expected file instead of checking, and print what moved.")
    boolean update;

    @Option(names = "--tolerance", paramLabel = "MODE", defaultValue = "exact",
            description = "exact: every value to the last printed digit and the outputs hash (default); statistical: "
                    + "fails only on shifts beyond noise (Welch's t-test of each mean, Holm-corrected over all metrics).")
    String tolerance;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = DEFAULT_ALPHA,
            description = "Family-wise level of the test for shifts beyond noise: a rerun on other random draws fails the "
                    + "statistical check at most this often (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed instead of the recorded one: with --update, the seed to record (default: the old file's, "
                    + "else the scenario's); without, a rerun on other random draws (exact mode then fails).")
    Long seed;

    @Option(names = "--replicates", paramLabel = "N",
            description = "With --update only: replicates to record (default: the old file's, else " + DEFAULT_REPLICATES + ").")
    Integer replicates;

    @Option(names = "--years", paramLabel = "Y",
            description = "With --update only: years to record (default: the old file's, else the scenario's).")
    Integer years;

    @Option(names = "--threads", paramLabel = "T",
            description = "Replicates run in parallel on T threads (default: all cores). Results do not depend on T.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory for the CSVs, run.json and check.json (default: output/check-<scenario>-<timestamp>).")
    Path out;

    @Option(names = "--force", description = "Replace the output directory if it exists.")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        Mode mode = mode();
        if (!(alpha > 0 && alpha <= 0.5)) {
            throw new BadInputException("--alpha: " + alpha + " is out of range, expected more than 0 and at most 0.5");
        }
        Scenario scenario = new ScenarioLoader().load(scenarioFile);
        Path scenarioDir = scenarioFile.getParent() != null ? scenarioFile.getParent() : Path.of("");
        Path expectedFile = expected != null ? expected : scenarioDir.resolve("expected").resolve(scenario.name() + ".json");
        String refresh = refreshCommand(expected);
        ExpectedFile old = null;
        if (!update || Files.exists(expectedFile)) {
            try {
                old = ExpectedFile.read(expectedFile, refresh);
            } catch (BadInputException e) {
                if (!update) {
                    throw e;
                }
                pw.println("note: replacing an unreadable expected file: " + e.getMessage().replaceFirst("; regenerate it.*", ""));
            }
        }
        if (!update && (replicates != null || years != null)) {
            throw new BadInputException("--replicates and --years go with --update only; a check runs the replicates and years "
                    + "recorded in " + expectedFile);
        }
        if (update && old != null && !old.scenario().equals(scenario.name())) {
            throw new BadInputException(expectedFile + ": holds the expected results of scenario '" + old.scenario()
                    + "', not '" + scenario.name() + "'; give another --expected file or delete this one first");
        }
        long runSeed = seed != null ? seed : old != null ? old.seed() : scenario.run().seed();
        int runReplicates = replicates != null ? replicates : old != null ? old.replicates() : DEFAULT_REPLICATES;
        int runYears = years != null ? years : old != null ? old.years() : scenario.run().years();
        int runThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        validate(runSeed, runReplicates, runYears, runThreads);

        ModelInputs inputs = ModelInputsReader.read(scenario, runYears);
        Path target = out != null ? out : RunCommand.defaultOut("check-" + scenario.name());
        try (RunDirectory dir = RunDirectory.create(target, force, spec.commandLine().getErr())) {
            pw.printf(java.util.Locale.ROOT, "gpsim check: %s against %s, %s%n", scenario.name(), expectedFile,
                    update ? "update" : mode.label() + " mode" + (mode == Mode.STATISTICAL
                            ? " (family-wise alpha " + CheckReport.number(alpha) + ")" : ""));
            pw.flush();
            long start = System.nanoTime();
            // all three files, uncompressed: the outputs hash covers them
            MetricTable.Builder checked = new MetricTable.Builder(scenario.start(), runYears, runReplicates);
            try (RunOutputs files = RunOutputs.open(dir.path(), List.of(new RunOutputs.Source(scenario.name(),
                    inputs.municipalities(), scenario.start())), EnumSet.allOf(RunOutputs.Kind.class), false)) {
                no.gpsim.experiment.Comparison.stream(List.of(inputs), runSeed, runReplicates, runThreads, (s, r) -> { },
                        (s, result) -> {
                            files.accept(s, result);
                            checked.add(result);
                        });
                files.finish();
            }
            MetricTable table = checked.build();
            RunFacts facts = RunFacts.of(scenario, expectedFile.toAbsolutePath().getParent(), runSeed, runReplicates, runYears,
                    OutputHash.of(dir.path()));
            double wall = (System.nanoTime() - start) / 1e9;
            RunManifest.write(dir.path().resolve("run.json"), "check", List.of(RunManifest.scenarioEntry(scenario)), runSeed,
                    runReplicates, runYears, runThreads, wall, List.of(RunOutputs.NATIONAL, RunOutputs.GROUPS,
                            RunOutputs.MUNICIPALITIES, "check.json"));
            Map<String, Object> run = runEntry(scenario, expectedFile, mode, runSeed, runReplicates, runYears, wall);
            pw.printf(java.util.Locale.ROOT, "ran %d replicate(s) x %d years, seed %d, in %.1f s on %d thread(s)%n",
                    runReplicates, runYears, runSeed, wall, runThreads);
            if (update) {
                ExpectedFile fresh = ExpectedFile.of(facts, table);
                Comparison.Result moved = old == null ? null : Comparison.compare(old, facts, table, Mode.STATISTICAL, alpha);
                CheckReport.writeJson(dir.path().resolve("check.json"), run, moved, refresh, true);
                dir.commit();
                fresh.write(expectedFile);
                CheckReport.printUpdate(pw, expectedFile, moved);
                pw.println("Outputs in " + dir.target());
                return GpsimCli.OK;
            }
            Comparison.Result result = Comparison.compare(old, facts, table, mode, alpha);
            boolean own = old.scenario().equals(scenario.name());
            if (!own) {
                refresh = refreshCommand(null); // --update refuses another scenario's file: name the scenario's own
            }
            CheckReport.writeJson(dir.path().resolve("check.json"), run, result, refresh, false);
            dir.commit();
            CheckReport.print(pw, result, dir.target(), own ? "If the change was intended, refresh the expected file with:"
                    : "The expected file belongs to scenario '" + old.scenario() + "'; to record " + scenario.name()
                    + "'s own expected results instead:", refresh);
            return result.passed() ? GpsimCli.OK : GpsimCli.CHECK_FAILED;
        }
    }

    private Mode mode() {
        return switch (tolerance) {
            case "exact" -> Mode.EXACT;
            case "statistical" -> Mode.STATISTICAL;
            default -> throw new BadInputException("--tolerance: '" + tolerance + "' is not exact or statistical");
        };
    }

    private static void validate(long seed, int replicates, int years, int threads) {
        if (seed < 0) {
            throw new BadInputException("--seed: " + seed + " is negative");
        }
        if (replicates < 2 || replicates > 10_000) {
            throw new BadInputException("--replicates: " + replicates + " is out of range, expected 2 to 10000 "
                    + "(a 95 % interval needs at least 2)");
        }
        if (years < 1 || years > 50) {
            throw new BadInputException("--years: " + years + " is out of range, expected 1 to 50");
        }
        if (threads < 1 || threads > 1024) {
            throw new BadInputException("--threads: " + threads + " is out of range, expected 1 to 1024");
        }
    }

    /** The command that rewrites the expected file ({@code expectedOption}, or the default one when null), as typed here. */
    String refreshCommand(Path expectedOption) {
        List<String> words = new ArrayList<>();
        words.add(Files.isRegularFile(Path.of("gpsim")) && Files.isExecutable(Path.of("gpsim")) ? "./gpsim" : "gpsim");
        words.add("check");
        words.add(quote(scenarioFile.toString()));
        if (expectedOption != null) {
            words.add("--expected");
            words.add(quote(expectedOption.toString()));
        }
        words.add("--update");
        return String.join(" ", words);
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private Map<String, Object> runEntry(Scenario scenario, Path expectedFile, Mode mode, long seed, int replicates, int years,
                                         double wall) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", "check");
        m.put("scenario", RunManifest.scenarioEntry(scenario));
        m.put("expected_file", expectedFile.toAbsolutePath().normalize().toString());
        m.put("mode", update ? "update" : mode.label());
        m.put("alpha", alpha); // exact mode and updates mark the shifts beyond noise with it
        m.put("seed", seed);
        m.put("replicates", replicates);
        m.put("years", years);
        m.put("wall_time_s", Math.round(wall * 1000) / 1000.0);
        return m;
    }
}
