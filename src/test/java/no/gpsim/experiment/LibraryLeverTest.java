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
            "district-package", "alis-expansion", "salaried-switch", "team-based", "oncall-reform", "action-plan", "task-relief", "sop-pension", "fee-reform",
            "list-norm", "study-places", "grant-simplification",
            "alis-national", "municipal-transfers",
            "combined-posts");

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
     * over all simulated years; stocks are taken at the end of the last year and rates over a flow
     * (acceptance) in the last year (a rate over several years would mix years of different levels).
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
        Map<Integer, double[]> byYear = YearlyValues.of(result.months(), no.gpsim.scenario.Scenario.START).get(new YearlyValues.Group(groupType, group));
        int last = YearlyValues.yearOfStep(no.gpsim.scenario.Scenario.START, years * 12);
        if (!metric.isFlow()) {
            return byYear.get(last)[metric.ordinal()];
        }
        double sum = 0;
        for (int y = YearlyValues.yearOfStep(no.gpsim.scenario.Scenario.START, 12); y <= last; y++) {
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

    /** A grant valued over its two years reaches candidates: more of them accept, and more posts are filled. */
    @Test
    void startGrantExtendedRaisesRecruits() {
        assertHigher("start-grant-extended", "national", "all", Metric.RECRUITS);
        assertHigher("start-grant-extended", "national", "all", Metric.ENTRANTS);
    }

    @Test
    void alisExpansionRaisesRecruits() {
        assertHigher("alis-expansion", "national", "all", Metric.RECRUITS);
    }

    /** The levers that make posts worth more make candidates accept more of the posts they are offered. */
    @Test
    void grantsRaiseTheAcceptanceRate() {
        assertHigher("basic-grant-50", "national", "all", Metric.ACCEPTANCE_RATE);
        assertHigher("start-grant-extended", "national", "all", Metric.ACCEPTANCE_RATE);
        assertHigher("alis-expansion", "national", "all", Metric.ACCEPTANCE_RATE);
    }

    @Test
    @Disabled("model finding: the district package does not raise recruits. Paired difference from baseline (20 "
            + "replicates): recruits 2027 -1.7 [-4.0, 0.7], 2035 -13.6 [-20.0, -7.2], while GPs rise by 6.4 [3.8, 9.0] "
            + "in 2027 and 13.4 [8.6, 18.2] in 2035 and lists vacant 12 months or more fall by 14.3 [10.2, 18.3] in "
            + "2035. Relieved of on-call, fewer GPs leave, so there are fewer posts to fill: the package works through "
            + "retention more than recruitment.")
    void districtPackageRaisesRecruits() {
        assertHigher("district-package", "national", "all", Metric.RECRUITS);
    }

    @Test
    @Disabled("model finding: the on-call reform lowers recruits. Paired difference from baseline (20 replicates): "
            + "recruits 2027 -14.0 [-16.7, -11.2], 2035 -19.8 [-26.2, -13.3]; offers accepted -0.7 points in 2027. "
            + "On-call is paid (450 NOK an hour), and below a GP's preferred hours an on-call hour is worth more in pay "
            + "than it costs in aversion, so a cap of 25 hours and the end of back-up duty make posts a little less "
            + "attractive to candidates, while fewer GPs leave. The share without a GP still falls (-0.16 pp in 2035).")
    void oncallReformRaisesRecruits() {
        assertHigher("oncall-reform", "national", "all", Metric.RECRUITS);
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
    @Disabled("model finding: switching to salaried posts after 3 months instead of 6 hardly changes long vacancies. "
            + "Lists vacant 12 months or more, paired difference from baseline (20 replicates): 2027 +1.2 [0.2, 2.2], "
            + "2035 -2.5 [-5.1, 0.1], while recruits rise by 5.7 [3.6, 7.7] in 2027. Municipalities switch only where a "
            + "salaried post is the better offer to a typical candidate, and the posts that stay open longest are the "
            + "ones with the least appeal, which a salary does not make up for.")
    void salariedSwitchCutsLongVacancies() {
        assertLower("salaried-switch", "national", "all", Metric.VACANCIES_OVER_12M);
    }

    @Test
    void teamBasedLowersTotalHoursPerGp() {
        assertLower("team-based", "national", "all", Metric.MEAN_TOTAL_HOURS);
    }

    /** Minutes freed per consultation are hours freed per GP. */
    @Test
    void taskReliefLowersPracticeHoursPerGp() {
        assertLower("task-relief", "national", "all", Metric.MEAN_PRACTICE_HOURS);
    }

    /** A stronger SOP makes self-employed posts worth more: more offers are accepted. */
    @Test
    void sopPensionRaisesTheAcceptanceRate() {
        assertHigher("sop-pension", "national", "all", Metric.ACCEPTANCE_RATE);
    }

    /**
     * Fees that pay more for old and complex patients raise income on every list, and more posts in
     * centrality 5-6 are filled (the share of offers accepted there does not rise: central posts gain
     * more in NOK, as their lists are longer, and draw candidates first).
     */
    @Test
    void feeReformRaisesRecruitsInCentrality5And6() {
        assertHigher("fee-reform", "centrality", "5", Metric.RECRUITS);
        assertHigher("fee-reform", "centrality", "6", Metric.RECRUITS);
    }

    /** No cap above the norm: the mean cap falls, and the compensation costs the state. */
    @Test
    void listNormLowersCapsAtTheStatesCost() {
        assertLower("list-norm", "national", "all", Metric.MEAN_LIST_CAP);
        assertHigher("list-norm", "national", "all", Metric.STATE_COST_NOK);
    }

    /**
     * LIS1 posts from 2026-01 deliver their first doctors 18 months later and doctors from abroad
     * come after 12: more doctors new to the scheme take posts in 2027.
     */
    @Test
    void studyPlacesRaiseEntrants() {
        assertHigher("study-places", "national", "all", Metric.ENTRANTS);
    }

    /** ALIS for every non-specialist recruit where a specialist can supervise: more trainees, also in the districts. */
    @Test
    void alisNationalRaisesAlisNationallyAndInCentrality6() {
        assertHigher("alis-national", "national", "all", Metric.ALIS);
        assertHigher("alis-national", "centrality", "6", Metric.ALIS);
    }

    /** A targeted transfer raises the budgets of small rural municipalities; those short of GPs raise their supplements. */
    @Test
    void municipalTransfersRaiseTheSupplementsInCentrality6() {
        assertHigher("municipal-transfers", "centrality", "6", Metric.OWN_SUPPLEMENT_NOK);
    }

    @Test
    @Disabled("model finding: the targeted transfer does not lower the share without a GP measurably. Paired difference "
            + "from baseline (20 replicates), class 6: 2027 -0.05 pp [-0.17, 0.06]; nationally 2035 -0.03 pp [-0.10, 0.03]. "
            + "Most of the transfer (238 of 254 M NOK a year) replaces the municipalities' own money: only those with 2 % "
            + "of residents without a GP and room in the budget raise their supplements.")
    void municipalTransfersLowerTheShareWithoutGpInCentrality6() {
        assertLower("municipal-transfers", "centrality", "6", Metric.SHARE_WITHOUT_GP);
    }

    /** Combined posts add doctors to the rural on-call rotas: fewer on-call hours per GP. */
    @Test
    void combinedPostsLowerOnCallHoursInCentrality5() {
        assertLower("combined-posts", "centrality", "5", Metric.MEAN_ONCALL_HOURS);
    }

    @Test
    @Disabled("model finding: simpler grants hardly move ALIS doctors to the least central municipalities. Paired "
            + "difference from baseline (20 replicates), ALIS doctors in class 6, 2027: +0.9 [-0.1, 1.9]. Posts go to the "
            + "municipalities that apply in proportion to their lists, and class 6 holds few lists and few supervisors, "
            + "so closing 80 % of the take-up gap moves about one post a year there.")
    void grantSimplificationRaisesAlisInCentrality6() {
        assertHigher("grant-simplification", "centrality", "6", Metric.ALIS);
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
