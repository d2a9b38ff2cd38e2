package no.gpsim.check;

import java.util.Comparator;

/**
 * One checked value: a metric for a group in a calendar year.
 *
 * @param metric the metric
 * @param groupType "national" or "centrality"
 * @param group "all" or a centrality class 1-6
 * @param year calendar year (the first simulated year is 2026)
 */
public record MetricKey(CheckedMetric metric, String groupType, String group, int year) {

    /** Metric order of {@link CheckedMetric}, then national before classes 1-6, then year. */
    public static final Comparator<MetricKey> ORDER = Comparator.comparing(MetricKey::metric)
            .thenComparing(k -> k.groupType().equals("national") ? "" : k.group()).thenComparingInt(MetricKey::year);

    /** The group as shown in tables: "national" or "class 3". */
    public String groupLabel() {
        return groupType.equals("national") ? "national" : "class " + group;
    }

    /** A one-line name, e.g. {@code share_without_gp class 6 2035}. */
    @Override
    public String toString() {
        return metric.column() + " " + groupLabel() + " " + year;
    }
}
