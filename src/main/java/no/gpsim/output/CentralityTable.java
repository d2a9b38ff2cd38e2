package no.gpsim.output;

import java.io.PrintWriter;
import java.util.List;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;

/** The short table printed at the end of a run: outcomes by centrality class, first and last year, mean over replicates. */
public final class CentralityTable {

    private CentralityTable() {
    }

    public static void print(PrintWriter out, List<ReplicateResult> results, int months) {
        int first = Math.min(12, months);
        int firstYear = RunOutputs.year(first);
        int lastYear = RunOutputs.year(months);
        out.printf("%nBy centrality class (1 = most central), year-end, mean of %d replicate(s):%n", results.size());
        out.printf("%-6s %9s %9s  %8s %8s  %9s %9s  %8s %8s%n", "class", "GPs", "", "list", "", "no GP %", "", "on-call", "");
        out.printf("%-6s %9d %9d  %8d %8d  %9d %9d  %8d %8d%n", "", firstYear, lastYear, firstYear, lastYear, firstYear,
                lastYear, firstYear, lastYear);
        for (int c = 0; c <= 6; c++) {
            String type = c == 0 ? "national" : "centrality";
            String group = c == 0 ? "all" : String.valueOf(c);
            double[] a = mean(results, first, type, group);
            double[] b = mean(results, months, type, group);
            out.printf("%-6s %9.0f %9.0f  %8.0f %8.0f  %9.2f %9.2f  %8.1f %8.1f%n", c == 0 ? "all" : String.valueOf(c),
                    a[Metric.GPS.ordinal()], b[Metric.GPS.ordinal()],
                    a[Metric.MEAN_LIST_LENGTH.ordinal()], b[Metric.MEAN_LIST_LENGTH.ordinal()],
                    100 * a[Metric.SHARE_WITHOUT_GP.ordinal()], 100 * b[Metric.SHARE_WITHOUT_GP.ordinal()],
                    a[Metric.MEAN_ONCALL_HOURS.ordinal()], b[Metric.MEAN_ONCALL_HOURS.ordinal()]);
        }
        out.println("(GPs: count; list: patients per held list; no GP %: share of residents on lists without a GP; "
                + "on-call: hours per GP per week)");
    }

    private static double[] mean(List<ReplicateResult> results, int step, String type, String group) {
        double[] sum = new double[Metric.values().length];
        for (ReplicateResult r : results) {
            for (GroupMonth g : r.months()) {
                if (g.step() == step && g.groupType().equals(type) && g.group().equals(group)) {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += g.values()[i] / results.size();
                    }
                }
            }
        }
        return sum;
    }
}
