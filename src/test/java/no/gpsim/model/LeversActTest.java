package no.gpsim.model;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.gpsim.TestScenarios;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.experiment.Replicates;
import no.gpsim.observe.GroupMonth;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.ParameterSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario key must act in the model: changing it (and only it, plus what makes it active)
 * changes the outputs of a run with the same seed. A key that changes nothing is a dead lever.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeversActTest {

    /**
     * Keys that do not act inside one replicate, or need files; they are tested elsewhere (the start
     * month, with its own data file, in HistoryStartTest).
     */
    private static final List<String> NOT_IN_A_REPLICATE = List.of("replicates", "data.municipalities", "start",
            "funding.municipalSupplementFile", "onCall.districtFile", "demography.projectionFile");

    /** Values that bite within a few years in one county, where a plain perturbation would not. */
    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("data.county", "'18'"),
            Map.entry("years", "2"),
            Map.entry("funding.basicGrant.model", "flat"),
            Map.entry("funding.basicGrant.breakpoint", "600"),
            Map.entry("funding.basicGrant.rateAbove", "300"),
            Map.entry("funding.basicGrant.ageWeights", "[0.5, 1, 2, 3]"),
            Map.entry("funding.basicGrant.maxPatients", "500"),
            Map.entry("funding.equalisationGrant.maxPopulation", "20000"),
            Map.entry("funding.recruitmentGrant.minCentrality", "6"),
            Map.entry("onCall.district", "municipality"),
            Map.entry("onCall.maxHoursPerGp", "10"),
            Map.entry("onCall.qualificationMonths", "60"),
            Map.entry("onCall.districtPackage.hoursPerWeek", "80"),
            Map.entry("onCall.districtPackage.minCentrality", "4"),
            Map.entry("alis.ruralWeight", "50"),
            Map.entry("alis.positionsPerYear", "2000"),
            Map.entry("employment.salariedAfterMonths", "1"),
            Map.entry("behaviour.capMax", "1000"),
            Map.entry("behaviour.capMin", "900"),
            Map.entry("behaviour.capStep", "200"),
            Map.entry("exit.maxAge", "66"),
            // with the calibrated (lower) exit hazards, a 30 % change leaves one county's three years unchanged
            Map.entry("exit.hoursCoefficient", "0.3"),
            Map.entry("alis.exitHazardFactor", "2"),
            Map.entry("exit.referenceIncome", "2500000"),
            Map.entry("labourMarket.elasticity", "10"),
            Map.entry("labourMarket.maxSearchMonths", "1"),
            Map.entry("labourMarket.advertiseAfterMonths", "4"),
            Map.entry("labourMarket.startLagMonths", "4"),
            Map.entry("demand.teamReliefPaidBy", "municipality"),
            Map.entry("demand.taskRelief.documentationMinutes", "3"),
            Map.entry("demand.taskRelief.transferredMinutes", "3"),
            Map.entry("demand.taskRelief.transferPaidBy", "municipality"),
            Map.entry("funding.complexitySupplement", "200"),
            Map.entry("funding.sop.addedValuePerYear", "100000"),
            Map.entry("listNorm.maxList", "800"),
            Map.entry("listNorm.paidBy", "municipality"),
            Map.entry("training.extraStudyPlaces", "2000"),
            Map.entry("training.studyYears", "1"),
            Map.entry("training.extraLis1Posts", "2000"),
            Map.entry("training.extraEducatedAbroad", "2000"),
            Map.entry("alis.scheme", "national"),
            Map.entry("alis.districtMinCentrality", "1"),
            Map.entry("economy.maxSupplement", "0"),
            Map.entry("economy.shortageTrigger", "0"),
            Map.entry("transfers.targetedMaxPopulation", "1000000"),
            Map.entry("transfers.envelopePerYear", "1000000"),
            Map.entry("combinedPosts.postsPer10k", "5"),
            Map.entry("combinedPosts.minCentrality", "1"),
            Map.entry("initial.gpAge.max", "65"),
            Map.entry("initial.gpAge.min", "40"));

    /**
     * Settings under which a key acts, applied to both runs of its comparison (a breakpoint rate
     * needs the breakpoint model; the inflow elasticity needs a regime other than the default).
     */
    private static final Map<String, String> CONTEXT = Map.ofEntries(
            Map.entry("funding.basicGrant.flatRate", "funding.basicGrant.model: flat"),
            Map.entry("funding.basicGrant.breakpoint", "funding.basicGrant.model: breakpoint"),
            Map.entry("funding.basicGrant.rateBelow", "funding.basicGrant.model: breakpoint"),
            Map.entry("funding.basicGrant.rateAbove", "funding.basicGrant.model: breakpoint"),
            Map.entry("funding.recruitmentGrant.minCentrality", "funding.recruitmentGrant.amount: 300000"),
            Map.entry("onCall.districtPackage.hoursPerWeek", "onCall.districtPackage.enabled: true"),
            Map.entry("onCall.districtPackage.minCentrality", "onCall.districtPackage.enabled: true"),
            Map.entry("alis.ruralPriority", "alis.positionsPerYear: 2000"),
            Map.entry("alis.ruralWeight", "alis.ruralPriority: true\nalis.positionsPerYear: 2000"),
            Map.entry("demand.eConsultationTimeSaving", "demand.eConsultationShare: 0.3"),
            Map.entry("exit.incomeCoefficient", "exit.referenceIncome: 2500000"),
            Map.entry("exit.maxAge", "initial.gpAge.max: 66"),
            Map.entry("labourMarket.elasticity", "funding.basicGrant.adjustedRate: 1000"),
            Map.entry("demand.teamReliefCostPerHour", "demand.teamRelief: 0.2"),
            Map.entry("demand.teamReliefPaidBy", "demand.teamRelief: 0.2"),
            Map.entry("funding.eConsultationFee", "demand.eConsultationShare: 0.3"),
            Map.entry("employment.introductionListShare", "employment.introductionMonths: 12"),
            Map.entry("labourMarket.candidatePoolPerYear", "funding.basicGrant.adjustedRate: 1000"),
            Map.entry("demand.taskRelief.transferCostPerHour", "demand.taskRelief.transferredMinutes: 3"),
            Map.entry("demand.taskRelief.transferPaidBy", "demand.taskRelief.transferredMinutes: 3"),
            Map.entry("funding.complexShareByAge", "funding.complexitySupplement: 200"),
            Map.entry("funding.sop.valueShare", "funding.sop.addedValuePerYear: 100000"),
            Map.entry("listNorm.compensationShare", "listNorm.maxList: 800"),
            Map.entry("listNorm.paidBy", "listNorm.maxList: 800"),
            // study places reach the pool after study, the LIS1 queue and LIS1: shortened to fit three years
            Map.entry("training.extraStudyPlaces", "years: 8\ntraining.extraLis1Posts: 5000\ntraining.lis1QueueAtStart: 0"),
            Map.entry("training.studyYears", "training.extraStudyPlaces: 2000\ntraining.extraLis1Posts: 5000\n"
                    + "training.lis1QueueAtStart: 0"),
            Map.entry("training.completionShare", "training.extraStudyPlaces: 2000\ntraining.studyYears: 1\ntraining.extraLis1Posts: 5000\ntraining.lis1QueueAtStart: 0"),
            Map.entry("training.lis1Months", "training.extraLis1Posts: 2000"),
            Map.entry("training.lis1QueueAtStart", "training.extraLis1Posts: 2000"),
            Map.entry("training.abroadDelayMonths", "training.extraEducatedAbroad: 2000"),
            Map.entry("alis.salariedTrainees", "alis.positionsPerYear: 2000"),
            Map.entry("alis.districtMinCentrality", "alis.districtGrantPerYear: 400000"),
            Map.entry("economy.maxSupplement", "economy.headroom: 0.5"),
            Map.entry("economy.shortageTrigger", "economy.headroom: 0.5"),
            Map.entry("transfers.targetedMaxPopulation", "transfers.targetedPerResident: [500, 500, 500, 500, 500, 500]"),
            Map.entry("transfers.envelopePerYear", "transfers.generalPerResident: 1000"),
            Map.entry("combinedPosts.minCentrality", "combinedPosts.postsPer10k: 5"),
            Map.entry("combinedPosts.listShare", "combinedPosts.postsPer10k: 5"),
            Map.entry("combinedPosts.otherHoursPerWeek", "combinedPosts.postsPer10k: 5"),
            Map.entry("combinedPosts.utilityBonus", "combinedPosts.postsPer10k: 5"),
            // keys that act only through candidates' choices: nationally, where there are enough of them
            Map.entry("labourMarket.valuationYears", "data.county: none\nyears: 1"),
            Map.entry("labourMarket.discountRate", "data.county: none\nyears: 1"),
            Map.entry("alis.utilityBonus", "data.county: none\nyears: 1"),
            Map.entry("behaviour.ruralAversionForeign", "data.county: none\nyears: 1"),
            Map.entry("behaviour.ruralAversionSd", "data.county: none\nyears: 1"),
            Map.entry("behaviour.salariedPreferenceSd", "data.county: none\nyears: 1"),
            Map.entry("labourMarket.listBuildUpYears", "data.county: none\nyears: 1"),
            // in one county a candidate who turns every post down this month turns them down next month too
            Map.entry("labourMarket.maxSearchMonths", "data.county: none\nyears: 1"));

    @TempDir
    static Path dir;

    private final Map<String, List<GroupMonth>> bases = new java.util.HashMap<>();

    @BeforeAll
    void runBase() {
        bases.put("", national(run("base", "")));
    }

    Stream<String> keys() {
        return ParameterSchema.keys().stream().map(Key::path).filter(p -> !NOT_IN_A_REPLICATE.contains(p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void changingTheKeyChangesTheOutputs(String path) {
        String value = SPECIAL.containsKey(path) ? SPECIAL.get(path) : perturbed(ParameterSchema.key(path));
        String context = CONTEXT.getOrDefault(path, "");
        List<GroupMonth> base = bases.computeIfAbsent(context, c -> national(run("base", c)));
        List<GroupMonth> changed = national(run("lever", context + "\n" + path + ": " + value));
        assertFalse(same(base, changed), path + ": " + value + " changed nothing (with " + context + ")");
    }

    private ReplicateResult run(String name, String yaml) {
        String body = (yaml.contains("years:") ? "" : "years: 3\n") + yaml;
        Path file = yaml.contains("data.county") ? TestScenarios.derived(dir, name, body) : TestScenarios.troms(dir, name, body);
        var inputs = TestScenarios.inputs(file, TestScenarios.load(file).run().years());
        return Replicates.runOne(inputs, TestScenarios.load(file).run().seed(), 0);
    }

    private static List<GroupMonth> national(ReplicateResult r) {
        List<GroupMonth> out = new ArrayList<>();
        for (GroupMonth g : r.months()) {
            if (g.groupType().equals("national")) {
                out.add(g);
            }
        }
        return out;
    }

    private static boolean same(List<GroupMonth> a, List<GroupMonth> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i).values(), b.get(i).values())) {
                return false;
            }
        }
        return true;
    }

    /** A clearly different value inside the key's range: 70 % of a number, 0.25 of the way up for a zero, flipped booleans. */
    @SuppressWarnings("unchecked")
    private static String perturbed(Key<?> key) {
        Object v = key.defaultValue();
        if (v instanceof Boolean b) {
            return String.valueOf(!b);
        }
        if (v instanceof Double d) {
            return String.valueOf(d == 0 ? 0.2 : d * 0.7);
        }
        if (v instanceof Long l) {
            return String.valueOf(Math.max(1, Math.round(l * 0.7)));
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                double d = (Double) o;
                parts.add(String.valueOf(d == 0 ? (key.path().contains("Supplement") ? 300_000 : 0.2) : d * 0.7));
            }
            if (key.path().equals("labourMarket.mix")) {
                return "[0.25, 0.25, 0.25, 0.25]";
            }
            return "[" + String.join(", ", parts) + "]";
        }
        throw new IllegalStateException("no perturbation for " + key.path());
    }
}
