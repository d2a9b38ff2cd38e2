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

    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NaN";
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

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
