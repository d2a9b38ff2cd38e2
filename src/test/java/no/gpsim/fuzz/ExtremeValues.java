package no.gpsim.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.ParameterSchema;
import no.gpsim.scenario.RunConfig;
import no.gpsim.scenario.ValueType;

/**
 * Scenario settings the validation accepts one by one but that sit at the edges of their ranges:
 * a key's minimum, its maximum, a random value in between, or none. Runs on such settings check
 * that the model survives every value the schema allows (it may still refuse combinations).
 */
final class ExtremeValues {

    /** Set a key: which one, how (minimum, maximum, random, none) and a seed for random values. */
    record Setting(int key, int how, long seed, boolean inPolicy) {
        @Override
        public String toString() {
            return line();
        }

        String line() {
            Key<?> k = KEYS.get(key % KEYS.size());
            return k.path() + ": " + value(k, how, seed);
        }
    }

    /** Keys a scenario may set for a run: not the files, seed, horizon or replicates. */
    static final List<Key<?>> KEYS = eligible();

    private ExtremeValues() {
    }

    private static List<Key<?>> eligible() {
        List<Key<?>> keys = new ArrayList<>();
        for (Key<?> k : ParameterSchema.keys()) {
            if (!k.isPath() && k != RunConfig.SEED && k != RunConfig.YEARS && k != RunConfig.REPLICATES) {
                keys.add(k);
            }
        }
        return List.copyOf(keys);
    }

    static Arbitrary<List<Setting>> settings() {
        Arbitrary<Setting> one = Combinators.combine(Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 4), Arbitraries.longs(), Arbitraries.of(false, false, false, true))
                .as(Setting::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    /**
     * The scenario lines for the settings; a later setting of the same key replaces an earlier
     * one, and settings of keys a policy may change go into one policy from 2026-07 when asked.
     */
    static String yaml(List<Setting> settings) {
        Map<Key<?>, String> top = new LinkedHashMap<>();
        Map<Key<?>, String> policy = new LinkedHashMap<>();
        for (Setting s : settings) {
            Key<?> k = KEYS.get(s.key() % KEYS.size());
            (s.inPolicy() && k.dated() ? policy : top).put(k, value(k, s.how(), s.seed()));
        }
        StringBuilder out = new StringBuilder();
        top.forEach((k, v) -> out.append(k.path()).append(": ").append(v).append('\n'));
        if (!policy.isEmpty()) {
            out.append("policies:\n  - from: 2026-07\n");
            policy.forEach((k, v) -> out.append("    ").append(k.path()).append(": ").append(v).append('\n'));
        }
        return out.toString();
    }

    private static String value(Key<?> key, int how, long seed) {
        ValueType<?> type = key.type();
        if (type instanceof ValueType.Optional<?> opt) {
            if (how == 4) {
                return "none";
            }
            type = opt.inner();
        }
        Random random = new Random(seed);
        if (type instanceof ValueType.Real r) {
            return number(pick(r.min(), r.max(), how, random));
        }
        if (type instanceof ValueType.Int i) {
            double v = pick(i.min(), i.max(), how, random);
            return Long.toString(Math.round(v));
        }
        if (type instanceof ValueType.RealList l) {
            List<String> items = new ArrayList<>();
            for (int n = 0; n < l.size(); n++) {
                items.add(number(pick(l.min(), l.max(), how == 2 || how == 4 ? random.nextInt(3) : how, random)));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (type instanceof ValueType.Bool) {
            return how % 2 == 0 ? "true" : "false";
        }
        if (type instanceof ValueType.Choice c) {
            return c.choices().get(random.nextInt(c.choices().size()));
        }
        if (type instanceof ValueType.Code) {
            return how % 2 == 0 ? "'55'" : "none";
        }
        throw new IllegalArgumentException("no extreme values for " + key.path());
    }

    /** 0: the minimum, 1: the maximum, otherwise random (uniform, or log-uniform for wide ranges). */
    private static double pick(double min, double max, int how, Random random) {
        if (how == 0) {
            return min;
        }
        if (how == 1) {
            return max;
        }
        if (how == 3 && min >= 0 && max / Math.max(min, 1e-3) > 1000) {
            double lo = Math.log(Math.max(min, 1e-3));
            return Math.min(max, Math.exp(lo + random.nextDouble() * (Math.log(max) - lo)));
        }
        return min + random.nextDouble() * (max - min);
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
