package no.gpsim.sweep;

import java.util.Locale;
import no.gpsim.BadInputException;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.ParameterSchema;
import no.gpsim.scenario.ValueType;

/**
 * A scenario key varied by a design, over [low, high]; a factorial design takes {@code levels}
 * evenly spaced values. Only single-number keys (real or whole) can be varied; whole-number keys are
 * rounded to the nearest whole number.
 *
 * @param key the scenario key
 * @param low lowest value
 * @param high highest value
 * @param levels values in a factorial design (0 when not given)
 */
public record Factor(Key<?> key, double low, double high, int levels) {

    /** Parses {@code KEY=LOW:HIGH} or {@code KEY=LOW:HIGH:LEVELS} as given to {@code --vary}. */
    public static Factor parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new BadInputException("--vary " + text + ": expected KEY=LOW:HIGH or KEY=LOW:HIGH:LEVELS");
        }
        String path = text.substring(0, eq).trim();
        String[] parts = text.substring(eq + 1).split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw new BadInputException("--vary " + text + ": expected KEY=LOW:HIGH or KEY=LOW:HIGH:LEVELS");
        }
        double low;
        double high;
        int levels = 0;
        try {
            low = Double.parseDouble(parts[0].trim());
            high = Double.parseDouble(parts[1].trim());
            if (parts.length == 3) {
                levels = Integer.parseInt(parts[2].trim());
            }
        } catch (NumberFormatException e) {
            throw new BadInputException("--vary " + text + ": LOW, HIGH and LEVELS must be numbers");
        }
        if (parts.length == 3 && levels < 2) {
            throw new BadInputException("--vary " + text + ": LEVELS must be 2 or more");
        }
        return of(path, low, high, levels, "--vary " + text);
    }

    /** The factors of repeated {@code --vary} options, in order; a key given twice is bad input. */
    public static java.util.List<Factor> parseAll(java.util.List<String> texts) {
        java.util.List<Factor> out = new java.util.ArrayList<>();
        for (String text : texts) {
            Factor f = parse(text);
            if (out.stream().anyMatch(g -> g.key() == f.key())) {
                throw new BadInputException("--vary: " + f.key().path() + " is given twice");
            }
            out.add(f);
        }
        return out;
    }

    /** The factor as run.json records it: key, low, high and, for a factorial, levels. */
    public java.util.Map<String, Object> describe() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("key", key.path());
        m.put("low", low);
        m.put("high", high);
        if (levels > 0) {
            m.put("levels", levels);
        }
        return m;
    }

    /** A factor of the key with this path; {@code where} names the option or file line in errors. */
    public static Factor of(String path, double low, double high, int levels, String where) {
        Key<?> key = ParameterSchema.key(path);
        if (key == null) {
            throw new BadInputException(where + ": " + path + " is not a scenario key (gpsim keys lists them)");
        }
        double min;
        double max;
        if (key.type() instanceof ValueType.Real r) {
            min = r.min();
            max = r.max();
        } else if (key.type() instanceof ValueType.Int i) {
            min = i.min();
            max = i.max();
        } else {
            throw new BadInputException(where + ": " + path + " is not a single number (only real and whole-number "
                    + "keys can be varied)");
        }
        if (!(low < high)) {
            throw new BadInputException(where + ": LOW must be below HIGH");
        }
        if (low < min || high > max) {
            throw new BadInputException(String.format(Locale.ROOT, "%s: [%s, %s] is outside %s's allowed range: %s",
                    where, strip(low), strip(high), path, key.type().allowed()));
        }
        return new Factor(key, low, high, levels);
    }

    /** Whether values are whole numbers. */
    public boolean whole() {
        return key.type() instanceof ValueType.Int;
    }

    /** The value at a position u in [0, 1] of the range, rounded for whole-number keys. */
    public double at(double u) {
        double v = low + u * (high - low);
        return whole() ? Math.round(v) : v;
    }

    /** The scenario value of a number: a Long for whole-number keys, else a Double. */
    public Object scenarioValue(double v) {
        return whole() ? (Object) Math.round(v) : (Object) v;
    }

    private static String strip(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
