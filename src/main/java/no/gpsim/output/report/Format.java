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
            case MUNICIPAL_COST_NOK, STATE_COST_NOK -> "M NOK";
            case MEAN_GP_NET_INCOME_NOK -> "k NOK";
            case MEAN_PRACTICE_HOURS, MEAN_MUNICIPAL_HOURS, MEAN_ONCALL_HOURS, MEAN_TOTAL_HOURS -> "h/week";
            default -> m.kind() == Metric.Kind.SHARE ? (difference ? "pp" : "%") : "";
        };
    }

    static double scale(Metric m) {
        return switch (m.kind()) {
            case SHARE -> 100;
            case NOK -> m == Metric.MEAN_GP_NET_INCOME_NOK ? 1e-3 : 1e-6;
            default -> 1;
        };
    }

    private static int decimals(Metric m, double shown) {
        return switch (m.kind()) {
            case SHARE -> 2;
            case NOK -> m == Metric.MEAN_GP_NET_INCOME_NOK ? 0 : 1;
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

    /** A value with an explicit sign, for differences. */
    static String signed(Metric m, double v) {
        String s = value(m, v);
        return v > 0 && !s.matches("[0.,]+") ? "+" + s : s;
    }

    /** "[low, high]" in the metric's display unit, or empty when there is no interval. */
    static String interval(Metric m, Estimate e) {
        if (e == null || !e.hasInterval()) {
            return "";
        }
        double width = Math.abs(e.high() - e.low()) * scale(m);
        int d = Math.max(decimals(m, Math.abs(e.mean() * scale(m))), width > 0 && width < 0.1 ? 3 : 0);
        return "[" + number(e.low() * scale(m), d) + ", " + number(e.high() * scale(m), d) + "]";
    }

    static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        if (s.matches("-0([.,]0*)?")) {
            s = s.substring(1);
        }
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
