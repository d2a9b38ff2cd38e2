package no.gpsim.scenario;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gpsim.BadInputException;

/**
 * The type and allowed range of a scenario key. {@link #parse} turns a located YAML node into a
 * value or throws a {@link ScenarioException} saying what was found and what is allowed.
 */
public abstract class ValueType<T> {

    /** What is allowed, for messages and documentation: "a number from 0 to 1". */
    public abstract String allowed();

    /** Converts a node; {@code path} is the key's dotted path, used in messages. */
    public abstract T parse(YamlNode node, String path);

    /** Renders a value as it would be written in YAML. */
    public String render(T value) {
        return String.valueOf(value);
    }

    protected ScenarioException wrong(YamlNode node, String path) {
        return new ScenarioException(node.location(), path + ": found " + node.kind() + ", expected " + allowed());
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.valueOf(v);
    }

    /** A number as YAML reads it back: whole numbers without a decimal point. */
    static String yaml(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.valueOf(v);
    }

    static String number(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** A real number in [min, max]. Rejects NaN and infinities. */
    public static final class Real extends ValueType<Double> {
        private final double min;
        private final double max;

        public Real(double min, double max) {
            this.min = min;
            this.max = max;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }

        @Override
        public String allowed() {
            return "a number from " + number(min) + " to " + number(max);
        }

        @Override
        public Double parse(YamlNode node, String path) {
            double v = parseNumber(node, path, this);
            if (!(v >= min && v <= max)) {
                throw new ScenarioException(node.location(), path + ": " + written(node)
                        + " is out of range, expected " + allowed());
            }
            return v;
        }

        @Override
        public String render(Double value) {
            return yaml(value);
        }
    }

    /** A whole number in [min, max]. */
    public static final class Int extends ValueType<Long> {
        private final long min;
        private final long max;

        public Int(long min, long max) {
            this.min = min;
            this.max = max;
        }

        public long min() {
            return min;
        }

        public long max() {
            return max;
        }

        @Override
        public String allowed() {
            return "a whole number from " + number(min) + " to " + number(max);
        }

        @Override
        public Long parse(YamlNode node, String path) {
            if (!(node instanceof YamlNode.Scalar s) || s.scalarKind() != YamlNode.Scalar.Kind.INTEGER) {
                throw wrong(node, path);
            }
            long v;
            try {
                v = Long.parseLong(s.text().replace("_", ""));
            } catch (NumberFormatException e) {
                // the reader only types digits as integers, so this is a number too large for a long
                throw new ScenarioException(node.location(), path + ": " + written(node) + " is out of range, expected "
                        + allowed());
            }
            if (v < min || v > max) {
                throw new ScenarioException(node.location(), path + ": " + written(node) + " is out of range, expected "
                        + allowed());
            }
            return v;
        }
    }

    /** true or false. */
    public static final class Bool extends ValueType<Boolean> {
        @Override
        public String allowed() {
            return "true or false";
        }

        @Override
        public Boolean parse(YamlNode node, String path) {
            if (node instanceof YamlNode.Scalar s && s.scalarKind() == YamlNode.Scalar.Kind.BOOLEAN) {
                return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
            }
            throw wrong(node, path);
        }
    }

    /** One of a fixed set of words. */
    public static final class Choice extends ValueType<String> {
        private final List<String> choices;

        public Choice(String... choices) {
            this.choices = List.of(choices);
        }

        public List<String> choices() {
            return choices;
        }

        @Override
        public String allowed() {
            return "one of " + String.join(", ", choices);
        }

        @Override
        public String parse(YamlNode node, String path) {
            if (node instanceof YamlNode.Scalar s && s.scalarKind() == YamlNode.Scalar.Kind.STRING) {
                if (choices.contains(s.text())) {
                    return s.text();
                }
                String suggestion = Suggest.nearest(s.text(), choices);
                throw new ScenarioException(node.location(), path + ": found " + s.kind() + ", expected " + allowed()
                        + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"));
            }
            throw wrong(node, path);
        }
    }

    /** A fixed-length list of numbers, each in [min, max]: per age group or per centrality class. */
    public static final class RealList extends ValueType<List<Double>> {
        private final int size;
        private final double min;
        private final double max;
        private final String itemNames;

        public RealList(int size, double min, double max, String itemNames) {
            this.size = size;
            this.min = min;
            this.max = max;
            this.itemNames = itemNames;
        }

        public int size() {
            return size;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }

        @Override
        public String allowed() {
            return "a list of " + size + " numbers (" + itemNames + "), each from " + number(min) + " to " + number(max);
        }

        @Override
        public List<Double> parse(YamlNode node, String path) {
            if (!(node instanceof YamlNode.Sequence seq) || seq.items().size() != size) {
                if (node instanceof YamlNode.Sequence seq) {
                    throw new ScenarioException(node.location(), path + ": found a list of " + seq.items().size()
                            + " items, expected " + allowed());
                }
                throw wrong(node, path);
            }
            List<Double> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                YamlNode item = seq.items().get(i);
                String itemPath = path + "[" + i + "]";
                double v = parseNumber(item, itemPath, this);
                if (!(v >= min && v <= max)) {
                    throw new ScenarioException(item.location(), itemPath + ": " + written(item)
                            + " is out of range, expected each from " + number(min) + " to " + number(max));
                }
                out.add(v);
            }
            return List.copyOf(out);
        }

        @Override
        public String render(List<Double> value) {
            List<String> parts = new ArrayList<>();
            for (double v : value) {
                parts.add(yaml(v));
            }
            return "[" + String.join(", ", parts) + "]";
        }
    }

    /** A value that may be switched off with {@code none}; {@code null} stands for none. */
    public static final class Optional<T> extends ValueType<T> {
        private final ValueType<T> inner;

        public Optional(ValueType<T> inner) {
            this.inner = inner;
        }

        /** The type of the value when it is not none. */
        public ValueType<T> inner() {
            return inner;
        }

        @Override
        public String allowed() {
            return inner.allowed() + ", or none";
        }

        @Override
        public T parse(YamlNode node, String path) {
            if (node instanceof YamlNode.Scalar s && (s.scalarKind() == YamlNode.Scalar.Kind.NULL
                    || (s.scalarKind() == YamlNode.Scalar.Kind.STRING && s.text().equals("none")))) {
                return null;
            }
            try {
                return inner.parse(node, path);
            } catch (ScenarioException e) {
                // the inner type says what it allows; none is allowed too
                String allowedInner = "expected " + inner.allowed();
                if (e.detail().contains(allowedInner)) {
                    throw new ScenarioException(e.location(), e.detail().replace(allowedInner, "expected " + allowed()));
                }
                throw e;
            }
        }

        @Override
        public String render(T value) {
            return value == null ? "none" : inner.render(value);
        }
    }

    /** A non-empty line of text, such as a file path. */
    public static final class Text extends ValueType<String> {
        /** Longer than any real path; longer text is surely something else pasted by mistake. */
        private static final int MAX_PATH = 4096;

        @Override
        public String allowed() {
            return "a file path";
        }

        @Override
        public String parse(YamlNode node, String path) {
            if (node instanceof YamlNode.Scalar s && s.scalarKind() == YamlNode.Scalar.Kind.STRING
                    && !s.text().isBlank() && s.text().length() <= MAX_PATH && s.text().chars().noneMatch(Character::isISOControl)) {
                return s.text();
            }
            throw wrong(node, path);
        }
    }

    /** A code of two digits, such as a county number; quoted or not. */
    public static final class Code extends ValueType<String> {
        @Override
        public String allowed() {
            return "a two-digit code such as '55'";
        }

        @Override
        public String parse(YamlNode node, String path) {
            if (node instanceof YamlNode.Scalar s && (s.scalarKind() == YamlNode.Scalar.Kind.STRING
                    || s.scalarKind() == YamlNode.Scalar.Kind.INTEGER)) {
                String text = s.text();
                if (text.matches("\\d{1,2}")) {
                    return text.length() == 1 ? "0" + text : text;
                }
            }
            throw wrong(node, path);
        }
    }

    /** A month written YYYY-MM. */
    public static final class Month extends ValueType<YearMonth> {
        @Override
        public String allowed() {
            return "a month written YYYY-MM, such as 2028-01";
        }

        @Override
        public YearMonth parse(YamlNode node, String path) {
            if (node instanceof YamlNode.Scalar s && s.scalarKind() == YamlNode.Scalar.Kind.STRING) {
                try {
                    if (s.text().matches("\\d{4}-\\d{2}")) {
                        return YearMonth.parse(s.text());
                    }
                } catch (DateTimeParseException e) {
                    // falls through to the error below
                }
            }
            throw wrong(node, path);
        }
    }

    /**
     * A finite number from an integer or decimal scalar. The reader types only plain decimal
     * spellings as numbers, plus YAML's .inf and .nan, which are refused here. Numbers too large
     * for a double become infinite and are refused by the range checks.
     */
    static double parseNumber(YamlNode node, String path, ValueType<?> type) {
        if (node instanceof YamlNode.Scalar s && (s.scalarKind() == YamlNode.Scalar.Kind.INTEGER
                || s.scalarKind() == YamlNode.Scalar.Kind.DECIMAL)) {
            String digits = s.text().replace("_", "");
            if (!digits.contains("inf") && !digits.contains("Inf") && !digits.contains("INF")
                    && !digits.contains("nan") && !digits.contains("NaN") && !digits.contains("NAN")) {
                try {
                    return Double.parseDouble(digits);
                } catch (NumberFormatException e) {
                    // falls through to the error below
                }
            }
            throw new ScenarioException(node.location(), path + ": found " + written(node) + ", expected "
                    + type.allowed() + " (a finite number)");
        }
        throw new ScenarioException(node.location(), path + ": found " + node.kind() + ", expected " + type.allowed());
    }

    /** A scalar as the user wrote it, safe and short enough for a message. */
    static String written(YamlNode node) {
        return node instanceof YamlNode.Scalar s ? BadInputException.quote(s.text(), 40) : node.kind();
    }
}
