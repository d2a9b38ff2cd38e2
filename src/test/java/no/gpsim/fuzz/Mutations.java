package no.gpsim.fuzz;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.ParameterSchema;

/**
 * Ways to break an input file, each picked by a few numbers so that jqwik can generate them and
 * shrink a failing case to a small one. A case is one to three mutations applied in turn to a
 * valid file: deleted, duplicated and swapped lines, values of the wrong type, numbers scaled out
 * of range or to huge values, NaN and infinities, misspelt and misplaced keys, inserted lines,
 * deep nesting, odd Unicode, YAML syntax characters, truncation and bytes that are not UTF-8.
 */
final class Mutations {

    /** YAML scenario operators. */
    static final List<Op> YAML_OPS = List.of(Op.DELETE_LINE, Op.DUPLICATE_LINE, Op.SWAP_LINES, Op.REPLACE_VALUE,
            Op.REPLACE_VALUE, Op.SCALE_NUMBER, Op.SCALE_NUMBER, Op.RENAME_KEY, Op.RENAME_KEY, Op.INSERT_LINE,
            Op.INSERT_LINE, Op.DEEP_NESTING, Op.ODD_UNICODE, Op.TRUNCATE, Op.INSERT_SYNTAX, Op.INDENT, Op.BAD_BYTES);
    /** CSV data operators. */
    static final List<Op> CSV_OPS = List.of(Op.DELETE_LINE, Op.DUPLICATE_LINE, Op.SWAP_LINES, Op.REPLACE_FIELD,
            Op.REPLACE_FIELD, Op.SCALE_NUMBER, Op.SCALE_NUMBER, Op.SCALE_NUMBER, Op.ADD_FIELD, Op.DROP_FIELD,
            Op.SEMICOLONS, Op.RENAME_COLUMN, Op.BLANK_LINE, Op.ODD_UNICODE, Op.TRUNCATE, Op.INSERT_SYNTAX, Op.BAD_BYTES);
    /** Operators that keep the data well formed more often, for runs of the model. */
    static final List<Op> CSV_VALUE_OPS = List.of(Op.SCALE_NUMBER, Op.SCALE_NUMBER, Op.SCALE_NUMBER, Op.SCALE_NUMBER,
            Op.REPLACE_FIELD, Op.DELETE_LINE);

    enum Op {
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, REPLACE_VALUE, SCALE_NUMBER, RENAME_KEY, INSERT_LINE, DEEP_NESTING,
        ODD_UNICODE, TRUNCATE, INSERT_SYNTAX, INDENT, BAD_BYTES, REPLACE_FIELD, ADD_FIELD, DROP_FIELD, SEMICOLONS,
        RENAME_COLUMN, BLANK_LINE
    }

    /** One mutation: an operator and three numbers that pick where and what. */
    record Mutation(Op op, int where, int what, int extra) {
        @Override
        public String toString() {
            return op + "(" + where + ", " + what + ", " + extra + ")";
        }
    }

    private Mutations() {
    }

    /** One to three mutations drawn from {@code ops}. */
    static Arbitrary<List<Mutation>> of(List<Op> ops) {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(ops), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1_000_000))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    // --- pools ---

    /** Values of every type a scenario value could wrongly be. */
    static final List<String> YAML_VALUES = List.of("text", "'12'", "\"3.5\"", "true", "false", "True", "yes", "no", "on",
            "off", "y", "[1, 2]", "[]", "{}", "{a: 1}", "", "~", "null", "none", "None", "0", "-1", "-0", "0.5", "1e308",
            "1e999", "-1e999", "4.9e-324", ".nan", ".NaN", ".inf", "-.inf", "NaN", "Infinity", "-Infinity", "0x1F", "0o17",
            "0b101", "017", "1_000", "+12", "1.", ".5", "1e3", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999999999999999999999999999", "1:30", "2028-13", "2025-12",
            "2036-01", "2027-06", "2028-01-01", "0000-01", "9999-12", "'55'", "'5'", "'99'", "55", "'03'", "flat",
            "breakpoint", "patientAdjusted", "baRegion", "file", "municipality", "data/municipalities.csv",
            "../data/municipalities.csv", "data/troms.csv", "/dev/null", "/", ".", "data", "nope.csv", "baseline.yaml",
            "&a 1", "*a", "!!str 1", "!!python/object/apply:os.system ['echo hi']", "!!java.io.File [/tmp]",
            "!<tag:yaml.org,2002:int> 5", "|\n  block\n  text", ">\n  folded", "'unterminated", "\"unterminated",
            "[1, 2", "{a: 1", "a: b", "- 1", "? x", "%", "@x", "`x", "# comment only", "'=cmd|calc'", "😀", "\u202Eevil",
            "'\u0000'", "\"\\u0000\"", "\"\\x07\"", "[1.6, 2.9, 4.3]", "[1.6, 2.9, 4.3, 5.5, 6]", "[a, b, c, d]",
            "[0.45, 0.2, 0.2, 0.16]", "[.nan, 1, 1, 1]", "[1e999, 0, 0, 0, 0, 0]", "[[1], 2, 3, 4]",
            "x".repeat(5_000), "'" + "y".repeat(100_000) + "'", "1" + "0".repeat(400), "0." + "0".repeat(400) + "1");

    /** Whole lines to insert into a scenario. */
    static final List<String> YAML_LINES = List.of("unknownKey: 1", "extends: baseline.yaml", "extends: fuzz.yaml",
            "extends: nope.yaml", "extends: data", "extends: ''", "extends: [a]", "policies:\n  - from: 2028-01\n    demand.teamRelief: 0.2",
            "policies: [{from: 2025-01, demand.teamRelief: 0.1}]", "policies: [{from: 2027-01}]",
            "policies: [{from: 2027-01, seed: 3}]", "policies: [{from: 2027-01, name: x}]",
            "policies:\n  - from: 2027-01\n    demand.teamRelief: 0.1\n  - from: 2027-01\n    demand.teamRelief: 0.2",
            "- from: 2030-01", "seed: 1", "years: 1", "years: 50", "replicates: 10000", "---", "...", "--- !!map",
            "a: &x [1, 2]\nb: *x", "x: !!binary aGVsbG8=", "? [complex]\n: key", "<<: {a: 1}", "name: \"=cmd|' /C calc'!A0\"",
            "name: '../../etc'", "name: ''", "name: " + "n".repeat(70), "description: |\n  multi\n  line",
            "description: [1, 2]", "demand: {minutesPerConsultation: 45}", "demand.minutesPerConsultation: 45",
            "funding.basicGrant.model: flat", "funding.basicGrant.model: breakpoint", "funding.basicGrant.rateBelow: 700",
            "funding.basicGrant.breakpoint: 2500", "funding.basicGrant.maxPatients: 1", "onCall.district: file",
            "onCall.districtFile: nope.csv", "onCall.districtFile: data/troms.csv",
            "funding.municipalSupplementFile: data/municipalities.csv", "demography.projectionFile: data/municipalities.csv",
            "data.county: '99'", "data.county: '55'", "data.county: none", "data.municipalities: data/troms.csv",
            "data.municipalities: data", "data.municipalities: /dev/null", "behaviour.capMin: 2500", "behaviour.capMax: 100",
            "exit.retirementStartAge: 80", "exit.maxAge: 50", "initial.gpAge.min: 60", "initial.gpAge.max: 50",
            "labourMarket.mix: [1, 0, 0, 0]", "labourMarket.mix: [0.5, 0.5, 0.5, 0.5]", "funding: 5", "funding: []",
            "funding.basicGrant: {}", "onCall.: 1", ".x: 1", "a..b: 1", "'': 1", "~: 1", "null: 1", "1: 1", "true: 1",
            "\"\\u200bseed\": 1", "se\u200Bed: 1", "SEED: 1", "Seed: 1", "seeds: 1", "from: 2028-01", "%YAML 1.1",
            "%TAG ! tag:example.com,2000:", "&anchor k: 1", "k: !local 1");

    /** Odd characters to insert anywhere. */
    static final List<String> UNICODE = List.of("\u0301", "\u200B", "\u200D", "\u202E", "\uFEFF", "\u2028", "\u2029",
            "\u0085", "\u00A0", "😀", "\uD800", "\uDC00", "\u0000", "\u0007", "\u001B[31m", "\t", "\r", "\r\n", "ø", "Æ",
            "\uFFFE", "\uFFFF", "𝟘", "١", "٣", "Ｆ", "İ", "ß", "\u0130", "\u3000", "\uFF1D", "ﬁ", "\u00AD", "\uE000");

    /** YAML and CSV syntax characters. */
    static final String SYNTAX = ":-[]{}&*!|>'\"#%@`,?;\n\r\\";

    /** CSV field values. */
    static final List<String> CSV_VALUES = List.of("", "-1", "0", "abc", "1.5", "1e3", "NaN", "Infinity",
            "99999999999999999999", "9223372036854775807", "١٢٣", " 12 ", "+5", "=1+1", "\"", "\"\"", "\"a,b\"", "yes",
            "no", "maybe", "YES", "03", "3", "55", "0301", "12345", "123", "=HYPERLINK(\"http://x\")", "-SUM(A1)", "@cmd",
            "+cmd", "\tx", "😀", "0x10", "1_000", "2147483648", "1000001", "100000001", "5", "6", "7", "1000", "1001",
            "2500", "5000", "100000");

    /** Scale factors and shifts for numbers. */
    private static final double[] FACTORS = {0, -1, 0.5, 2, 10, 1000, 1e6, 1e12, 1e300, -1e300, 1.0001, 0.1, 0.01};
    private static final double[] SHIFTS = {1, -1, 100, -100};

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s:#'\"\\[{][^:#]*?)(:(?:\\s|$).*)$");
    private static final List<String> KEY_WORDS = keyWords();

    private static List<String> keyWords() {
        List<String> words = new ArrayList<>();
        for (Key<?> key : ParameterSchema.keys()) {
            words.add(key.path());
            words.add(key.path().substring(key.path().lastIndexOf('.') + 1));
        }
        words.addAll(List.of("extends", "policies", "name", "description", "from", "funding", "onCall", "basicGrant"));
        return words;
    }

    // --- applying ---

    /** Applies the mutations in turn; byte-level ones last, on the encoded text. */
    static byte[] apply(String text, List<Mutation> mutations) {
        List<Mutation> bytes = new ArrayList<>();
        for (Mutation m : mutations) {
            if (m.op() == Op.BAD_BYTES) {
                bytes.add(m);
            } else {
                text = apply(text, m);
            }
        }
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : bytes) {
            out = badBytes(out, m);
        }
        return out;
    }

    static String apply(String text, Mutation m) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = lines.size();
        int line = m.where() % n;
        switch (m.op()) {
            case DELETE_LINE -> lines.remove(line);
            case DUPLICATE_LINE -> lines.add(line, lines.get(line));
            case SWAP_LINES -> {
                int other = m.what() % n;
                String a = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, a);
            }
            case REPLACE_VALUE -> lines.set(line, replaceValue(lines.get(line), pick(YAML_VALUES, m.what())));
            case SCALE_NUMBER -> lines.set(line, scaleNumber(lines.get(line), m.what(), m.extra()));
            case RENAME_KEY -> lines.set(line, renameKey(lines.get(line), m.what(), m.extra()));
            case INSERT_LINE -> lines.add(line, " ".repeat(2 * (m.extra() % 3)) + pick(YAML_LINES, m.what()));
            case DEEP_NESTING -> lines.set(line, replaceValue(lines.get(line), deep(m.what() % 3, 1 + m.extra() % 64)));
            case ODD_UNICODE -> {
                return insertAt(text, m.where(), pick(UNICODE, m.what()));
            }
            case TRUNCATE -> {
                String cut = text.substring(0, m.where() % (text.length() + 1));
                return m.extra() % 2 == 0 ? cut + "\n" : cut;
            }
            case INSERT_SYNTAX -> {
                return insertAt(text, m.where(), String.valueOf(SYNTAX.charAt(m.what() % SYNTAX.length())));
            }
            case INDENT -> {
                String l = lines.get(line);
                lines.set(line, m.extra() % 2 == 0 ? " ".repeat(1 + m.what() % 5) + l : l.stripLeading());
            }
            case REPLACE_FIELD -> lines.set(line, setField(lines.get(line), m.extra(), pick(CSV_VALUES, m.what())));
            case ADD_FIELD -> lines.set(line, setField(lines.get(line), m.extra(), pick(CSV_VALUES, m.what()) + ","
                    + field(lines.get(line), m.extra())));
            case DROP_FIELD -> lines.set(line, dropField(lines.get(line), m.extra()));
            case SEMICOLONS -> lines.set(line, lines.get(line).replace(',', ';'));
            case RENAME_COLUMN -> lines.set(0, setField(lines.get(0), m.extra(), edit(field(lines.get(0), m.extra()),
                    m.what())));
            case BLANK_LINE -> lines.add(line, m.what() % 2 == 0 ? "" : "   ");
            case BAD_BYTES -> throw new IllegalArgumentException("byte mutations are applied to bytes");
            default -> throw new IllegalArgumentException(m.op().toString());
        }
        return String.join("\n", lines);
    }

    private static String pick(List<String> pool, int i) {
        return pool.get(i % pool.size());
    }

    private static String insertAt(String text, int where, String s) {
        int at = where % (text.length() + 1);
        return text.substring(0, at) + s + text.substring(at);
    }

    /** Replaces what follows the first ": " (or the whole content of a line without a key). */
    private static String replaceValue(String line, String value) {
        Matcher k = KEY.matcher(line);
        if (k.matches()) {
            return k.group(1) + k.group(2) + ": " + value;
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        return indent + value;
    }

    private static String scaleNumber(String line, int which, int how) {
        Matcher m = NUMBER.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return line;
        }
        int[] span = spans.get(which % spans.size());
        BigDecimal v = new BigDecimal(line.substring(span[0], span[1]));
        int choice = how % (FACTORS.length + SHIFTS.length);
        BigDecimal scaled = choice < FACTORS.length ? v.multiply(BigDecimal.valueOf(FACTORS[choice]))
                : v.add(BigDecimal.valueOf(SHIFTS[choice - FACTORS.length]));
        String written = scaled.abs().compareTo(new BigDecimal("1e20")) > 0
                ? String.format(Locale.ROOT, "%.3e", scaled.doubleValue()) : scaled.stripTrailingZeros().toPlainString();
        return line.substring(0, span[0]) + written + line.substring(span[1]);
    }

    private static String renameKey(String line, int how, int where) {
        Matcher k = KEY.matcher(line);
        if (!k.matches()) {
            return line;
        }
        String key = k.group(2);
        String renamed = how % 4 == 0 ? pick(KEY_WORDS, where) : edit(key, how * 31 + where);
        return k.group(1) + renamed + k.group(3);
    }

    /** A small edit of a word: a character inserted, deleted, replaced or swapped, or a change of case. */
    static String edit(String word, int how) {
        if (word.isEmpty()) {
            return "x";
        }
        int at = Math.abs(how / 7) % word.length();
        return switch (Math.abs(how) % 7) {
            case 0 -> word.substring(0, at) + (char) ('a' + how % 26) + word.substring(at);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + (char) ('a' + (how / 3) % 26) + word.substring(at + 1);
            case 3 -> at + 1 < word.length() ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at)
                    + word.substring(at + 2) : word + "s";
            case 4 -> word.toUpperCase(Locale.ROOT);
            case 5 -> word + "s";
            default -> " " + word;
        };
    }

    private static String deep(int form, int depth) {
        return switch (form) {
            case 0 -> "[".repeat(depth) + "1" + "]".repeat(depth);
            case 1 -> "{a: ".repeat(depth) + "1" + "}".repeat(depth);
            default -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < depth; i++) {
                    b.append('\n').append("  ".repeat(i + 1)).append("k").append(i).append(':');
                }
                yield b.append(" 1").toString();
            }
        };
    }

    private static String field(String line, int i) {
        String[] fields = line.split(",", -1);
        return fields[i % fields.length];
    }

    private static String setField(String line, int i, String value) {
        String[] fields = line.split(",", -1);
        fields[i % fields.length] = value;
        return String.join(",", fields);
    }

    private static String dropField(String line, int i) {
        List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        fields.remove(i % fields.size());
        return String.join(",", fields);
    }

    private static final byte[][] BAD = {
        {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xC3, 0x28}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF}, {0x00}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE6}, {(byte) 0xF8},
    };

    private static byte[] badBytes(byte[] in, Mutation m) {
        int at = m.where() % (in.length + 1);
        byte[] bad = BAD[m.what() % BAD.length];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, at);
        out.write(bad, 0, bad.length);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }
}
