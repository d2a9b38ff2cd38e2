package no.gpsim.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;

/**
 * The short table printed at the end of a run: outcomes by centrality class at the start (the
 * data), at the end of the first year and at the end of the last year, mean over replicates.
 */
public final class CentralityTable {

    private static final Metric[] SHOWN = {Metric.GPS, Metric.MEAN_LIST_LENGTH, Metric.SHARE_WITHOUT_GP,
        Metric.MEAN_ONCALL_HOURS};
    private static final String[] TITLES = {"GPs", "patients per list", "% without a GP", "on-call h/week"};

    private CentralityTable() {
    }

    public static void print(PrintWriter out, List<ReplicateResult> results, int months) {
        List<Integer> steps = new ArrayList<>(List.of(0, Math.min(12, months)));
        if (months > 12) {
            steps.add(months);
        }
        out.printf("%nBy centrality class (1 = most central), mean of %d replicate(s); start = the data (31 Dec 2025):%n",
                results.size());
        StringBuilder head = new StringBuilder(String.format("%-6s", "class"));
        StringBuilder years = new StringBuilder(String.format("%-6s", ""));
        for (String title : TITLES) {
            int width = 7 * steps.size();
            head.append(" |").append(String.format("%" + width + "s", title));
            years.append(" |");
            for (int step : steps) {
                years.append(String.format("%7s", step == 0 ? "start" : String.valueOf(RunOutputs.year(step))));
            }
        }
        out.println(head);
        out.println(years);
        for (int c = 0; c <= 6; c++) {
            String type = c == 0 ? "national" : "centrality";
            String group = c == 0 ? "all" : String.valueOf(c);
            StringBuilder row = new StringBuilder(String.format("%-6s", c == 0 ? "all" : group));
            for (Metric m : SHOWN) {
                row.append(" |");
                for (int step : steps) {
                    double v = mean(results, step, type, group, m);
                    row.append(switch (m) {
                        case SHARE_WITHOUT_GP -> String.format("%7.2f", 100 * v);
                        case MEAN_ONCALL_HOURS -> String.format("%7.1f", v);
                        default -> String.format("%7.0f", v);
                    });
                }
            }
            out.println(row);
        }
    }

    private static double mean(List<ReplicateResult> results, int step, String type, String group, Metric m) {
        double sum = 0;
        for (ReplicateResult r : results) {
            for (GroupMonth g : r.months()) {
                if (g.step() == step && g.groupType().equals(type) && g.group().equals(group)) {
                    sum += g.get(m);
                }
            }
        }
        return sum / results.size();
    }
}
