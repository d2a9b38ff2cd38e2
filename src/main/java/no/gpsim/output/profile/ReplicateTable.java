package no.gpsim.output.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import no.gpsim.BadInputException;

/**
 * The summed rows of a place's members for every scenario, replicate and year of a run, filled
 * from the raw municipalities file one row at a time and turned into a {@link Trajectory}. Rows
 * of years it does not follow are ignored, so a table of the end year alone serves for ranking a
 * class's municipalities.
 */
final class ReplicateTable {

    private final List<String> scenarios;
    private final List<Integer> years;
    private final Set<String> members;
    private final int startYear;
    private final Sums[][][] sums;

    /**
     * @param years the years to follow
     * @param startYear the run's first year (the data), which has no flows
     */
    ReplicateTable(List<String> scenarios, int replicates, List<Integer> years, int startYear, Set<String> members) {
        this.scenarios = List.copyOf(scenarios);
        this.years = List.copyOf(years);
        this.members = Set.copyOf(members);
        this.startYear = startYear;
        this.sums = new Sums[scenarios.size()][replicates][years.size()];
    }

    /** The member codes. */
    Set<String> members() {
        return members;
    }

    /** Adds a member's row; a scenario or replicate the run does not have is bad input. */
    void add(Path file, RawMunicipalities.Row row) {
        int y = years.indexOf(row.year());
        if (y < 0) {
            return;
        }
        int s = scenarios.indexOf(row.scenario());
        if (s < 0) {
            throw new BadInputException(file + ": scenario '" + BadInputException.quote(row.scenario())
                    + "' is not one of the run's (" + String.join(", ", scenarios) + ")");
        }
        if (row.replicate() < 0 || row.replicate() >= sums[s].length) {
            throw new BadInputException(file + ": replicate " + row.replicate() + " of " + row.scenario()
                    + " is outside the run's " + sums[s].length + " replicate(s)");
        }
        Sums cell = sums[s][row.replicate()][y];
        if (cell == null) {
            cell = new Sums();
            sums[s][row.replicate()][y] = cell;
        }
        cell.add(row);
    }

    /** The estimates, once every row is in; a missing or repeated member row is bad input naming the file. */
    Trajectory trajectory(Path file) {
        double[][][][] values = new double[scenarios.size()][][][];
        Measure[] measures = Measure.values();
        for (int s = 0; s < scenarios.size(); s++) {
            values[s] = new double[sums[s].length][years.size()][measures.length];
            for (int r = 0; r < sums[s].length; r++) {
                for (int y = 0; y < years.size(); y++) {
                    Sums cell = sums[s][r][y];
                    int found = cell == null ? 0 : cell.members();
                    if (found != members.size()) {
                        throw new BadInputException(file + ": " + found + " row(s) instead of " + members.size()
                                + " for " + scenarios.get(s) + ", replicate " + r + ", " + years.get(y)
                                + "; the file does not match the run's summary files");
                    }
                    for (Measure m : measures) {
                        values[s][r][y][m.ordinal()] = cell.value(m, years.get(y) == startYear);
                    }
                }
            }
        }
        return Trajectory.of(scenarios, years, values);
    }
}
