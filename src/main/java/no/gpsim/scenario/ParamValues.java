package no.gpsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete, validated set of key values: the schema defaults overlaid with what the scenario
 * files and policies set. Immutable; {@link #with} makes a changed copy.
 */
public final class ParamValues {

    private final Map<Key<?>, Object> values;

    private ParamValues(Map<Key<?>, Object> values) {
        this.values = values;
    }

    /** The schema defaults. */
    public static ParamValues defaults() {
        Map<Key<?>, Object> map = new LinkedHashMap<>();
        for (Key<?> key : ParameterSchema.keys()) {
            map.put(key, key.defaultValue());
        }
        return new ParamValues(map);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("not a schema key: " + key);
        }
        return (T) values.get(key);
    }

    /** Convenience for whole-number keys, which are stored as longs. */
    public int getInt(Key<Long> key) {
        return Math.toIntExact(get(key));
    }

    public ParamValues with(Key<?> key, Object value) {
        Map<Key<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new ParamValues(copy);
    }

    public ParamValues withAll(Map<Key<?>, Object> changes) {
        Map<Key<?>, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(changes);
        return new ParamValues(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParamValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
