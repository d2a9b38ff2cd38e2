package no.gpsim.output.report;

import java.util.Locale;
import no.gpsim.experiment.Estimate;
import no.gpsim.observe.Metric;

/**
 * How the report shows numbers: shares in percent (differences in percentage points), costs in
 * millions of NOK, incomes in thousands of NOK, hours with one decimal, counts whole (one decimal
 * when small). Negative numbers use the minus sign.
 */
final class Format {

    private Format() {
    }

    /** The unit a metric is shown in, for column headings. */
    static String unit(Metric m, boolean difference) {
        return switch (m) {
            case MUNICIPAL_COST_NOK, STATE_COST_NOK, STATE_TRANSFERS_NOK -> "M NOK";
            case MEAN_GP_NET_INCOME_NOK, OWN_SUPPLEMENT_NOK -> "k NOK";
            case MEAN_PRACTICE_HOURS, MEAN_MUNICIPAL_HOURS, MEAN_ONCALL_HOURS, MEAN_TOTAL_HOURS -> "h/week";
            case MEAN_MONTHS_TO_FILL -> "months";
            default -> m.kind() == Metric.Kind.SHARE ? (difference ? "pp" : "%") : "";
        };
    }

    static double scale(Metric m) {
        return switch (m.kind()) {
            case SHARE -> 100;
            case NOK -> m == Metric.MEAN_GP_NET_INCOME_NOK || m == Metric.OWN_SUPPLEMENT_NOK ? 1e-3 : 1e-6;
            default -> 1;
        };
    }

    private static int decimals(Metric m, double shown) {
        return switch (m.kind()) {
            case SHARE -> 2;
            case NOK -> m == Metric.MEAN_GP_NET_INCOME_NOK || m == Metric.OWN_SUPPLEMENT_NOK ? 0 : 1;
            case DECIMAL -> m == Metric.MEAN_LIST_LENGTH || m == Metric.MEAN_LIST_CAP ? 0 : 1;
            case COUNT -> Math.abs(shown) >= 100 ? 0 : 1;
        };
    }

    /** A value of the metric in its display unit, without the unit. */
    static String value(Metric m, double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double shown = v * scale(m);
        return number(shown, decimals(m, shown));
    }

    /** The mean of an estimate, with as many decimals as its interval. */
    static String value(Metric m, Estimate e) {
        return number(e.mean() * scale(m), decimals(m, e));
    }

    /** A value with an explicit sign, for differences. */
    static String signed(Metric m, double v) {
        return sign(v, value(m, v));
    }

    /** The mean of a difference with an explicit sign and as many decimals as its interval. */
    static String signed(Metric m, Estimate e) {
        return sign(e.mean(), value(m, e));
    }

    private static String sign(double v, String s) {
        return v > 0 && !s.matches("[0.,]+") ? "+" + s : s;
    }

    /** "[low, high]" in the metric's display unit, or empty when there is no interval. */
    static String interval(Metric m, Estimate e) {
        if (e == null || !e.hasInterval()) {
            return "";
        }
        int d = decimals(m, e);
        return "[" + number(e.low() * scale(m), d) + ", " + number(e.high() * scale(m), d) + "]";
    }

    /** A narrow interval of hours or counts gets three decimals, so that its ends do not coincide. */
    private static int decimals(Metric m, Estimate e) {
        int d = decimals(m, Math.abs(e.mean() * scale(m)));
        double width = e.hasInterval() ? Math.abs(e.high() - e.low()) * scale(m) : 1;
        if (m.kind() != Metric.Kind.SHARE && width > 0 && width < 0.1) {
            d = Math.max(d, 3);
        }
        return d;
    }

    static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        if (s.matches("-0([.,]0*)?")) {
            s = s.substring(1);
        }
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
