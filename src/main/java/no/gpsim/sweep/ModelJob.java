package no.gpsim.sweep;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.engine.Job;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.experiment.Replicates;
import no.gpsim.experiment.YearlyValues;
import no.gpsim.model.ModelInputs;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.ParameterSchema;
import no.gpsim.scenario.ValueType;

/**
 * Runs the model at a design point and returns the chosen outcomes: the scenario with the point's
 * values on top, for the years asked, with the run's seed. With a base scenario ({@code --against})
 * the base runs too, with the same values and seed, and each outcome is scenario minus base: the
 * paired difference the scenario makes.
 *
 * <p>What it carries is serialisable (file paths, key paths, outcomes), so that a Spark executor
 * can run it: there each JVM reads the scenario and its data once (a cache keyed by file and
 * years), so the scenario files must be at the same path on every node (docs/SWEEPS.md).
 */
public final class ModelJob implements Job<PointRun, double[]> {

    private static final long serialVersionUID = 1L;

    private final String scenario;
    private final String against;
    private final int years;
    private final String[] keys;
    private final OutcomeSpec[] outcomes;
    private final boolean baseLevels;

    /**
     * @param scenario the scenario file
     * @param against the base scenario file, or null for levels rather than differences
     * @param years years simulated
     * @param keys the varied keys' paths, in the order of {@link PointRun#values()}
     * @param outcomes the outcomes returned, in order
     */
    public ModelJob(Path scenario, Path against, int years, List<String> keys, List<OutcomeSpec> outcomes) {
        this(scenario, against, years, keys, outcomes, false);
    }

    /**
     * As above; with {@code baseLevels} (and a base scenario) each run returns the differences
     * followed by the base scenario's own outcomes, from the same runs.
     */
    public ModelJob(Path scenario, Path against, int years, List<String> keys, List<OutcomeSpec> outcomes,
                    boolean baseLevels) {
        if (baseLevels && against == null) {
            throw new IllegalArgumentException("base levels need a base scenario");
        }
        this.baseLevels = baseLevels;
        this.scenario = scenario.toAbsolutePath().normalize().toString();
        this.against = against == null ? null : against.toAbsolutePath().normalize().toString();
        this.years = years;
        this.keys = keys.toArray(new String[0]);
        this.outcomes = outcomes.toArray(new OutcomeSpec[0]);
    }

    @Override
    public double[] run(PointRun task) {
        Map<Key<?>, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            Key<?> key = ParameterSchema.key(keys[i]);
            values.put(key, key.type() instanceof ValueType.Int ? (Object) Math.round(task.values()[i])
                    : (Object) task.values()[i]);
        }
        try {
            double[] out = outcomes(inputs(scenario), values, task);
            if (against != null) {
                double[] base = outcomes(inputs(against), values, task);
                for (int i = 0; i < out.length; i++) {
                    out[i] -= base[i];
                }
                if (baseLevels) {
                    double[] both = java.util.Arrays.copyOf(out, 2 * out.length);
                    System.arraycopy(base, 0, both, out.length, base.length);
                    return both;
                }
            }
            return out;
        } catch (no.gpsim.BadInputException e) {
            StringBuilder at = new StringBuilder();
            for (int i = 0; i < keys.length && keys.length <= 6; i++) {
                at.append(i == 0 ? " (" : ", ").append(keys[i]).append(" = ").append(task.values()[i])
                        .append(i == keys.length - 1 ? ")" : "");
            }
            throw new no.gpsim.BadInputException("design point " + task.point() + at + ": " + e.getMessage()
                    + "; narrow the ranges so that every combination is a valid scenario");
        }
    }

    private double[] outcomes(ModelInputs base, Map<Key<?>, Object> values, PointRun task) {
        ModelInputs inputs = values.isEmpty() ? base : ModelInputsReader.withValues(base, values);
        ReplicateResult r = Replicates.runOne(inputs, task.seed(), task.replicate());
        Map<YearlyValues.Group, Map<Integer, double[]>> yearly = YearlyValues.of(r.months(), inputs.scenario().start());
        double[] out = new double[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            out[i] = outcomes[i].value(yearly);
        }
        return out;
    }

    /** The scenario's inputs for the run's years, read once per JVM. */
    private ModelInputs inputs(String file) {
        return ModelInputsReader.readOnce(Path.of(file), years);
    }
}
