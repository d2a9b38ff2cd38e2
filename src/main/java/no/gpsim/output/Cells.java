package no.gpsim.output;

import java.util.Locale;
import no.gpsim.observe.Metric;

/** Formats CSV cells the same way on every machine and run. */
public final class Cells {

    private Cells() {
    }

    /** A metric value: counts as whole numbers, shares with 6 decimals, other decimals with 3, NOK whole. */
    public static String value(Metric.Kind kind, double v) {
        if (v == 0) {
            v = 0;
        }
        return switch (kind) {
            case COUNT -> v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : fixed(v, 3);
            case SHARE -> fixed(v, 6);
            case DECIMAL -> fixed(v, 3);
            case NOK -> fixed(v, 0);
        };
    }

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    /**
     * A number with a fixed number of decimals, rounded half up, never "-0". Whole-number
     * arithmetic on the scaled value is exact and the same on every JVM, and an order of magnitude
     * faster than {@code String.format}, which matters for files of a million cells; numbers too
     * large for it fall back to {@code String.format}.
     */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (decimals >= 0 && decimals < POW10.length && Math.abs(v) * POW10[decimals] < 1e15) {
            long scaled = Math.round(Math.abs(v) * POW10[decimals]);
            StringBuilder out = new StringBuilder(24);
            if (v < 0 && scaled != 0) {
                out.append('-');
            }
            out.append(scaled / POW10[decimals]);
            if (decimals > 0) {
                String fraction = Long.toString(scaled % POW10[decimals]);
                out.append('.');
                for (int i = fraction.length(); i < decimals; i++) {
                    out.append('0');
                }
                out.append(fraction);
            }
            return out.toString();
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.startsWith("-") && s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /**
     * A text cell, neutralised for spreadsheets: a cell whose first character other than white
     * space is =, +, -, @ (or their full-width forms, which some spreadsheets also read as
     * formulas), or that starts with a tab or carriage return, gets a leading apostrophe so it is
     * shown as text rather than run as a formula (OWASP, CSV injection).
     */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char first = s.charAt(0);
        if (first == '\t' || first == '\r') {
            return "'" + s;
        }
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
            i++;
        }
        if (i < s.length() && FORMULA_START.indexOf(s.charAt(i)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    /** Characters that make a spreadsheet read a cell as a formula: ASCII and full-width. */
    private static final String FORMULA_START = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";
}
