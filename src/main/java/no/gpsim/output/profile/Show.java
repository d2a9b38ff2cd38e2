package no.gpsim.output.profile;

import java.util.Locale;
import no.gpsim.experiment.Estimate;

/**
 * How a profile writes numbers: shares in percent with two decimals (differences in percentage
 * points), costs in millions of NOK (fewer decimals as the amount grows), cost per resident and
 * list length whole, hours and months with one decimal, counts whole from 100 and with one decimal
 * below. An interval too narrow to show at that precision gets more decimals (up to three), and the
 * mean gets as many. Negative numbers use the minus sign; thousands are separated by commas.
 */
final class Show {

    private Show() {
    }

    /** What a value is multiplied by to be shown. */
    static double scale(Measure m) {
        return switch (m.unit()) {
            case PERCENT -> 100;
            case MILLIONS -> 1e-6;
            default -> 1;
        };
    }

    private static int decimals(Measure m, double shown) {
        double a = Math.abs(shown);
        return switch (m.unit()) {
            case PERCENT -> 2;
            case WHOLE -> 0;
            case HOURS -> 1;
            case COUNT -> a >= 100 ? 0 : 1;
            case MILLIONS -> a >= 100 ? 0 : a >= 10 ? 1 : 2;
        };
    }

    /**
     * Decimals for an estimate: the measure's, more when the interval would collapse, none for a
     * count that is the same whole number in every replicate (the data at the start, say).
     */
    private static int decimals(Measure m, Estimate e) {
        int d = decimals(m, e.mean() * scale(m));
        boolean exact = !e.hasInterval() || e.high() == e.low();
        if (m.unit() == Measure.Unit.COUNT && exact && e.mean() == Math.rint(e.mean())) {
            return 0;
        }
        if (e.hasInterval()) {
            double width = Math.abs(e.high() - e.low()) * scale(m);
            while (width > 0 && width < 2 * Math.pow(10, -d) && d < 3) {
                d++;
            }
        }
        return d;
    }

    /** A value in the measure's display unit, without the unit; empty for NaN. */
    static String value(Measure m, double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double shown = v * scale(m);
        return number(shown, decimals(m, shown));
    }

    /** The mean of an estimate, with as many decimals as its interval; empty for null. */
    static String value(Measure m, Estimate e) {
        return e == null ? "" : number(e.mean() * scale(m), decimals(m, e));
    }

    /** A difference with an explicit sign. */
    static String signed(Measure m, Estimate e) {
        if (e == null) {
            return "";
        }
        String s = value(m, e);
        return e.mean() > 0 && !s.matches("[0.,]+") ? "+" + s : s;
    }

    /**
     * The estimate with its interval cut to what the measure can be: not below zero (except costs,
     * which can be negative after transfers), and a share not above 1. Student's t over a few
     * replicates of a yes-or-no outcome (the one list of a one-GP municipality is vacant or not)
     * reaches past both. The mean is unchanged; differences are never cut.
     */
    static Estimate bounded(Measure m, Estimate e) {
        if (e == null || !e.hasInterval()) {
            return e;
        }
        double low = e.low();
        double high = e.high();
        if (m != Measure.MUNICIPAL_COST && m != Measure.COST_PER_RESIDENT) {
            low = Math.max(0, low);
        }
        if (m.unit() == Measure.Unit.PERCENT) {
            high = Math.min(1, high);
        }
        return new Estimate(e.mean(), low, high, e.n());
    }

    /** "[low, high]" in the display unit, or empty without an interval. */
    static String interval(Measure m, Estimate e) {
        if (e == null || !e.hasInterval()) {
            return "";
        }
        int d = decimals(m, e);
        return "[" + number(e.low() * scale(m), d) + ", " + number(e.high() * scale(m), d) + "]";
    }

    /** A number with thousands separators and the minus sign, never "−0". */
    static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        if (s.matches("-0([.,]0*)?")) {
            s = s.substring(1);
        }
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
