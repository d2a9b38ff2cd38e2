package no.gpsim.sweep;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gpsim.BadInputException;
import no.gpsim.experiment.YearlyValues;
import no.gpsim.observe.Metric;

/**
 * A summary outcome of one run, written {@code METRIC@YEAR}, {@code METRIC@FROM-TO} or either with
 * {@code :TYPE/GROUP} for a group other than the nation ({@code share_without_gp@2035:centrality/6},
 * {@code recruits@2027-2035:size/<2000}). The value is the metric's yearly value (docs: stocks at
 * 31 December, flows summed over the year); over a span of years, flows are summed and other
 * metrics averaged over the years.
 *
 * @param text as written
 * @param metric the metric
 * @param from first year
 * @param to last year (the same as {@code from} for one year)
 * @param groupType national, centrality or size
 * @param group the group's label (all for national)
 */
public record OutcomeSpec(String text, Metric metric, int from, int to, String groupType, String group)
        implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("([a-z0-9_]+)@(\\d{4})(?:-(\\d{4}))?(?::([a-z]+)/(.+))?");

    /** Parses an outcome; bad ones are bad input naming the option. */
    public static OutcomeSpec parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new BadInputException("--outcome " + text + ": expected METRIC@YEAR or METRIC@FROM-TO, optionally "
                    + "followed by :centrality/K or :size/CLASS (e.g. share_without_gp@2035, recruits@2027-2035)");
        }
        Metric metric = Metric.byColumn(m.group(1));
        if (metric == null) {
            throw new BadInputException("--outcome " + text + ": " + m.group(1) + " is not a metric (the columns of "
                    + "national.csv, e.g. share_without_gp, recruits, gps, mean_oncall_hours)");
        }
        int from = Integer.parseInt(m.group(2));
        int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
        if (to < from) {
            throw new BadInputException("--outcome " + text + ": the years run backwards");
        }
        String type = m.group(4) == null ? "national" : m.group(4);
        String group = m.group(5) == null ? "all" : m.group(5);
        if (!List.of("national", "centrality", "size").contains(type)) {
            throw new BadInputException("--outcome " + text + ": " + type + " is not a group type; use centrality/1..6 "
                    + "or size/<2000, size/2000-4999, size/5000-9999, size/10000-19999, size/20000-49999, size/50000+");
        }
        return new OutcomeSpec(text.trim(), metric, from, to, type, group);
    }

    /** The column name in the output files. */
    public String column() {
        return text;
    }

    /**
     * Checks the years against a run from {@code start} over {@code years} years: the simulated years
     * are start's year to start's year + years - 1 (the year before is the data, without flows).
     */
    public void check(YearMonth start, int years) {
        int first = start.getYear();
        int last = first + years - 1;
        if (from < first || to > last) {
            throw new BadInputException("--outcome " + text + ": the run simulates " + first + "-" + last
                    + "; choose years inside it");
        }
    }

    /** The outcome of one run, from its yearly values by group. */
    public double value(Map<YearlyValues.Group, Map<Integer, double[]>> yearly) {
        Map<Integer, double[]> byYear = yearly.get(new YearlyValues.Group(groupType, group));
        if (byYear == null) {
            throw new BadInputException("--outcome " + text + ": no group " + groupType + "/" + group
                    + " in this run (the groups are those of groups.csv)");
        }
        double sum = 0;
        for (int y = from; y <= to; y++) {
            sum += byYear.get(y)[metric.ordinal()];
        }
        return metric.isFlow() ? sum : sum / (to - from + 1);
    }
}
