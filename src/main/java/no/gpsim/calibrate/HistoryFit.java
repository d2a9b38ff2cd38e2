package no.gpsim.calibrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.experiment.Replicates;
import no.gpsim.model.ModelInputs;
import no.gpsim.observe.GroupMonth;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.RunConfig;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;

/**
 * The distance between the observed national series and one run of the calibrated scenario with a
 * parameter set (docs/CALIBRATION.md): the root mean square, over the fitted periods and metrics,
 * of (model - observed) / the metric's scale. One replicate per evaluation: ABC-SMC treats the
 * run's randomness as part of the simulator.
 */
public final class HistoryFit implements AbcSmc.Model {

    private final CalibrationSpec spec;
    private final List<ObservedSeries.Target> targets;
    /** The scenario's inputs for the fit window (its data read once); each run sets its parameters on top. */
    private final ModelInputs base;

    public HistoryFit(CalibrationSpec spec) {
        this.spec = spec;
        Map<Key<?>, Object> county = new LinkedHashMap<>();
        if (spec.county() != null) {
            county.put(RunConfig.COUNTY, spec.county());
        }
        Scenario s = new ScenarioLoader().load(spec.scenario(), county);
        this.targets = ObservedSeries.targets(spec, s.start());
        int last = targets.stream().mapToInt(ObservedSeries.Target::step).max().orElse(12);
        this.base = ModelInputsReader.read(s, (last + 11) / 12);
    }

    private static final Map<String, HistoryFit> BY_FILE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The fit of a calibration file as a model that carries only the file's path and reads the file,
     * the scenario and its data once per JVM: what a Spark executor is sent.
     */
    public static AbcSmc.Model byFile(java.nio.file.Path specFile) {
        String file = specFile.toAbsolutePath().normalize().toString();
        return (theta, seed) -> BY_FILE.computeIfAbsent(file, f -> new HistoryFit(CalibrationSpec.read(
                java.nio.file.Path.of(f)))).distance(theta, seed);
    }

    List<ObservedSeries.Target> targets() {
        return targets;
    }

    @Override
    public double distance(double[] theta, long seed) {
        ReplicateResult r = Replicates.runOne(ModelInputsReader.withValues(base, values(theta)), seed, 0);
        Map<Integer, GroupMonth> national = new LinkedHashMap<>();
        for (GroupMonth g : r.months()) {
            if (g.groupType().equals("national")) {
                national.put(g.step(), g);
            }
        }
        double sum = 0;
        for (ObservedSeries.Target t : targets) {
            double model = national.get(t.step()).get(t.metric());
            double z = (model - t.value()) / spec.scales().get(t.metric());
            sum += Double.isFinite(z) ? z * z : 100;
        }
        return Math.sqrt(sum / targets.size());
    }

    /** The scenario values of a parameter set, with the calibration's county. */
    private Map<Key<?>, Object> values(double[] theta) {
        Map<Key<?>, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < theta.length; i++) {
            CalibrationSpec.Parameter p = spec.parameters().get(i);
            out.put(p.key(), p.value(theta[i]));
        }
        if (spec.county() != null) {
            out.put(RunConfig.COUNTY, spec.county());
        }
        return out;
    }
}
