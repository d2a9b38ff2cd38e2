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
    private final int years;

    public HistoryFit(CalibrationSpec spec) {
        this.spec = spec;
        Scenario s = load(new double[spec.parameters().size()], true);
        this.targets = ObservedSeries.targets(spec, s.start());
        int last = targets.stream().mapToInt(ObservedSeries.Target::step).max().orElse(12);
        this.years = (last + 11) / 12;
    }

    List<ObservedSeries.Target> targets() {
        return targets;
    }

    @Override
    public double distance(double[] theta, long seed) {
        ModelInputs inputs = ModelInputsReader.read(load(theta, false), years);
        ReplicateResult r = Replicates.runOne(inputs, seed, 0);
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

    /** The scenario with a parameter set (the priors' lows when {@code anyValues}: only to read its start). */
    private Scenario load(double[] theta, boolean anyValues) {
        Map<Key<?>, Object> overrides = new LinkedHashMap<>();
        for (int i = 0; i < theta.length; i++) {
            CalibrationSpec.Parameter p = spec.parameters().get(i);
            overrides.put(p.key(), p.value(anyValues ? p.low() : theta[i]));
        }
        if (spec.county() != null) {
            overrides.put(RunConfig.COUNTY, spec.county());
        }
        return new ScenarioLoader().load(spec.scenario(), overrides);
    }
}
