package no.gpsim.check;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gpsim.output.RunManifest;

/**
 * What a check prints and writes to {@code check.json}: the verdict, the table of failing metrics
 * (expected mean, actual mean, change and the Holm-adjusted p-value of the shift), warnings and
 * the command that refreshes the expected file. After {@code --update}, the same for the metrics
 * that moved.
 */
public final class CheckReport {

    /** Rows printed at most; check.json has them all. */
    public static final int MAX_ROWS = 60;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private CheckReport() {
    }

    /** The one-line verdict, e.g. {@code PASS: 210 metrics match to the last printed digit; outputs hash matches}. */
    public static String verdict(Comparison.Result r) {
        int n = r.outcomes().size();
        int failed = r.failures().size();
        if (r.mode() == Mode.EXACT) {
            String hash = r.hashMatches() ? "the outputs hash matches" : "the outputs hash differs (some output value moved)";
            if (r.passed()) {
                return "PASS: " + n + " metrics match to the last printed digit and " + hash;
            }
            return failed == 0 ? "FAIL: the " + n + " checked metrics match, but " + hash
                    : "FAIL: " + failed + " of " + n + " metrics differ from the expected values; " + hash;
        }
        String test = "(Welch's t-test of each mean, Holm-corrected, family-wise alpha " + number(r.alpha()) + ")";
        if (r.passed()) {
            return "PASS: none of " + n + " metrics shifted beyond noise " + test + (r.hashMatches()
                    ? "; the outputs hash matches too" : "; the outputs differ from the stored run, as they do when random "
                    + "draws change");
        }
        return "FAIL: " + failed + " of " + n + " metrics shifted beyond noise " + test;
    }

    /**
     * Prints the verdict, failing metrics, warnings, where the outputs are and, on failure, the
     * refresh command after the line that introduces it.
     */
    public static void print(PrintWriter out, Comparison.Result r, Path outputs, String refreshIntro, String refresh) {
        out.println(verdict(r));
        List<Outcome> failures = r.failures();
        if (!failures.isEmpty()) {
            out.println();
            if (r.mode() == Mode.EXACT) {
                long beyond = failures.stream().filter(Outcome::beyondNoise).count();
                out.printf(Locale.ROOT, "In exact mode every mean must equal the expected one. Of the %d that differ, %d are "
                        + "shifts beyond noise,%nmarked * and listed first: %s%n", failures.size(), beyond, testRule(r));
                failures = failures.stream().sorted(Comparator.comparing(Outcome::withinNoise)).toList();
            } else {
                out.printf(Locale.ROOT, "A shift beyond noise: %s%n", testRule(r));
            }
            printTable(out, failures, "expected", "actual");
        }
        for (String w : r.warnings()) {
            out.println("warning: " + w);
        }
        out.println();
        out.println("Outputs and check.json in " + outputs);
        if (!r.passed()) {
            out.println(refreshIntro);
            out.println("  " + refresh);
        }
        out.flush();
    }

    /**
     * Prints what an update moved: the metrics whose mean changed, those outside the old noise
     * band first and marked *.
     *
     * @param moved the comparison of the new run with the old file, or null for a new file
     */
    public static void printUpdate(PrintWriter out, Path file, Comparison.Result moved) {
        if (moved == null) {
            out.println("Wrote " + file + " (new)");
            out.flush();
            return;
        }
        List<Outcome> rows = moved.outcomes().stream().filter(Outcome::moved)
                .sorted(Comparator.comparing(Outcome::withinNoise)).toList();
        long beyond = rows.stream().filter(o -> !o.withinNoise()).count();
        out.printf(Locale.ROOT, "Updated %s: %d of %d metrics moved, %d of them shifts beyond the old file's noise (marked *: "
                + "Welch's t-test, Holm-corrected, family-wise alpha %s)%n", file, rows.size(), moved.outcomes().size(), beyond,
                number(moved.alpha()));
        if (!moved.hashMatches()) {
            out.println("The outputs hash changed.");
        }
        if (!rows.isEmpty()) {
            out.println();
            printTable(out, rows, "old", "new");
        }
        for (String w : moved.warnings()) {
            out.println("note: " + (w.startsWith("the expected file has the old format") ? "the old file had the old format "
                    + ExpectedFile.FORMAT_1 + " (its sd recovered from the 95 % intervals); the new one stores mean, sd and n ("
                    + ExpectedFile.FORMAT + ")" : w));
        }
        out.flush();
    }

    /** How a shift beyond noise is decided, in one sentence. */
    private static String testRule(Comparison.Result r) {
        return String.format(Locale.ROOT, "Welch's t-test of the new replicates against the stored mean, sd and n,%n"
                + "Holm-adjusted p-value (\"Holm p\") at most %s over the %d metrics tested, and a move larger than the "
                + "metric's floor.", number(r.alpha()), r.tested());
    }

    private static void printTable(PrintWriter out, List<Outcome> rows, String before, String after) {
        String format = "%-18s %-8s %4s %15s %15s %9s  %s%n";
        out.printf(Locale.ROOT, format, "metric", "group", "year", before, after, "change", "Holm p");
        int shown = 0;
        for (Outcome o : rows) {
            if (shown++ == MAX_ROWS) {
                out.printf("... and %d more (all in check.json)%n", rows.size() - MAX_ROWS);
                break;
            }
            Double change = o.changePercent();
            String band = o.pHolm() == null ? o.reason() : pLabel(o.pHolm()) + (o.beyondNoise() ? " *" : "");
            out.printf(Locale.ROOT, format, o.key().metric().column(), o.key().groupLabel(), o.key().year(),
                    o.expected() == null ? "-" : plain(o.expected().mean()), o.actual() == null ? "-" : plain(o.actual().mean()),
                    change == null ? "" : String.format(Locale.ROOT, "%+.2f%%", change), band);
        }
    }

    /**
     * Writes check.json.
     *
     * @param run what was run and how (scenario, expected file, mode, seed, replicates, years, wall time, command)
     * @param r the comparison; in an update, the comparison with the old file, or null for a new file
     */
    public static void writeJson(Path file, Map<String, Object> run, Comparison.Result r, String refresh, boolean update)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gpsim_version", RunManifest.version());
        m.putAll(run);
        if (update) {
            m.put("updated", true);
            if (r != null) {
                m.put("metrics_moved", r.outcomes().stream().filter(Outcome::moved).count());
                m.put("moved", rows(r.outcomes().stream().filter(Outcome::moved).toList()));
                m.put("warnings", r.warnings());
            }
        } else {
            m.put("passed", r.passed());
            m.put("verdict", verdict(r));
            m.put("metrics_checked", r.outcomes().size());
            m.put("metrics_failed", r.failures().size());
            m.put("outputs_sha256_matches", r.hashMatches());
            m.put("warnings", r.warnings());
            m.put("refresh_command", refresh);
            m.put("failures", rows(r.failures()));
            m.put("metrics", rows(r.outcomes()));
        }
        JSON.writeValue(file.toFile(), m);
    }

    private static List<Map<String, Object>> rows(List<Outcome> outcomes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("metric", o.key().metric().column());
            row.put("group_type", o.key().groupType());
            row.put("group", o.key().group());
            row.put("year", o.key().year());
            row.put("pass", o.pass());
            if (o.expected() != null) {
                row.put("expected_mean", o.expected().mean());
                row.put("expected_sd", o.expected().sd());
                row.put("expected_n", o.expected().n());
            }
            if (o.actual() != null) {
                row.put("actual_mean", o.actual().mean());
                row.put("actual_sd", o.actual().sd());
                row.put("n", o.actual().n());
            }
            if (o.p() != null) {
                row.put("p_value", o.p());
                row.put("p_holm", o.pHolm());
                row.put("floor", BigDecimal.valueOf(o.key().metric().floor()));
                row.put("beyond_noise", o.beyondNoise());
            }
            row.put("change_percent", o.changePercent());
            if (!o.pass()) {
                row.put("reason", o.reason());
            }
            out.add(row);
        }
        return out;
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /** A level such as 0.01, without trailing zeros. */
    public static String number(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** A p-value in two significant digits: 0.84, 0.0031, 2.4e-07, or 0 when it underflows. */
    static String pLabel(double p) {
        if (p == 0) {
            return "0";
        }
        return p >= 1e-3 ? BigDecimal.valueOf(p).round(new MathContext(2)).stripTrailingZeros().toPlainString()
                : String.format(Locale.ROOT, "%.1e", p);
    }
}
