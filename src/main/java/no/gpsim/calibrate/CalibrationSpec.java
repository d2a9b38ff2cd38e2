package no.gpsim.calibrate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param parameters the calibrated keys with their priors
 * @param settings the ABC-SMC settings
 */
public record CalibrationSpec(Path file, Path scenario, Path observed, String county, YearMonth fitUntil,
                              List<String> periods, Map<Metric, Double> scales, List<Parameter> parameters,
                              AbcSmc.Settings settings) {

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
            if (!List.of("scenario", "observed", "county", "fitUntil", "periods", "scales", "parameters", "particles",
                    "generations", "quantile", "seed", "batch", "maxEvaluationsPerGeneration").contains(k)) {
                throw new ScenarioException(e.get(k).keyLocation(), k + ": unknown calibration key");
            }
        }
        Path scenario = abs.getParent().resolve(text(root, "scenario")).normalize();
        Path observed = abs.getParent().resolve(text(root, "observed")).normalize();
        String county = e.containsKey("county") ? text(root, "county") : null;
        YearMonth fitUntil;
        try {
            fitUntil = YearMonth.parse(text(root, "fitUntil"));
        } catch (java.time.format.DateTimeParseException ex) {
            throw new ScenarioException(node(root, "fitUntil").location(), "fitUntil: expected a month such as 2023-06");
        }
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
        return new CalibrationSpec(abs, scenario, observed, county, fitUntil, periods, scales, parameters, settings);
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
