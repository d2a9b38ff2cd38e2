package no.gpsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import no.gpsim.BadInputException;
import no.gpsim.calibrate.AbcSmc;
import no.gpsim.calibrate.CalibrationSpec;
import no.gpsim.calibrate.HistoryFit;
import no.gpsim.engine.Engine;
import no.gpsim.calibrate.Posterior;
import no.gpsim.observe.Metric;
import no.gpsim.output.RunManifest;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gpsim calibrate}: fits the calibrated keys of a calibration file by ABC-SMC against the
 * observed national series of its fit window (docs/CALIBRATION.md), with a checkpoint after each
 * generation so an interrupted run resumes where it stopped.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits the calibrated parameters of a calibration file (ABC-SMC) to the observed series.",
            "Writes generation-K.csv after each generation (a checkpoint), posterior.csv (the last generation's",
            "weighted parameter sets) and calibration.json (settings, data hashes, tolerances, posterior",
            "summary, run time). Runs are spread over the threads; the result does not depend on their number."})
public final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CALIBRATION", description = "Calibration YAML file.")
    Path specFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: output/calibration-<file name>).")
    Path out;

    @Option(names = "--resume", description = "Continue the run in --out from its last finished generation.")
    boolean resume;

    @Option(names = "--force", description = "Start afresh even if --out holds an earlier run (its files are replaced).")
    boolean force;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--particles", paramLabel = "N", description = "Particles per generation instead of the file's.")
    Integer particles;

    @Option(names = "--generations", paramLabel = "G", description = "Generations after the first instead of the file's.")
    Integer generations;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CalibrationSpec cs = CalibrationSpec.read(specFile);
        AbcSmc.Settings s = cs.settings();
        if (particles != null || generations != null) {
            s = new AbcSmc.Settings(particles != null ? particles : s.particles(),
                    generations != null ? generations : s.generations(), s.quantile(), s.seed(), s.batch(),
                    s.maxEvaluations());
        }
        String name = cs.file().getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path dir = out != null ? out : Path.of("output", "calibration-" + name);
        List<AbcSmc.Generation> done = previous(dir, cs.keys());
        if (!done.isEmpty() && !resume && !force) {
            throw new BadInputException(dir + " holds " + done.size() + " finished generation(s) of an earlier run; "
                    + "add --resume to continue it or --force to start afresh");
        }
        if (force && !resume) {
            done = List.of();
        }
        Files.createDirectories(dir);
        Scenario scenario = new ScenarioLoader().load(cs.scenario());
        long started = System.nanoTime();
        Engine engine = engineOptions.open();
        String on = engine.description();
        err.printf("gpsim: calibrating %d parameter(s) of %s against %s up to %s: %d particles, %d generations, "
                + "on %s%s%n", cs.parameters().size(), scenario.name(), cs.observed().getFileName(), cs.fitUntil(),
                s.particles(), s.generations(), on, done.isEmpty() ? "" : ", resuming after generation "
                        + (done.size() - 1));
        err.flush();
        List<String> keys = cs.keys();
        final Progress[] bar = {null};
        final int[] shown = {0};
        List<AbcSmc.Generation> all;
        try {
            all = new AbcSmc(cs.priors(), HistoryFit.byFile(cs.file()), s, engine).run(done, new AbcSmc.Listener() {
                @Override
                public void evaluated(int generation, int accepted, long evaluations) {
                    if (bar[0] == null) {
                        bar[0] = Progress.open("generation " + generation, cs.settings().particles());
                        shown[0] = 0;
                    }
                    while (shown[0] < accepted) {
                        bar[0].step();
                        shown[0]++;
                    }
                }

                @Override
                public void finished(AbcSmc.Generation g) {
                    if (bar[0] != null) {
                        bar[0].close();
                        bar[0] = null;
                    }
                    try {
                        Path tmp = dir.resolve(".generation-" + g.index() + ".csv.tmp");
                        Posterior.of(g).write(tmp, keys);
                        Files.move(tmp, dir.resolve("generation-" + g.index() + ".csv"), StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    err.printf(Locale.ROOT, "gpsim: generation %d: tolerance %.4g, %d simulations, %.1f %% kept, %.0f s%n",
                            g.index(), g.epsilon(), g.evaluations(), 100 * g.acceptance(),
                            (System.nanoTime() - started) / 1e9);
                    err.flush();
                }
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
            engine.close();
        }
        AbcSmc.Generation last = all.get(all.size() - 1);
        Posterior post = Posterior.of(last);
        post.write(dir.resolve("posterior.csv"), keys);
        double seconds = (System.nanoTime() - started) / 1e9;
        writeManifest(dir.resolve("calibration.json"), cs, scenario, s, on, all, post, seconds);
        outWriter.printf("%nPosterior after generation %d (%d particles, tolerance %.4g):%n", last.index(),
                last.particles().size(), last.epsilon());
        outWriter.printf("%-40s %12s %12s %12s %12s%n", "key", "prior", "median", "5 %", "95 %");
        for (int i = 0; i < keys.size(); i++) {
            CalibrationSpec.Parameter p = cs.parameters().get(i);
            outWriter.printf(Locale.ROOT, "%-40s %12s %12.4g %12.4g %12.4g%n", keys.get(i),
                    String.format(Locale.ROOT, "%.3g-%.3g", p.low(), p.high()), post.quantile(i, 0.5),
                    post.quantile(i, 0.05), post.quantile(i, 0.95));
        }
        if (all.size() <= s.generations()) {
            outWriter.printf("Stopped after generation %d: the next could not keep %d particles within %d simulations.%n",
                    last.index(), s.particles(), s.maxEvaluations());
        }
        outWriter.printf("%nOutputs in %s (%.0f s)%n", dir, seconds);
        outWriter.flush();
        return 0;
    }

    /** The finished generations in {@code dir}, in order (none if it has none). */
    private static List<AbcSmc.Generation> previous(Path dir, List<String> keys) throws IOException {
        List<AbcSmc.Generation> out = new ArrayList<>();
        for (int g = 0; Files.exists(dir.resolve("generation-" + g + ".csv")); g++) {
            out.add(Posterior.read(dir.resolve("generation-" + g + ".csv"), keys).generation());
        }
        return out;
    }

    private static void writeManifest(Path file, CalibrationSpec cs, Scenario scenario, AbcSmc.Settings s, String engine,
                                      List<AbcSmc.Generation> all, Posterior post, double seconds) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gpsim_version", RunManifest.version());
        m.put("calibration_file", cs.file().toString());
        m.put("calibration_sha256", RunManifest.sha256(cs.file()));
        m.put("scenario", RunManifest.scenarioEntry(scenario));
        m.put("observed_file", cs.observed().toString());
        m.put("observed_sha256", RunManifest.sha256(cs.observed()));
        m.put("method", "ABC-SMC (Toni et al. 2009; Beaumont et al. 2009 weights and kernel; adaptive tolerance)");
        m.put("fit_until", cs.fitUntil().toString());
        m.put("periods", cs.periods());
        Map<String, Double> scales = new LinkedHashMap<>();
        cs.scales().forEach((k, v) -> scales.put(k.column(), v));
        m.put("scales", scales);
        if (cs.panel() != null) {
            Map<String, Object> panel = new LinkedHashMap<>();
            panel.put("observed_file", cs.panel().observed().toString());
            panel.put("observed_sha256", RunManifest.sha256(cs.panel().observed()));
            panel.put("years", cs.panel().years());
            panel.put("scale", cs.panel().scale());
            m.put("panel", panel);
        }
        List<Map<String, Object>> flows = new ArrayList<>();
        for (CalibrationSpec.Flow f : cs.flows()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", f.name());
            e.put("metrics", f.metrics().stream().map(Metric::column).toList());
            e.put("from", f.from().toString());
            e.put("to", f.to().toString());
            e.put("value", f.value());
            e.put("scale", f.scale());
            flows.add(e);
        }
        m.put("flows", flows);
        m.put("seed", s.seed());
        m.put("particles", s.particles());
        m.put("generations", s.generations());
        m.put("quantile", s.quantile());
        m.put("batch", s.batch());
        m.put("engine", engine);
        List<Map<String, Object>> gens = new ArrayList<>();
        for (AbcSmc.Generation g : all) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("generation", g.index());
            e.put("tolerance", Double.isInfinite(g.epsilon()) ? "inf" : g.epsilon());
            e.put("simulations", g.evaluations());
            e.put("kept", g.particles().size());
            gens.add(e);
        }
        m.put("generation_log", gens);
        List<Map<String, Object>> params = new ArrayList<>();
        for (int i = 0; i < cs.parameters().size(); i++) {
            CalibrationSpec.Parameter p = cs.parameters().get(i);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("key", p.key().path());
            e.put("prior", List.of(p.low(), p.high()));
            e.put("median", post.quantile(i, 0.5));
            e.put("q05", post.quantile(i, 0.05));
            e.put("q95", post.quantile(i, 0.95));
            e.put("mean", post.mean(i));
            params.add(e);
        }
        m.put("posterior", params);
        m.put("wall_time_s", Math.round(seconds * 10) / 10.0);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
    }
}
