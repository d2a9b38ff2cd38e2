package no.gpsim.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a run's checked metrics with an expected file, in exact or statistical mode, and lists
 * what differs in how the two runs were made.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * The result of a check.
     *
     * @param mode the comparison mode
     * @param widen the interval's widening factor (statistical mode)
     * @param outcomes every metric in the file or the run, in {@link MetricKey#ORDER}
     * @param hashMatches whether the outputs hash equals the stored one
     * @param warnings differences in how the runs were made that do not fail the check by themselves
     */
    public record Result(Mode mode, double widen, List<Outcome> outcomes, boolean hashMatches, List<String> warnings) {

        public Result {
            outcomes = List.copyOf(outcomes);
            warnings = List.copyOf(warnings);
        }

        public List<Outcome> failures() {
            return outcomes.stream().filter(o -> !o.pass()).toList();
        }

        /** Exact mode also needs the outputs hash to match; statistical mode only the metrics. */
        public boolean passed() {
            return failures().isEmpty() && (hashMatches || mode == Mode.STATISTICAL);
        }
    }

    /** Compares {@code actual} with the stored {@code expected} metrics. */
    public static Result compare(ExpectedFile expected, RunFacts facts, MetricTable actual, Mode mode, double widen) {
        if (!(widen >= 1 && widen <= 100)) {
            throw new IllegalArgumentException("widen " + widen);
        }
        Map<MetricKey, Summary> stored = expected.byKey();
        List<MetricKey> keys = new ArrayList<>(stored.keySet());
        for (MetricKey k : actual.keys()) {
            if (!stored.containsKey(k)) {
                keys.add(k);
            }
        }
        keys.sort(MetricKey.ORDER);
        Set<MetricKey> actualKeys = new HashSet<>(actual.keys());
        List<Outcome> outcomes = new ArrayList<>();
        for (MetricKey k : keys) {
            Summary e = stored.get(k);
            Summary a = actualKeys.contains(k) ? Summary.of(k.metric(), actual.values(k)) : null;
            outcomes.add(outcome(k, e, a, mode, widen));
        }
        return new Result(mode, widen, outcomes, expected.outputsSha256().equals(facts.outputsSha256()),
                warnings(expected, facts));
    }

    static Outcome outcome(MetricKey key, Summary e, Summary a, Mode mode, double widen) {
        if (e == null || a == null) {
            return new Outcome(key, e, a, null, null, false);
        }
        BigDecimal w = BigDecimal.valueOf(widen);
        BigDecimal floor = BigDecimal.valueOf(key.metric().floor());
        BigDecimal below = e.mean().subtract(e.ciLow()).multiply(w).max(floor);
        BigDecimal above = e.ciHigh().subtract(e.mean()).multiply(w).max(floor);
        int scale = Math.max(Math.max(e.mean().scale(), e.ciLow().scale()), Math.max(e.ciHigh().scale(), 0));
        BigDecimal low = e.mean().subtract(below).setScale(scale, RoundingMode.FLOOR);
        BigDecimal high = e.mean().add(above).setScale(scale, RoundingMode.CEILING);
        boolean inside = a.mean().compareTo(low) >= 0 && a.mean().compareTo(high) <= 0;
        boolean pass = mode == Mode.EXACT ? a.mean().compareTo(e.mean()) == 0 : inside;
        return new Outcome(key, e, a, low, high, pass);
    }

    /** Differences in provenance: reported, never failing by themselves (the metrics decide). */
    static List<String> warnings(ExpectedFile e, RunFacts f) {
        List<String> out = new ArrayList<>();
        if (!e.scenario().equals(f.scenario())) {
            out.add("the expected file was written for scenario '" + e.scenario() + "', this run is '" + f.scenario() + "'");
        } else if (!Objects.equals(e.scenarioSha256(), f.scenarioSha256())) {
            out.add("the scenario file (or a file it extends) changed since the expected file was written");
        }
        Map<String, String> then = e.dataSha256() == null ? Map.of() : e.dataSha256();
        Set<String> files = new TreeSet<>(then.keySet());
        files.addAll(f.dataSha256().keySet());
        for (String file : files) {
            if (!Objects.equals(then.get(file), f.dataSha256().get(file))) {
                out.add("input data " + file + (then.containsKey(file) ? f.dataSha256().containsKey(file) ? " changed"
                        : " is no longer used" : " is new") + " since the expected file was written");
            }
        }
        if (!Objects.equals(e.gpsimVersion(), f.gpsimVersion())) {
            out.add("the expected file was written by gpsim " + e.gpsimVersion() + ", this is gpsim " + f.gpsimVersion());
        }
        if (e.seed() != f.seed()) {
            out.add("seed " + f.seed() + " instead of the recorded " + e.seed() + " (--seed): exact mode cannot pass");
        }
        return out;
    }
}
