package no.gpsim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.gpsim.model.ModelInputs;
import no.gpsim.observe.Metric;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Each scenario of the library moves the outcome it targets, in the expected direction, with the
 * 95 % interval of the paired difference from the baseline excluding zero.
 *
 * <p>All ten scenarios run once, nationally, 20 replicates each with common random numbers, over
 * {@value #YEARS} years (2026-2027; the levers start in 2027-01), about 15 s on two idle cores. With
 * {@code -Dgpsim.long=true} the horizon is the full 10 years (several minutes). A target that the
 * model does not move is kept as a disabled test quoting the numbers: a model finding for the
 * lead, not a test to weaken.
 */
class LibraryLeverTest {

    static final int YEARS = 2;
    static final int REPLICATES = 20;
    static final List<String> LIBRARY = List.of("baseline", "breakpoint-1000", "basic-grant-50", "start-grant-extended",
            "district-package", "alis-expansion", "salaried-switch", "team-based", "oncall-reform", "action-plan");

    private static List<ScenarioRun> runs;
    private static int years;

    @BeforeAll
    static void runLibrary() {
        years = Boolean.getBoolean("gpsim.long") ? 10 : YEARS;
        List<ModelInputs> inputs = new ArrayList<>();
        ScenarioLoader loader = new ScenarioLoader();
        for (String name : LIBRARY) {
            Scenario s = loader.load(Path.of("scenarios", name + ".yaml"));
            inputs.add(ModelInputsReader.read(s, years));
        }
        long seed = inputs.get(0).scenario().run().seed();
        runs = Comparison.run(LIBRARY, inputs, seed, REPLICATES, 2, (s, r) -> { });
    }

    /**
     * The paired difference (scenario − baseline) of a metric over replicates; flows are summed
     * over all simulated years, stocks taken at the end of the last year.
     */
    static Estimate difference(String scenario, String groupType, String group, Metric metric) {
        ScenarioRun base = runs.get(0);
        ScenarioRun other = runs.get(LIBRARY.indexOf(scenario));
        double[] d = new double[REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            d[r] = value(other.replicates().get(r), groupType, group, metric)
                    - value(base.replicates().get(r), groupType, group, metric);
        }
        return Estimate.of(d);
    }

    private static double value(ReplicateResult result, String groupType, String group, Metric metric) {
        Map<Integer, double[]> byYear = YearlyValues.of(result.months()).get(new YearlyValues.Group(groupType, group));
        int last = YearlyValues.yearOfStep(years * 12);
        if (!metric.isFlow()) {
            return byYear.get(last)[metric.ordinal()];
        }
        double sum = 0;
        for (int y = YearlyValues.yearOfStep(12); y <= last; y++) {
            sum += byYear.get(y)[metric.ordinal()];
        }
        return sum;
    }

    private static void assertLower(String scenario, String groupType, String group, Metric metric) {
        Estimate e = difference(scenario, groupType, group, metric);
        assertTrue(e.high() < 0, () -> describe(scenario, groupType, group, metric, e) + ": expected below zero");
    }

    private static void assertHigher(String scenario, String groupType, String group, Metric metric) {
        Estimate e = difference(scenario, groupType, group, metric);
        assertTrue(e.low() > 0, () -> describe(scenario, groupType, group, metric, e) + ": expected above zero");
    }

    static String describe(String scenario, String groupType, String group, Metric metric, Estimate e) {
        return String.format(java.util.Locale.ROOT, "%s - baseline, %s %s/%s over %d years: %.4f [%.4f, %.4f] (n=%d)",
                scenario, metric.column(), groupType, group, years, e.mean(), e.low(), e.high(), e.n());
    }

    /** The breakpoint pays less for patients above 1,000, so GPs with long lists (centrality 1) shorten them. */
    @Test
    void breakpointShortensListCapsWhereListsAreLongest() {
        assertLower("breakpoint-1000", "centrality", "1", Metric.MEAN_LIST_CAP);
    }

    @Test
    void basicGrant50RaisesRecruits() {
        assertHigher("basic-grant-50", "national", "all", Metric.RECRUITS);
    }

    @Test
    @Disabled("model finding: the extended start grant does not raise recruits. Recruits, paired difference from "
            + "baseline (20 replicates, 10 years): 2027 -2.2 [-13.9, 9.6], 2030 +4.9 [-9.6, 19.3], 2035 +5.7 [-8.4, 19.7]. "
            + "To qualify, a new GP's cap must be above the 1,000-patient threshold, so new GPs raise their caps (mean "
            + "cap +14 [13, 15] in 2027); the extra capacity takes patients off vacant lists (patients without a GP "
            + "-48,500 [-75,500, -21,500] in 2035) instead of creating posts to recruit to.")
    void startGrantExtendedRaisesRecruits() {
        assertHigher("start-grant-extended", "national", "all", Metric.RECRUITS);
    }

    @Test
    void districtPackageLowersOnCallHoursInCentrality6() {
        assertLower("district-package", "centrality", "6", Metric.MEAN_ONCALL_HOURS);
    }

    @Test
    void alisExpansionRaisesAlisInCentrality5And6() {
        assertHigher("alis-expansion", "centrality", "5", Metric.ALIS);
        assertHigher("alis-expansion", "centrality", "6", Metric.ALIS);
    }

    @Test
    void salariedSwitchRaisesTheSalariedShare() {
        assertHigher("salaried-switch", "national", "all", Metric.SALARIED_SHARE);
    }

    @Test
    @Disabled("model finding: switching to salaried posts after 3 months instead of 6 does not cut long vacancies; "
            + "it lengthens them a little. Lists vacant 12 months or more, paired difference from baseline (20 replicates): "
            + "2027 +6.7 [4.1, 9.3] on a base of 30, 2030 +3.9 [-0.2, 8.0], 2035 +5.8 [2.6, 9.0] on a base of 16, while "
            + "the salaried share rises by 7.3 points. The likely reason: a salaried GP's income does not grow with "
            + "its list, so it never raises its cap to take patients off neighbouring vacant lists, which stay open longer.")
    void salariedSwitchCutsLongVacancies() {
        assertLower("salaried-switch", "national", "all", Metric.VACANCIES_OVER_12M);
    }

    @Test
    void teamBasedLowersTotalHoursPerGp() {
        assertLower("team-based", "national", "all", Metric.MEAN_TOTAL_HOURS);
    }

    @Test
    void oncallReformLowersOnCallHoursPerGp() {
        assertLower("oncall-reform", "national", "all", Metric.MEAN_ONCALL_HOURS);
    }

    /**
     * Target 10: a post takes time to fill, so no scenario ever has no list without a GP, in any
     * month of any replicate.
     */
    @Test
    void noScenarioEverEmptiesTheVacancies() {
        for (ScenarioRun run : runs) {
            for (ReplicateResult r : run.replicates()) {
                for (no.gpsim.observe.GroupMonth g : r.months()) {
                    if (g.groupType().equals("national")) {
                        assertTrue(g.get(Metric.LISTS_VACANT) > 0 && g.get(Metric.PATIENTS_WITHOUT_GP) > 0,
                                () -> run.name() + " replicate " + r.replicate() + " step " + g.step() + " has no vacancy");
                    }
                }
            }
        }
    }

    @Test
    void actionPlanLowersPatientsWithoutGp() {
        assertLower("action-plan", "national", "all", Metric.PATIENTS_WITHOUT_GP);
    }
}
