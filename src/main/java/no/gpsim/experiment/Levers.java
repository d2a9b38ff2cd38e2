package no.gpsim.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.ParamValues;
import no.gpsim.scenario.ParameterSchema;
import no.gpsim.scenario.RunConfig;
import no.gpsim.scenario.Scenario;

/**
 * What a scenario changes against a base scenario, key by key and date by date, for the report:
 * at the start month and at every month where either scenario's policies change something, each
 * key whose effective values in the two scenarios differ (or stop differing) there. A key's
 * effective value is its value where it acts and "not used" where it has no effect. The run
 * settings (seed, years, replicates, data files) are not levers and are left out.
 */
public final class Levers {

    /**
     * One lever.
     *
     * @param from the month the values take effect
     * @param key the scenario key's dotted path
     * @param baseValue the base scenario's value from that month, as written in YAML
     * @param value this scenario's value from that month
     */
    public record Lever(YearMonth from, String key, String baseValue, String value) { }

    private Levers() {
    }

    public static List<Lever> between(Scenario base, Scenario other) {
        TreeSet<YearMonth> months = new TreeSet<>();
        base.timeline().forEach(r -> months.add(r.from()));
        other.timeline().forEach(r -> months.add(r.from()));
        List<Lever> out = new ArrayList<>();
        Map<Key<?>, List<String>> last = new HashMap<>();
        for (YearMonth month : months) {
            ParamValues b = at(base, month);
            ParamValues o = at(other, month);
            for (Key<?> key : ParameterSchema.keys()) {
                if (RunConfig.KEYS.contains(key)) {
                    continue;
                }
                List<String> pair = List.of(effective(key, b), effective(key, o));
                List<String> before = last.put(key, pair);
                boolean differs = !pair.get(0).equals(pair.get(1));
                boolean differed = before != null && !before.get(0).equals(before.get(1));
                if (!pair.equals(before) && (differs || differed)) {
                    out.add(new Lever(month, key.path(), pair.get(0), pair.get(1)));
                }
            }
        }
        return out;
    }

    /**
     * A key's value as it acts: rendered as in YAML, or "not used" when the key has no effect
     * under these values (breakpoint rates while the grant is patient-adjusted, say). So a
     * scenario that switches the breakpoint model on shows its rates as levers even when their
     * values equal the base's unused defaults, and a value that differs only where it is unused
     * is not a lever.
     */
    static String effective(Key<?> key, ParamValues values) {
        return key.isActive(values) ? render(key, values) : NOT_USED;
    }

    /** How {@link #effective} shows a key that has no effect. */
    public static final String NOT_USED = "not used";

    /** The values in force in a month. */
    static ParamValues at(Scenario s, YearMonth month) {
        ParamValues v = s.timeline().get(0).values();
        for (Scenario.Regime r : s.timeline()) {
            if (!r.from().isAfter(month)) {
                v = r.values();
            }
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static <T> String render(Key<T> key, ParamValues values) {
        T v = values.get(key);
        return key.type().render(v);
    }
}
