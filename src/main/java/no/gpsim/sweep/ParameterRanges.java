package no.gpsim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.gpsim.BadInputException;
import no.gpsim.scenario.ScenarioException;
import no.gpsim.scenario.YamlNode;
import no.gpsim.scenario.YamlReader;

/**
 * The keys of a sensitivity analysis and their ranges, from a small YAML file in the form of a
 * calibration's {@code parameters} list (scenarios/sensitivity/calib-keys.yaml):
 * <pre>
 * parameters:
 *   - key: labourMarket.candidatesPerYear
 *     low: 500
 *     high: 1200
 * </pre>
 * Errors name the file, line and key.
 */
public final class ParameterRanges {

    private ParameterRanges() {
    }

    /** The factors of the file, in its order. */
    public static List<Factor> read(Path file) {
        YamlNode.Mapping root = new YamlReader().read(file.toAbsolutePath().normalize());
        for (Map.Entry<String, YamlNode.Mapping.Entry> e : root.entries().entrySet()) {
            if (!e.getKey().equals("parameters")) {
                throw new ScenarioException(e.getValue().keyLocation(), e.getKey() + ": unknown key; the file holds "
                        + "only parameters: a list of key, low and high");
            }
        }
        YamlNode.Mapping.Entry list = root.entries().get("parameters");
        if (list == null || !(list.value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            throw new ScenarioException(list == null ? root.location() : list.value().location(),
                    "parameters: expected a list of key, low and high");
        }
        List<Factor> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Mapping m)) {
                throw new ScenarioException(item.location(), "parameters: found " + item.kind() + ", expected key, low and high");
            }
            for (Map.Entry<String, YamlNode.Mapping.Entry> e : m.entries().entrySet()) {
                if (!List.of("key", "low", "high").contains(e.getKey())) {
                    throw new ScenarioException(e.getValue().keyLocation(), "parameters." + e.getKey()
                            + ": unknown; expected key, low and high");
                }
            }
            String key = text(m, "key");
            double low = number(m, "low");
            double high = number(m, "high");
            try {
                Factor f = Factor.of(key, low, high, 0, "parameters");
                for (Factor g : out) {
                    if (g.key() == f.key()) {
                        throw new BadInputException("parameters: " + key + " is listed twice");
                    }
                }
                out.add(f);
            } catch (ScenarioException e) {
                throw e;
            } catch (BadInputException e) {
                throw new ScenarioException(m.location(), e.getMessage());
            }
        }
        return out;
    }

    private static YamlNode node(YamlNode.Mapping m, String key) {
        YamlNode.Mapping.Entry e = m.entries().get(key);
        if (e == null) {
            throw new ScenarioException(m.location(), "parameters." + key + ": missing");
        }
        return e.value();
    }

    private static String text(YamlNode.Mapping m, String key) {
        YamlNode n = node(m, key);
        if (n instanceof YamlNode.Scalar s) {
            return s.text();
        }
        throw new ScenarioException(n.location(), "parameters." + key + ": found " + n.kind() + ", expected a value");
    }

    private static double number(YamlNode.Mapping m, String key) {
        YamlNode n = node(m, key);
        try {
            return Double.parseDouble(text(m, key));
        } catch (NumberFormatException e) {
            throw new ScenarioException(n.location(), "parameters." + key + ": found " + n.kind() + ", expected a number");
        }
    }
}
