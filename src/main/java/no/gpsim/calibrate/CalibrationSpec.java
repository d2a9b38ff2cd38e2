package no.gpsim.calibrate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gpsim.observe.Metric;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.Location;
import no.gpsim.scenario.ParameterSchema;
import no.gpsim.scenario.ScenarioException;
import no.gpsim.scenario.ValueType;
import no.gpsim.scenario.YamlNode;
import no.gpsim.scenario.YamlReader;

/**
 * A calibration as written in its YAML file (docs/CALIBRATION.md): the scenario to fit, the fit
 * window, the method's settings, the calibrated keys with their uniform priors, and the observed
 * series with the scale of a miss for each metric.
 *
 * @param file the calibration file, absolute
 * @param scenario the scenario to run, resolved against the file
 * @param observed the national series (gp_national_by_year.csv), resolved against the file
 * @param county a county to run instead of the whole country (tests), or null
 * @param fitUntil the last month of the fit window; later data stay out of the fit
 * @param periods the observed periods fitted, each with the step at which the model is read
 * @param scales the metrics fitted and the size of a miss counted as one unit of distance
 * @param panel the municipal panel fitted (shares without a GP by centrality class), or null
 * @param flows the observed flows fitted (sums of a flow metric over a window of months)
 * @param parameters the calibrated keys with their priors
 * @param settings the ABC-SMC settings
 */
public record CalibrationSpec(Path file, Path scenario, Path observed, String county, YearMonth fitUntil,
                              List<String> periods, Map<Metric, Double> scales, Panel panel, List<Flow> flows,
                              List<Parameter> parameters, AbcSmc.Settings settings) {

    /** The flow metrics a flow target may sum. */
    static final Set<Metric> FLOW_METRICS = EnumSet.of(Metric.RECRUITS, Metric.ENTRANTS,
            Metric.EXITS_RETIREMENT, Metric.EXITS_OTHER, Metric.RELOCATIONS);

    /**
     * The municipal panel: the share of patients on lists without a GP at the end of each year, by
     * municipality (gp_trend_by_municipality.csv), fitted as each centrality class's mean over the
     * municipalities the data cover, weighted by residents.
     *
     * @param observed the panel file, resolved against the calibration file
     * @param years the year ends fitted
     * @param scale the size of a miss counted as one unit of distance (a share)
     */
    public record Panel(Path observed, List<Integer> years, double scale) { }

    /**
     * An observed flow: the sum of one or more flow metrics over the months from {@code from} to
     * {@code to}, both included.
     *
     * @param name a name for messages and the manifest
     * @param metrics the flow metrics summed
     * @param from first month
     * @param to last month
     * @param value the observed sum
     * @param scale the size of a miss counted as one unit of distance
     */
    public record Flow(String name, List<Metric> metrics, YearMonth from, YearMonth to, double value, double scale) { }

    /** A calibrated key and its uniform prior. */
    public record Parameter(Key<?> key, double low, double high) {
        /** The scenario value for a parameter value (whole numbers for whole-number keys). */
        Object value(double theta) {
            return key.type() instanceof ValueType.Int ? (Object) Math.round(theta) : (Object) theta;
        }

        AbcSmc.Prior prior() {
            return new AbcSmc.Prior(key.path(), low, high);
        }
    }

    public List<AbcSmc.Prior> priors() {
        List<AbcSmc.Prior> out = new ArrayList<>();
        parameters.forEach(p -> out.add(p.prior()));
        return out;
    }

    public List<String> keys() {
        List<String> out = new ArrayList<>();
        parameters.forEach(p -> out.add(p.key().path()));
        return out;
    }

    /** Reads and checks a calibration file; errors name the file, line and key. */
    public static CalibrationSpec read(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        YamlNode.Mapping root = new YamlReader().read(abs);
        Map<String, YamlNode.Mapping.Entry> e = root.entries();
        for (String k : e.keySet()) {
            if (!List.of("scenario", "observed", "county", "fitUntil", "periods", "scales", "panel", "flows",
                    "parameters", "particles",
                    "generations", "quantile", "seed", "batch", "maxEvaluationsPerGeneration").contains(k)) {
                throw new ScenarioException(e.get(k).keyLocation(), k + ": unknown calibration key");
            }
        }
        Path scenario = abs.getParent().resolve(text(root, "scenario")).normalize();
        Path observed = abs.getParent().resolve(text(root, "observed")).normalize();
        String county = e.containsKey("county") ? text(root, "county") : null;
        YearMonth fitUntil = month(root, "fitUntil", "fitUntil");
        List<String> periods = new ArrayList<>();
        for (YamlNode n : sequence(root, "periods").items()) {
            periods.add(scalar(n, "periods"));
        }
        Map<Metric, Double> scales = new LinkedHashMap<>();
        YamlNode.Mapping sm = mapping(node(root, "scales"), "scales");
        sm.entries().forEach((name, entry) -> {
            Metric m = Metric.byColumn(name);
            if (m == null || !ObservedSeries.FITTABLE.contains(m)) {
                throw new ScenarioException(entry.keyLocation(), "scales." + name + ": not a fittable metric; one of "
                        + ObservedSeries.FITTABLE.stream().map(Metric::column).toList());
            }
            scales.put(m, positive(entry.value(), "scales." + name));
        });
        Panel panel = null;
        if (e.containsKey("panel")) {
            YamlNode.Mapping pm = mapping(node(root, "panel"), "panel");
            for (String k : pm.entries().keySet()) {
                if (!List.of("observed", "years", "scale").contains(k)) {
                    throw new ScenarioException(pm.entries().get(k).keyLocation(), "panel." + k
                            + ": unknown key; expected observed, years, scale");
                }
            }
            List<Integer> years = new ArrayList<>();
            for (YamlNode n : sequence(pm, "years").items()) {
                double y = number(n, "panel.years");
                if (y != Math.rint(y) || YearMonth.of((int) y, 12).isAfter(fitUntil)) {
                    throw new ScenarioException(n.location(), "panel.years: " + scalar(n, "panel.years")
                            + " must be a year whose end is not after fitUntil " + fitUntil
                            + "; data held out for validation stay out of the fit");
                }
                years.add((int) y);
            }
            panel = new Panel(abs.getParent().resolve(text(pm, "observed")).normalize(), List.copyOf(years),
                    positive(node(pm, "scale"), "panel.scale"));
        }
        List<Flow> flows = new ArrayList<>();
        if (e.containsKey("flows")) {
            for (YamlNode n : sequence(root, "flows").items()) {
                YamlNode.Mapping fm = mapping(n, "flows");
                for (String k : fm.entries().keySet()) {
                    if (!List.of("name", "metrics", "from", "to", "value", "scale").contains(k)) {
                        throw new ScenarioException(fm.entries().get(k).keyLocation(), "flows." + k
                                + ": unknown key; expected name, metrics, from, to, value, scale");
                    }
                }
                List<Metric> metrics = new ArrayList<>();
                for (YamlNode mn : sequence(fm, "metrics").items()) {
                    Metric m = Metric.byColumn(scalar(mn, "flows.metrics"));
                    if (m == null || !FLOW_METRICS.contains(m)) {
                        throw new ScenarioException(mn.location(), "flows.metrics: " + scalar(mn, "flows.metrics")
                                + " is not a flow metric; one of " + FLOW_METRICS.stream().map(Metric::column).toList());
                    }
                    metrics.add(m);
                }
                YearMonth from = month(fm, "flows.from", "from");
                YearMonth to = month(fm, "flows.to", "to");
                if (to.isBefore(from) || to.isAfter(fitUntil)) {
                    throw new ScenarioException(node(fm, "to").location(), "flows.to: " + to + " must be from " + from
                            + " and not after fitUntil " + fitUntil + "; data held out for validation stay out of the fit");
                }
                flows.add(new Flow(text(fm, "name"), List.copyOf(metrics), from, to, number(node(fm, "value"),
                        "flows.value"), positive(node(fm, "scale"), "flows.scale")));
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        for (YamlNode n : sequence(root, "parameters").items()) {
            YamlNode.Mapping pm = mapping(n, "parameters");
            String path = scalar(node(pm, "key"), "parameters.key");
            Key<?> key;
            try {
                key = ParameterSchema.key(path);
            } catch (RuntimeException ex) {
                key = null;
            }
            if (key == null || !(key.type() instanceof ValueType.Real || key.type() instanceof ValueType.Int)) {
                throw new ScenarioException(node(pm, "key").location(), "parameters.key: " + path
                        + " is not a numeric scenario key (gpsim keys lists them)");
            }
            double low = number(node(pm, "low"), "parameters.low");
            double high = number(node(pm, "high"), "parameters.high");
            double min = key.type() instanceof ValueType.Real r ? r.min() : ((ValueType.Int) key.type()).min();
            double max = key.type() instanceof ValueType.Real r ? r.max() : ((ValueType.Int) key.type()).max();
            if (!(low < high) || low < min || high > max) {
                throw new ScenarioException(pm.location(), "parameters: " + path + " prior [" + low + ", " + high
                        + "] must be an interval inside " + key.type().allowed());
            }
            parameters.add(new Parameter(key, low, high));
        }
        AbcSmc.Settings settings = new AbcSmc.Settings(integer(root, "particles"), integer(root, "generations"),
                number(node(root, "quantile"), "quantile"), integer(root, "seed"), integer(root, "batch"),
                integer(root, "maxEvaluationsPerGeneration"));
        return new CalibrationSpec(abs, scenario, observed, county, fitUntil, periods, scales, panel, List.copyOf(flows),
                parameters, settings);
    }

    /** A month written YYYY-MM, as the scenario files write theirs ({@link ValueType.Month}). */
    private static YearMonth month(YamlNode.Mapping m, String name, String key) {
        return new ValueType.Month().parse(node(m, key), name);
    }

    private static YamlNode node(YamlNode.Mapping m, String key) {
        YamlNode.Mapping.Entry e = m.entries().get(key);
        if (e == null) {
            throw new ScenarioException(m.location(), key + ": missing");
        }
        return e.value();
    }

    private static String text(YamlNode.Mapping m, String key) {
        return scalar(node(m, key), key);
    }

    private static String scalar(YamlNode n, String key) {
        if (n instanceof YamlNode.Scalar s) {
            return s.text();
        }
        throw new ScenarioException(n.location(), key + ": found " + n.kind() + ", expected a value");
    }

    private static YamlNode.Sequence sequence(YamlNode.Mapping m, String key) {
        YamlNode n = node(m, key);
        if (n instanceof YamlNode.Sequence s) {
            return s;
        }
        throw new ScenarioException(n.location(), key + ": found " + n.kind() + ", expected a list");
    }

    private static YamlNode.Mapping mapping(YamlNode n, String key) {
        if (n instanceof YamlNode.Mapping m) {
            return m;
        }
        throw new ScenarioException(n.location(), key + ": found " + n.kind() + ", expected a map");
    }

    private static double number(YamlNode n, String key) {
        try {
            return Double.parseDouble(scalar(n, key));
        } catch (NumberFormatException ex) {
            throw new ScenarioException(n.location(), key + ": found " + n.kind() + ", expected a number");
        }
    }

    private static double positive(YamlNode n, String key) {
        double v = number(n, key);
        if (!(v > 0)) {
            throw new ScenarioException(n.location(), key + ": " + v + " must be above 0");
        }
        return v;
    }

    private static int integer(YamlNode.Mapping m, String key) {
        YamlNode n = node(m, key);
        double v = number(n, key);
        if (v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE) {
            throw new ScenarioException(n.location(), key + ": " + scalar(n, key) + " must be a whole number from 0");
        }
        return (int) v;
    }

    /** Where the spec itself was read, for messages. */
    Location location() {
        return Location.ofFile(file);
    }
}
