package no.gpsim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One scenario key: its dotted path, type and range, default, unit, meaning and source. Keys are
 * declared next to the config record that uses them, and {@link ParameterSchema} lists them all.
 *
 * @param <T> the Java type of the value
 */
public final class Key<T> {

    private final String path;
    private final ValueType<T> type;
    private final T defaultValue;
    private final String unit;
    private final String description;
    private final String source;
    private final boolean dated;
    private final Predicate<ParamValues> activeWhen;
    private final String activeWhenText;
    private final boolean filePath;

    private Key(Builder<T> b) {
        this.path = b.path;
        this.type = b.type;
        this.defaultValue = b.defaultValue;
        this.unit = b.unit;
        this.description = Objects.requireNonNull(b.description, "description of " + b.path);
        this.source = b.source;
        this.dated = b.dated;
        this.activeWhen = b.activeWhen;
        this.activeWhenText = b.activeWhenText;
        this.filePath = b.isPath;
    }

    /** Whether the value is a file path, resolved against the directory of the file that sets it. */
    public boolean isPath() {
        return filePath;
    }

    public static Builder<Double> real(String path, double min, double max, double defaultValue) {
        return new Builder<>(path, new ValueType.Real(min, max), defaultValue);
    }

    public static Builder<Double> optionalReal(String path, double min, double max, Double defaultValue) {
        return new Builder<>(path, new ValueType.Optional<>(new ValueType.Real(min, max)), defaultValue);
    }

    public static Builder<Long> integer(String path, long min, long max, long defaultValue) {
        return new Builder<>(path, new ValueType.Int(min, max), defaultValue);
    }

    public static Builder<Boolean> bool(String path, boolean defaultValue) {
        return new Builder<>(path, new ValueType.Bool(), defaultValue);
    }

    public static Builder<String> choice(String path, String defaultValue, String... choices) {
        return new Builder<>(path, new ValueType.Choice(choices), defaultValue);
    }

    public static Builder<List<Double>> reals(String path, int size, double min, double max, String itemNames,
                                              Double... defaults) {
        return new Builder<>(path, new ValueType.RealList(size, min, max, itemNames), List.of(defaults));
    }

    public static Builder<List<Double>> optionalReals(String path, int size, double min, double max, String itemNames) {
        return new Builder<>(path, new ValueType.Optional<>(new ValueType.RealList(size, min, max, itemNames)), null);
    }

    /** An optional input file; none (null) switches it off. Resolved against the file that sets it. */
    public static Builder<String> file(String path, String defaultValue) {
        return new Builder<>(path, new ValueType.Optional<>(new ValueType.Text()), defaultValue).isPath();
    }

    /** An optional code of digits (a county number, say), written in quotes; none for none. */
    public static Builder<String> code(String path, String defaultValue) {
        return new Builder<>(path, new ValueType.Optional<>(new ValueType.Code()), defaultValue);
    }

    /** A required input file, resolved against the file that sets it. */
    public static Builder<String> requiredFile(String path, String defaultValue) {
        return new Builder<>(path, new ValueType.Text(), defaultValue).isPath();
    }

    public String path() {
        return path;
    }

    public ValueType<T> type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    public String source() {
        return source;
    }

    /** Whether a dated policy may change this key during a run. */
    public boolean dated() {
        return dated;
    }

    /** Whether the key has any effect under the given values (e.g. breakpoint rates need the breakpoint model). */
    public boolean isActive(ParamValues values) {
        return activeWhen == null || activeWhen.test(values);
    }

    /** The condition under which the key acts, in words, or null when it always acts. */
    public String activeWhenText() {
        return activeWhenText;
    }

    @Override
    public String toString() {
        return path;
    }

    /** Collects a key's description; {@link #build()} makes the immutable key. */
    public static final class Builder<T> {
        private final String path;
        private final ValueType<T> type;
        private final T defaultValue;
        private String unit = "";
        private String description;
        private String source = "";
        private boolean dated = true;
        private Predicate<ParamValues> activeWhen;
        private String activeWhenText;
        private boolean isPath;

        private Builder(String path, ValueType<T> type, T defaultValue) {
            this.path = path;
            this.type = type;
            this.defaultValue = defaultValue;
        }

        public Builder<T> unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder<T> doc(String description) {
            this.description = description;
            return this;
        }

        public Builder<T> source(String source) {
            this.source = source;
            return this;
        }

        /** The key sets up the initial state or the run, so a policy cannot change it mid-run. */
        public Builder<T> fixed() {
            this.dated = false;
            return this;
        }

        public Builder<T> activeWhen(String text, Predicate<ParamValues> condition) {
            this.activeWhenText = text;
            this.activeWhen = condition;
            return this;
        }

        Builder<T> isPath() {
            this.isPath = true;
            return this;
        }

        public Key<T> build() {
            return new Key<>(this);
        }
    }
}
