package no.gpsim.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A loaded and validated scenario: its run settings, the initial-state settings and the timeline
 * of parameter regimes (the base regime from the start month, then one per policy date).
 *
 * @param name scenario name (the {@code name} key, or the file name without extension)
 * @param description the {@code description} key, or empty
 * @param file the scenario file, absolute
 * @param sha256 hash of the scenario file and every file it extends, in that order
 * @param values the base values (before any policy)
 * @param timeline parameter regimes in date order; the first starts at the start month ({@link #start()})
 * @param policies the dated changes as written, for reports
 */
public record Scenario(String name, String description, Path file, String sha256, ParamValues values,
                       List<Regime> timeline, List<Policy> policies) {

    /**
     * The default start month, that of today's data: populations are for 1 January 2026, GP lists
     * for 31 December 2025. A scenario's own start is the key {@code start}.
     */
    public static final YearMonth START = YearMonth.of(2026, 1);

    public Scenario {
        timeline = List.copyOf(timeline);
        policies = List.copyOf(policies);
    }

    /** Parameters in force from a month on. */
    public record Regime(YearMonth from, ParamValues values, Parameters parameters) { }

    /** A dated change as written in the scenario. */
    public record Policy(YearMonth from, Map<Key<?>, Object> changes) { }

    public RunConfig run() {
        return RunConfig.from(values);
    }

    /** The first simulated month (step 1); step 0 is the last day of the month before. */
    public YearMonth start() {
        return run().startMonth();
    }

    public InitialConfig initial() {
        return InitialConfig.from(values);
    }

    public Parameters baseParameters() {
        return timeline.get(0).parameters();
    }

    /** The municipality data file, resolved against the scenario file that named it. */
    public Path municipalitiesFile() {
        return Path.of(values.get(RunConfig.MUNICIPALITIES));
    }
}
