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
 * Replicates are added one at a time and only the sums are kept.
 */
public final class CentralityTable {

    private static final Metric[] SHOWN = {Metric.GPS, Metric.MEAN_LIST_LENGTH, Metric.SHARE_WITHOUT_GP,
        Metric.MEAN_ONCALL_HOURS};
    private static final String[] TITLES = {"GPs", "patients per list", "% without a GP", "on-call h/week"};

    private final int months;
    private final java.time.YearMonth start;
    private final List<Integer> steps;
    /** Per class (0 = national), metric shown and step: the sum over the replicates added. */
    private final double[][][] sums;
    private int replicates;

    /** A table for runs of {@code months} months; feed it with {@link #add}. */
    public CentralityTable(int months, java.time.YearMonth start) {
        this.start = start;
        this.months = months;
        this.steps = new ArrayList<>(List.of(0, Math.min(12, months)));
        if (months > 12) {
            steps.add(months);
        }
        this.sums = new double[7][SHOWN.length][steps.size()];
    }

    /** Adds one replicate (in replicate order, so the sums are the same whatever the threads). */
    public void add(ReplicateResult result) {
        for (GroupMonth g : result.months()) {
            int c = classOf(g);
            int k = steps.indexOf(g.step());
            if (c < 0 || k < 0) {
                continue;
            }
            for (int i = 0; i < SHOWN.length; i++) {
                sums[c][i][k] += g.get(SHOWN[i]);
            }
        }
        replicates++;
    }

    private static int classOf(GroupMonth g) {
        if (g.groupType().equals("national")) {
            return g.group().equals("all") ? 0 : -1;
        }
        if (g.groupType().equals("centrality")) {
            int c = Integer.parseInt(g.group());
            return c >= 1 && c <= 6 ? c : -1;
        }
        return -1;
    }

    /** Prints the table of the replicates added so far. */
    public void print(PrintWriter out) {
        if (months < 1 || replicates == 0) {
            throw new IllegalStateException("no replicates to print");
        }
        out.printf("%nBy centrality class (1 = most central), mean of %d replicate(s); start = the data (%s):%n",
                replicates, RunOutputs.date(start, 0));
        StringBuilder head = new StringBuilder(String.format("%-6s", "class"));
        StringBuilder years = new StringBuilder(String.format("%-6s", ""));
        for (String title : TITLES) {
            int width = 7 * steps.size();
            head.append(" |").append(String.format("%" + width + "s", title));
            years.append(" |");
            for (int step : steps) {
                years.append(String.format("%7s", step == 0 ? "start" : String.valueOf(RunOutputs.year(start, step))));
            }
        }
        out.println(head);
        out.println(years);
        for (int c = 0; c <= 6; c++) {
            StringBuilder row = new StringBuilder(String.format("%-6s", c == 0 ? "all" : String.valueOf(c)));
            for (int i = 0; i < SHOWN.length; i++) {
                row.append(" |");
                for (int k = 0; k < steps.size(); k++) {
                    double v = sums[c][i][k] / replicates;
                    row.append(switch (SHOWN[i]) {
                        case SHARE_WITHOUT_GP -> String.format("%7.2f", 100 * v);
                        case MEAN_ONCALL_HOURS -> String.format("%7.1f", v);
                        default -> String.format("%7.0f", v);
                    });
                }
            }
            out.println(row);
        }
    }
}
