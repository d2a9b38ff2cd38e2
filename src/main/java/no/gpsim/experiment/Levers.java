package no.gpsim.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.ParamValues;
import no.gpsim.scenario.ParameterSchema;
import no.gpsim.scenario.RunConfig;
import no.gpsim.scenario.Scenario;

/**
 * What a scenario changes against a base scenario, key by key and date by date, for the report:
 * at the start month and at every month where either scenario's policies change something, each
 * key whose pair of values (base, scenario) differs from the pair in force just before. The run
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
        ParamValues lastBase = null;
        ParamValues lastOther = null;
        for (YearMonth month : months) {
            ParamValues b = at(base, month);
            ParamValues o = at(other, month);
            for (Key<?> key : ParameterSchema.keys()) {
                if (RunConfig.KEYS.contains(key)) {
                    continue;
                }
                boolean differs = !Objects.equals(b.get(key), o.get(key));
                boolean changed = lastBase == null ? differs
                        : !Objects.equals(b.get(key), lastBase.get(key)) || !Objects.equals(o.get(key), lastOther.get(key));
                if (changed && (differs || lastBase != null && !Objects.equals(lastBase.get(key), lastOther.get(key)))) {
                    out.add(new Lever(month, key.path(), render(key, b), render(key, o)));
                }
            }
            lastBase = b;
            lastOther = o;
        }
        return out;
    }

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
