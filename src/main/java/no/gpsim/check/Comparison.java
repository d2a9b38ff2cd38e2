package no.gpsim.check;

import java.math.BigDecimal;
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
 *
 * <p>Both modes test every metric for a shift beyond noise: Welch's two-sample t-test of the
 * rerun's replicates against the stored mean, sd and n ({@link WelchTest}), with Holm's correction
 * over all the metrics that both sides have ({@link Holm}), so that a rerun on other random draws
 * marks any metric at most a fraction alpha of the time. A move no larger than the metric's floor
 * ({@link CheckedMetric#floor()}) is never a shift. Statistical mode fails on such shifts only;
 * exact mode fails on any difference and marks the shifts.
 */
public final class Comparison {

    /** Family-wise level of the statistical check unless --alpha says otherwise; see docs/REGRESSION.md. */
    public static final double DEFAULT_ALPHA = 0.01;

    private Comparison() {
    }

    /**
     * The result of a check.
     *
     * @param mode the comparison mode
     * @param alpha the family-wise level of the test for shifts beyond noise
     * @param outcomes every metric in the file or the run, in {@link MetricKey#ORDER}
     * @param hashMatches whether the outputs hash equals the stored one
     * @param warnings differences in how the runs were made that do not fail the check by themselves
     */
    public record Result(Mode mode, double alpha, List<Outcome> outcomes, boolean hashMatches, List<String> warnings) {

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

        /** Metrics that both sides have: the family Holm's correction runs over. */
        public long tested() {
            return outcomes.stream().filter(o -> o.p() != null).count();
        }
    }

    /** Compares {@code actual} with the stored {@code expected} metrics. */
    public static Result compare(ExpectedFile expected, RunFacts facts, MetricTable actual, Mode mode, double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha " + alpha);
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
        int count = keys.size();
        Summary[] expectedAt = new Summary[count];
        Summary[] actualAt = new Summary[count];
        List<Integer> tested = new ArrayList<>(); // indexes of the metrics both sides have: Holm's family
        for (int i = 0; i < count; i++) {
            MetricKey k = keys.get(i);
            expectedAt[i] = stored.get(k);
            actualAt[i] = actualKeys.contains(k) ? Summary.of(k.metric(), actual.values(k)) : null;
            if (expectedAt[i] != null && actualAt[i] != null) {
                tested.add(i);
            }
        }
        double[] p = new double[tested.size()];
        for (int j = 0; j < p.length; j++) {
            p[j] = pValue(expectedAt[tested.get(j)], actualAt[tested.get(j)]);
        }
        double[] holm = Holm.adjust(p);
        Outcome[] outcomes = new Outcome[count];
        for (int i = 0; i < count; i++) {
            outcomes[i] = new Outcome(keys.get(i), expectedAt[i], actualAt[i], null, null, false, false); // missing on one side
        }
        for (int j = 0; j < p.length; j++) {
            int i = tested.get(j);
            outcomes[i] = outcome(keys.get(i), expectedAt[i], actualAt[i], p[j], holm[j], mode, alpha);
        }
        return new Result(mode, alpha, List.of(outcomes), expected.outputsSha256().equals(facts.outputsSha256()),
                warnings(expected, facts));
    }

    /** Welch's two-sided p-value of the stored and the new mean. */
    static double pValue(Summary e, Summary a) {
        if (e.n() < 2 || a.n() < 2) {
            return e.mean().compareTo(a.mean()) == 0 ? 1 : 0; // no spread to test against: the floor decides
        }
        return WelchTest.pValue(e.mean().doubleValue(), e.sd().doubleValue(), e.n(), a.mean().doubleValue(),
                a.sd().doubleValue(), a.n());
    }

    /**
     * One metric's outcome, given its p-value and Holm-adjusted p-value: a shift beyond noise when
     * the adjusted p-value is at most alpha and the mean moved by more than the floor.
     */
    static Outcome outcome(MetricKey key, Summary e, Summary a, double p, double pHolm, Mode mode, double alpha) {
        BigDecimal floor = BigDecimal.valueOf(key.metric().floor());
        boolean beyond = pHolm <= alpha && a.mean().subtract(e.mean()).abs().compareTo(floor) > 0;
        boolean pass = mode == Mode.EXACT ? a.mean().compareTo(e.mean()) == 0 : !beyond;
        return new Outcome(key, e, a, p, pHolm, beyond, pass);
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
        if (ExpectedFile.FORMAT_1.equals(e.format())) {
            out.add("the expected file has the old format " + ExpectedFile.FORMAT_1 + " (95 % intervals, no sd): each metric's "
                    + "sd was recovered from its interval, to about three digits; refresh the file with --update to store "
                    + "mean, sd and n (format " + ExpectedFile.FORMAT + ")");
        }
        if (e.seed() != f.seed()) {
            out.add("seed " + f.seed() + " instead of the recorded " + e.seed() + " (--seed): exact mode cannot pass");
        }
        return out;
    }
}
