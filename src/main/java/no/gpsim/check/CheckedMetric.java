package no.gpsim.check;

import no.gpsim.observe.Metric;

/**
 * The outcomes a regression check compares, per group and checked year. Stocks are read at the
 * year's end (step 12k); flows and costs are summed over the calendar year's twelve months.
 *
 * <p>The floor is the smallest half-width of the allowed band in statistical mode, in the
 * metric's unit. It matters only when the replicates happen to agree (a class with no vacant list
 * in any replicate has an interval of width zero), so that one vacant list more is not taken for
 * a shift. It is about one unit of what is counted, well below what a policy moves.
 */
public enum CheckedMetric {
    GPS(Metric.GPS, 1, "GPs holding a list at the year's end"),
    LISTS_VACANT(Metric.LISTS_VACANT, 1, "lists without a GP at the year's end"),
    SHARE_WITHOUT_GP(Metric.SHARE_WITHOUT_GP, 0.0005, "share of residents on lists without a GP at the year's end"),
    MEAN_LIST_LENGTH(Metric.MEAN_LIST_LENGTH, 1, "patients per held list at the year's end"),
    MEAN_ONCALL_HOURS(Metric.MEAN_ONCALL_HOURS, 0.05, "on-call hours per GP per week in the year's last month"),
    RECRUITS(Metric.RECRUITS, 1, "posts filled in the year"),
    EXITS_RETIREMENT(Metric.EXITS_RETIREMENT, 1, "GPs who retired in the year"),
    EXITS_OTHER(Metric.EXITS_OTHER, 1, "GPs who left the scheme for other reasons in the year"),
    MUNICIPAL_COST_NOK(Metric.MUNICIPAL_COST_NOK, 1_000_000, "municipal net cost in the year, NOK"),
    STATE_COST_NOK(Metric.STATE_COST_NOK, 1_000_000, "state cost in the year, NOK");

    private final Metric metric;
    private final double floor;
    private final String description;

    CheckedMetric(Metric metric, double floor, String description) {
        this.metric = metric;
        this.floor = floor;
        this.description = description;
    }

    public Metric metric() {
        return metric;
    }

    /** The column name in the CSV outputs, also the metric's name in expected files. */
    public String column() {
        return metric.column();
    }

    /** Smallest half-width of the statistical band, in the metric's unit (per year for flows). */
    public double floor() {
        return floor;
    }

    public String description() {
        return description;
    }

    /** The checked metric with this column name, or null. */
    public static CheckedMetric byColumn(String column) {
        for (CheckedMetric m : values()) {
            if (m.column().equals(column)) {
                return m;
            }
        }
        return null;
    }
}
