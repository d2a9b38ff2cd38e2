package no.gpsim.calibrate;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.gpsim.BadInputException;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.experiment.Replicates;
import no.gpsim.model.ModelInputs;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import no.gpsim.observe.MunicipalityYear;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.RunConfig;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;

/**
 * The distance between the observed history and one run of the calibrated scenario with a
 * parameter set (docs/CALIBRATION.md): the root mean square of (model - observed) / scale over the
 * fitted national periods and metrics, the observed flows and the municipal panel's classes. One
 * replicate per evaluation: ABC-SMC treats the run's randomness as part of the simulator.
 */
public final class HistoryFit implements AbcSmc.Model {

    private final CalibrationSpec spec;
    private final List<ObservedSeries.Target> targets;
    private final List<ObservedSeries.PanelTarget> panel;
    /** Each flow's first and last step. */
    private final int[][] flowSteps;
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
        flowSteps = new int[spec.flows().size()][];
        for (int i = 0; i < flowSteps.length; i++) {
            CalibrationSpec.Flow f = spec.flows().get(i);
            flowSteps[i] = new int[] {ObservedSeries.step(s.start(), f.from()), ObservedSeries.step(s.start(), f.to())};
            if (flowSteps[i][0] < 1) {
                throw new BadInputException(spec.file() + ": flows: " + f.name() + " starts in " + f.from()
                        + ", before the scenario's start " + s.start());
            }
            last = Math.max(last, flowSteps[i][1]);
        }
        if (spec.panel() != null) {
            for (int year : spec.panel().years()) {
                int step = ObservedSeries.step(s.start(), YearMonth.of(year, 12));
                if (step < 12 || (step - 12) % 12 != 0) {
                    throw new BadInputException(spec.file() + ": panel: the end of " + year
                            + " is not the end of a simulated year of a scenario that starts in " + s.start());
                }
                last = Math.max(last, step);
            }
        }
        this.base = ModelInputsReader.read(s, (last + 11) / 12);
        this.panel = spec.panel() == null ? List.of() : ObservedSeries.panelTargets(spec.panel(), base.municipalities());
    }

    private static final Map<String, HistoryFit> BY_FILE = new ConcurrentHashMap<>();

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

    List<ObservedSeries.PanelTarget> panelTargets() {
        return panel;
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
            sum += square((model - t.value()) / spec.scales().get(t.metric()));
        }
        for (int i = 0; i < flowSteps.length; i++) {
            CalibrationSpec.Flow f = spec.flows().get(i);
            double model = 0;
            for (int step = flowSteps[i][0]; step <= flowSteps[i][1]; step++) {
                for (Metric m : f.metrics()) {
                    model += national.get(step).get(m);
                }
            }
            sum += square((model - f.value()) / f.scale());
        }
        if (!panel.isEmpty()) {
            Map<Integer, double[][]> byYear = new HashMap<>();
            for (MunicipalityYear y : r.years()) {
                if (!spec.panel().years().contains(y.year())) {
                    continue;
                }
                byYear.computeIfAbsent(y.year(), k -> new double[base.municipalities().size()][])[y.municipality()] =
                        y.values();
            }
            int share = Metric.SHARE_WITHOUT_GP.ordinal();
            for (ObservedSeries.PanelTarget t : panel) {
                double[][] year = byYear.get(t.year());
                double num = 0;
                double den = 0;
                for (int i = 0; i < t.municipalities().length; i++) {
                    num += t.weights()[i] * year[t.municipalities()[i]][share];
                    den += t.weights()[i];
                }
                sum += square((num / den - t.value()) / spec.panel().scale());
            }
        }
        return Math.sqrt(sum / (targets.size() + flowSteps.length + panel.size()));
    }

    /** A standardised miss squared; a run that cannot be read (NaN) counts as a miss of 10 units. */
    private static double square(double z) {
        return Double.isFinite(z) ? z * z : 100;
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
