package no.gpsim.output.profile;

import java.util.List;
import no.gpsim.experiment.Estimate;
import no.gpsim.experiment.OnlineEstimate;

/**
 * A place's outcomes per scenario and year: the mean over replicates with its 95 % Student-t
 * interval ({@link Estimate}), and for every scenario but the base the paired difference from the
 * base (replicate r of each scenario met the same random draws, seed S + r), with its interval.
 * Replicates where a measure is undefined (see {@link Measure}) are left out of it, and a
 * difference is paired only over replicates where both scenarios have a value.
 */
public final class Trajectory {

    private final List<String> scenarios;
    private final List<Integer> years;
    private final Estimate[][][] values;
    private final Estimate[][][] differences;

    private Trajectory(List<String> scenarios, List<Integer> years, Estimate[][][] values, Estimate[][][] differences) {
        this.scenarios = List.copyOf(scenarios);
        this.years = List.copyOf(years);
        this.values = values;
        this.differences = differences;
    }

    /**
     * The estimates from per-replicate values.
     *
     * @param replicateValues by scenario, replicate, year index and measure ordinal; NaN where undefined
     */
    static Trajectory of(List<String> scenarios, List<Integer> years, double[][][][] replicateValues) {
        Measure[] measures = Measure.values();
        Estimate[][][] values = new Estimate[scenarios.size()][years.size()][measures.length];
        Estimate[][][] differences = new Estimate[scenarios.size()][years.size()][measures.length];
        for (int s = 0; s < scenarios.size(); s++) {
            for (int y = 0; y < years.size(); y++) {
                for (Measure m : measures) {
                    OnlineEstimate value = new OnlineEstimate();
                    OnlineEstimate diff = new OnlineEstimate();
                    double[][][] own = replicateValues[s];
                    for (int r = 0; r < own.length; r++) {
                        double v = own[r][y][m.ordinal()];
                        if (Double.isNaN(v)) {
                            continue;
                        }
                        value.add(v);
                        double b = replicateValues[0][r][y][m.ordinal()];
                        if (s > 0 && !Double.isNaN(b)) {
                            diff.add(v - b);
                        }
                    }
                    values[s][y][m.ordinal()] = value.n() == 0 ? null : value.estimate();
                    differences[s][y][m.ordinal()] = diff.n() == 0 ? null : diff.estimate();
                }
            }
        }
        return new Trajectory(scenarios, years, values, differences);
    }

    /** Scenario names, the base first. */
    public List<String> scenarios() {
        return scenarios;
    }

    /** Years, the start (the data) first. */
    public List<Integer> years() {
        return years;
    }

    /** The mean and interval over replicates, or null where no replicate has a value. */
    public Estimate value(String scenario, int year, Measure m) {
        int s = scenarios.indexOf(scenario);
        int y = years.indexOf(year);
        return s < 0 || y < 0 ? null : values[s][y][m.ordinal()];
    }

    /** The paired difference from the base, or null for the base itself and where no pair has values. */
    public Estimate difference(String scenario, int year, Measure m) {
        int s = scenarios.indexOf(scenario);
        int y = years.indexOf(year);
        return s < 0 || y < 0 ? null : differences[s][y][m.ordinal()];
    }

    /** Whether any scenario has a value of the measure in any year after the start. */
    public boolean hasValues(Measure m) {
        for (Estimate[][] scenario : values) {
            for (int y = 1; y < years.size(); y++) {
                if (scenario[y][m.ordinal()] != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
