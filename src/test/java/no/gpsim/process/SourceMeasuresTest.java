package no.gpsim.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.gpsim.TestScenarios;
import no.gpsim.funding.PracticeAccount;
import no.gpsim.model.Contract;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.TrainingPipeline;
import no.gpsim.scenario.EconomyConfig;
import no.gpsim.scenario.TakeUpConfig;
import no.gpsim.scenario.TrainingConfig;
import no.gpsim.model.Municipality;
import no.gpsim.scenario.DemandConfig;
import no.gpsim.scenario.FundingConfig;
import no.gpsim.scenario.ParamValues;
import no.gpsim.scenario.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measures of the source documents added with issue 13 (docs/MODEL.md 7.1, 7.3, 7.4), each
 * rule against a worked number.
 */
class SourceMeasuresTest {

    @TempDir
    Path dir;

    private static final ParamValues BASE = ParamValues.defaults();

    private static PracticeAccount account(Parameters p, boolean selfEmployed, double meanFee) {
        return PracticeAccount.of(p, selfEmployed, 1000, 1, 3000, meanFee, 1000, 60, 0, 2, 5, 0, 0);
    }

    @Test
    void taskReliefTakesFreedMinutesOffEachConsultationAndPricesTheMovedTasks() {
        DemandConfig none = Parameters.from(BASE).demand();
        DemandConfig relief = Parameters.from(BASE.with(DemandConfig.DOCUMENTATION_FREED, 2.0)
                .with(DemandConfig.TRANSFERRED, 3.0)).demand();
        // "time freed per consultation": 44 minutes less 2 + 3 at the start, before task growth compounds
        assertEquals(44 - 5, relief.effectiveMinutes(0), 1e-12);
        assertEquals(44 * Math.pow(1 + DemandConfig.TASK_GROWTH.defaultValue(), 4) - 5, relief.effectiveMinutes(4), 1e-9);
        assertEquals(44, none.effectiveMinutes(0), 1e-12);
        // only the moved tasks cost money: 3,000 consultations x 3 minutes at 520 NOK an hour
        assertEquals(3000 * 3 / 60.0 * 520, relief.transferCostPerYear(3000), 1e-9);
        DemandConfig wiped = Parameters.from(BASE.with(DemandConfig.DOCUMENTATION_FREED, 30.0)
                .with(DemandConfig.TRANSFERRED, 30.0)).demand();
        assertEquals(DemandConfig.MIN_MINUTES, wiped.effectiveMinutes(0), 1e-12, "never below the floor");
    }

    @Test
    void movedTasksAreBookedToTheirPayerNotToTheGp() {
        ParamValues moved = BASE.with(DemandConfig.TRANSFERRED, 3.0);
        PracticeAccount none = account(Parameters.from(BASE), true, 610);
        PracticeAccount state = account(Parameters.from(moved), true, 610);
        PracticeAccount municipal = account(Parameters.from(moved.with(DemandConfig.TRANSFER_PAYER, "municipality")),
                true, 610);
        double cost = 3000 * 3 / 60.0 * 520;
        assertEquals(none.gpNetIncome(), state.gpNetIncome(), 1e-9, "the GP pays nothing for its freed time");
        assertEquals(cost, state.stateCost(0.75) - none.stateCost(0.75), 1e-6);
        assertEquals(none.municipalCost(), state.municipalCost(), 1e-9);
        assertEquals(cost, municipal.municipalCost() - none.municipalCost(), 1e-6);
        assertEquals(none.stateCost(0.75), municipal.stateCost(0.75), 1e-9);
    }

    @Test
    void sopCountsAtItsValueShareForASelfEmployedGpAndAtFullCostForTheState() {
        Parameters sop = Parameters.from(BASE.with(FundingConfig.SOP_VALUE, 100_000.0));
        Parameters none = Parameters.from(BASE);
        assertEquals(0.7 * 100_000, account(sop, true, 610).gpNetIncome() - account(none, true, 610).gpNetIncome(), 1e-6);
        assertEquals(100_000, account(sop, true, 610).stateCost(0.75) - account(none, true, 610).stateCost(0.75), 1e-6);
        assertEquals(account(none, false, 610).gpNetIncome(), account(sop, false, 610).gpNetIncome(), 1e-9,
                "a salaried GP has the municipality's pension, not SOP");
    }

    @Test
    void feesByAgeGroupAreTheConsultationWeightedMeanOfTheSchedule() {
        FundingConfig today = Parameters.from(BASE).funding();
        double[] rates = {1.6, 2.9, 4.3, 5.5};
        double[] young = {500, 500, 0, 0};
        double[] old = {0, 200, 400, 400};
        assertEquals(610, today.meanFee(old, rates), 0, "today's schedule: one fee for every consultation");
        FundingConfig reform = Parameters.from(BASE.with(FundingConfig.FEE_FACTOR, java.util.List.of(0.9, 0.95, 1.1, 1.2))
                .with(FundingConfig.COMPLEXITY_SUPPLEMENT, 200.0)).funding();
        // 80+: 610 x 1.2 + 200 x 0.5 = 832 NOK a consultation
        assertEquals(832, reform.feeByAge(3), 1e-9);
        double c = 200 * 2.9 + 400 * 4.3 + 400 * 5.5;
        double expected = (200 * 2.9 * reform.feeByAge(1) + 400 * 4.3 * reform.feeByAge(2) + 400 * 5.5 * reform.feeByAge(3)) / c;
        assertEquals(expected, reform.meanFee(old, rates), 1e-9);
        assertTrue(reform.meanFee(old, rates) > 610 && reform.meanFee(young, rates) < 610,
                "the reform moves fee income from young lists to old ones");
        PracticeAccount a = account(Parameters.from(BASE), true, 700);
        assertEquals(3000 * 700, a.fees(), 1e-6, "the account earns the list's mean fee");
    }

    @Test
    void aListNormHoldsCapsAtTheNormAndCompensatesTheIncomeLost() {
        GpSim free = started("");
        GpSim normed = started("listNorm:\n  maxList: 900\n  compensationShare: 0.5\n");
        int above = 0;
        for (int i = 0; i < free.gps().size(); i++) {
            Gp gp = free.gps().get(i);
            Gp same = normed.gps().get(i);
            if (gp.contract() != Contract.SELF_EMPLOYED) {
                continue;
            }
            int preferred = new CapReview(free).choose(gp);
            int held = new CapReview(normed).choose(same);
            assertTrue(held <= 900, "no cap above the norm: " + held);
            if (preferred > 900) {
                above++;
                assertTrue(same.normCompensation() > 0, "compensated for the patients it may not keep");
            } else {
                assertEquals(preferred, held, "a GP under the norm chooses as before");
                assertEquals(0, same.normCompensation());
            }
        }
        assertTrue(above > 0, "the test needs GPs who want more than the norm");
    }

    @Test
    void thePipelineDeliversDoctorsAfterTheirRealDelays() {
        TrainingConfig t = Parameters.from(BASE.with(TrainingConfig.STUDY_PLACES, 120.0)
                .with(TrainingConfig.LIS1_POSTS, 120.0).with(TrainingConfig.QUEUE, 30.0)
                .with(TrainingConfig.ABROAD, 24.0)).training();
        TrainingPipeline pipe = new TrainingPipeline(240);
        double lis1 = 0;
        for (int step = 0; step < 240; step++) {
            pipe.advance(t, step);
            if (step < 18) {
                assertEquals(0, pipe.newlyQualified(), "LIS1 takes 18 months");
            }
            if (step < 12) {
                assertEquals(0, pipe.educatedAbroad(), "a doctor from abroad looks for a post after 12 months");
            } else {
                assertEquals(2, pipe.educatedAbroad(), 1e-12, "24 a year");
            }
            if (step >= 18 && step < 21) {
                assertEquals(10, pipe.newlyQualified(), 1e-12, "10 LIS1 starts a month from the queue of 30");
            }
            if (step >= 21 && step < 18 + 72) {
                assertEquals(0, pipe.newlyQualified(), 1e-12, "the queue is empty until the first graduates, 6 years on");
            }
            if (step >= 72 + 18) {
                assertEquals(120 * 0.9 / 12, pipe.newlyQualified(), 1e-9, "then the graduates, who complete at 0.9");
            }
            lis1 += pipe.newlyQualified();
        }
        TrainingPipeline placesOnly = new TrainingPipeline(240);
        TrainingConfig noLis1 = Parameters.from(BASE.with(TrainingConfig.STUDY_PLACES, 120.0)).training();
        for (int step = 0; step < 240; step++) {
            placesOnly.advance(noLis1, step);
            assertEquals(0, placesOnly.newlyQualified(), "study places without LIS1 posts only lengthen the queue");
        }
        assertEquals(120 * 0.9 / 12 * (240 - 72), placesOnly.queue(), 1e-6);
        assertTrue(lis1 > 0);
    }

    @Test
    void smallMunicipalitiesApplyLessAndSimplerGrantsCloseTheGap() {
        TakeUpConfig t = Parameters.from(BASE).takeUp();
        assertEquals(0.7, t.probability(800), 1e-12);
        assertEquals(0.95, t.probability(700_000), 1e-12);
        double mid = t.probability(10_000);
        assertEquals(0.7 + Math.log(5) / Math.log(25) * 0.25, mid, 1e-12, "interpolated on log population");
        TakeUpConfig simple = Parameters.from(BASE.with(TakeUpConfig.SIMPLIFICATION, 0.8)).takeUp();
        assertEquals(0.7 + 0.8 * 0.3, simple.probability(800), 1e-12, "p + simplification x (1 - p)");
    }

    @Test
    void onlyMunicipalitiesThatApplyGetAlisPosts() {
        GpSim sim = started("alis:\n  positionsPerYear: 5000\n");
        sim.beginMonth();
        MunicipalityProcess.drawTakeUp(sim);
        MunicipalityProcess.allocateAlis(sim);
        int applied = 0;
        for (Municipality m : sim.municipalities()) {
            if (!m.grantsTakenUp()) {
                assertEquals(0, m.alisSlots(), m.code() + " did not apply");
            } else {
                applied++;
            }
        }
        assertTrue(applied > 0 && applied < sim.municipalities().size(), "some apply, some do not: " + applied);
        GpSim all = started("alis:\n  positionsPerYear: 5000\ntakeUp:\n  simplification: 1\n");
        all.beginMonth();
        MunicipalityProcess.drawTakeUp(all);
        for (Municipality m : all.municipalities()) {
            assertTrue(m.grantsTakenUp(), "full take-up once the gap is closed");
        }
    }

    @Test
    void theDistrictPackageNeedsAnApplication() {
        no.gpsim.scenario.OnCallConfig c = Parameters.from(BASE.with(no.gpsim.scenario.OnCallConfig.PACKAGE, true))
                .onCall();
        var with = no.gpsim.rules.OnCallAllocation.allocate(c, 3000, 6, 3, 0, true);
        var without = no.gpsim.rules.OnCallAllocation.allocate(c, 3000, 6, 3, 0, false);
        assertTrue(with.packageHours() > 0);
        assertEquals(0, without.packageHours());
        assertTrue(without.qualifiedHours() > with.qualifiedHours());
    }

    @Test
    void alisNeedsASupervisorAndTheNationalSchemeNeedsNoPost() {
        GpSim posts = started("");
        GpSim national = started("alis:\n  scheme: national\n");
        no.gpsim.scenario.AlisConfig a = posts.parameters().alis();
        no.gpsim.scenario.AlisConfig n = national.parameters().alis();
        int checked = 0;
        for (int i = 0; i < posts.municipalities().size(); i++) {
            Municipality m = posts.municipalities().get(i);
            Municipality same = national.municipalities().get(i);
            int room = MunicipalityProcess.supervisionRoom(a, m);
            int specialists = 0;
            int trainees = 0;
            for (var list : m.lists()) {
                if (list.holder() != null && list.holder().training() == no.gpsim.model.Training.SPECIALIST) {
                    specialists++;
                } else if (list.holder() != null && list.holder().training() == no.gpsim.model.Training.IN_ALIS) {
                    trainees++;
                }
            }
            assertEquals(2 * specialists - trainees, room, "two trainees per specialist");
            m.setAlisSlots(0);
            assertTrue(!MunicipalityProcess.offersAlis(a, m), "the posts scheme needs one of the year's posts");
            assertEquals(room > 0, MunicipalityProcess.offersAlis(n, same), "the national scheme needs only a supervisor");
            checked++;
        }
        assertTrue(checked > 10);
    }

    @Test
    void theDistrictGrantPaysTheRuralMunicipalitysShare() {
        no.gpsim.scenario.AlisConfig a = Parameters.from(BASE.with(no.gpsim.scenario.AlisConfig.DISTRICT_GRANT, 400_000.0))
                .alis();
        assertEquals(400_000, a.grantPerYear(6));
        assertEquals(200_000, a.grantPerYear(4));
        assertEquals(0, a.municipalCostPerYear(5), "200,000 more than the ordinary grant covers the 100,000 co-funding");
        assertEquals(100_000, a.municipalCostPerYear(1));
    }

    @Test
    void targetedTransfersGoToSmallMunicipalitiesByCentrality() {
        EconomyConfig e = Parameters.from(BASE.with(EconomyConfig.GENERAL, 10.0)
                .with(EconomyConfig.TARGETED, java.util.List.of(0.0, 0.0, 0.0, 150.0, 300.0, 500.0))).economy();
        assertEquals(2_000 * (10 + 500), e.transferPerYear(2_000, 6), 1e-9);
        assertEquals(9_000 * (10 + 150), e.transferPerYear(9_000, 4), 1e-9);
        assertEquals(20_000 * 10, e.transferPerYear(20_000, 6), 1e-9, "above 10,000 inhabitants: the general part only");
        EconomyConfig off = Parameters.from(BASE.with(EconomyConfig.ENABLED, false).with(EconomyConfig.GENERAL, 10.0))
                .economy();
        assertEquals(0, off.transferPerYear(2_000, 6), "no economy, no transfers");
    }

    @Test
    void transfersAreScaledIntoTheEnvelope() {
        GpSim sim = started("transfers:\n  generalPerResident: 1000\n  envelopePerYear: 1000000\n");
        EconomyConfig e = sim.parameters().economy();
        double scale = MunicipalityProcess.transferScale(sim, e);
        double total = 0;
        for (Municipality m : sim.municipalities()) {
            total += e.transferPerYear(m.population(), m.centrality()) * scale;
        }
        assertEquals(1_000_000 * sim.inputs().nationalShare(), total, 1e-3, "the run's share of the envelope, exactly");
        GpSim loose = started("transfers:\n  generalPerResident: 1\n  envelopePerYear: 1000000000000\n");
        assertEquals(1, MunicipalityProcess.transferScale(loose, loose.parameters().economy()), "under the envelope");
    }

    @Test
    void aMunicipalityWithAShortageAndRoomRaisesItsSupplementAndOneOverBudgetStopsAlis() {
        GpSim sim = started("economy:\n  shortageTrigger: 0\n  headroom: 0.5\n");
        sim.beginMonth();
        IncomeProcess.account(sim, true);
        MunicipalityProcess.reviewBudgets(sim, sim.parameters().economy(), 1);
        int raised = 0;
        for (Municipality m : sim.municipalities()) {
            assertTrue(m.withinBudget(), "the first review starts within budget");
            double ownSpend = m.tally().municipalCost() * 12;
            assertEquals(Math.max(0, ownSpend) * 1.5, m.budget(), 1e-6 * Math.max(1, Math.abs(ownSpend)),
                    "budget = last year's own spending x (1 + headroom)");
            if (m.budgetRoom() >= 25_000 * m.lists().size()) {
                assertEquals(25_000, m.ownSupplement(), "room and a shortage: one step up");
                raised++;
            } else {
                assertEquals(0, m.ownSupplement());
            }
        }
        assertTrue(raised > 0, "some municipalities have room");
        Municipality m = sim.municipalities().get(0);
        m.review(0, -1, false, 0, 0);
        no.gpsim.scenario.AlisConfig national = Parameters.from(BASE.with(no.gpsim.scenario.AlisConfig.SCHEME, "national"))
                .alis();
        assertTrue(!MunicipalityProcess.offersAlis(national, m), "over budget: no ALIS until the next review");
    }

    @Test
    void combinedPostsAreOpenedToTheTargetAndCarryTheirOtherWork() {
        no.gpsim.scenario.CombinedPostsConfig c = Parameters.from(BASE.with(no.gpsim.scenario.CombinedPostsConfig.PER_10K,
                2.0)).combinedPosts();
        assertEquals(0, c.target(50_000, 3, 0.5), "below minCentrality: none");
        assertEquals(1, c.target(7_000, 5, 0.41), "1.4 posts: one, and a second with probability 0.4");
        assertEquals(2, c.target(7_000, 5, 0.39), "a draw under 0.4 rounds up");
        GpSim sim = started("combinedPosts:\n  postsPer10k: 2\n  minCentrality: 1\n");
        sim.beginMonth();
        MunicipalityProcess.openCombinedPosts(sim);
        int opened = 0;
        for (Municipality m : sim.municipalities()) {
            for (var list : m.lists()) {
                if (list.isCombined()) {
                    opened++;
                    assertTrue(list.isSalariedPost() && list.isVacant() && list.cap() == 500);
                    assertEquals(18, WorkloadProcess.combinedHours(sim.parameters(), list));
                }
            }
        }
        assertTrue(opened > 0);
        MunicipalityProcess.openCombinedPosts(sim);
        int again = 0;
        for (Municipality m : sim.municipalities()) {
            for (var list : m.lists()) {
                again += list.isCombined() ? 1 : 0;
            }
        }
        assertEquals(opened, again, "a municipality at its target opens no more");
    }

    /** The reusable parts and the net income alone give the record's figures to the last bit, under every lever that enters them. */
    @Test
    void settleAndNetIncomeEqualTheAccountExactly() {
        java.util.List<Parameters> regimes = java.util.List.of(Parameters.from(BASE),
                Parameters.from(BASE.with(FundingConfig.SOP_VALUE, 50_000.0).with(DemandConfig.TRANSFERRED, 2.0)),
                Parameters.from(BASE.with(DemandConfig.TEAM_RELIEF, 0.1).with(DemandConfig.RELIEF_PAYER, "municipality")
                        .with(DemandConfig.TRANSFERRED, 2.0).with(DemandConfig.TRANSFER_PAYER, "municipality")
                        .with(DemandConfig.E_SHARE, 0.2)));
        PracticeAccount.Parts out = new PracticeAccount.Parts();
        for (Parameters p : regimes) {
            for (boolean self : new boolean[] {true, false}) {
                for (double list : new double[] {0, 300, 1234.5}) {
                    PracticeAccount a = PracticeAccount.of(p, self, list, 1.1, list * 3.1, 640, 1000, 10, 5_000, 4, 12,
                            50_000, 2.5);
                    PracticeAccount.parts(p, self, list, 1.1, list * 3.1, 640, 1000, 10, 5_000, 4, 12, 50_000, 2.5, out);
                    assertEquals(a.gpNetIncome(), out.netIncome(), 0);
                    assertEquals(a.municipalCost(), out.municipalCost(), 0);
                    assertEquals(a.stateCost(0.75), out.stateCost(0.75), 0);
                    assertEquals(a.gpNetIncome(), PracticeAccount.netIncome(p, self, list, 1.1, list * 3.1, 640, 1000, 10,
                            5_000, 4, 12, 50_000, 2.5), 0);
                }
            }
        }
    }

    private GpSim started(String yaml) {
        GpSim sim = new GpSim(5, TestScenarios.inputs(TestScenarios.troms(dir, "norm" + yaml.length(), yaml), 1),
                Processes.initial(), Processes.monthly());
        sim.start();
        return sim;
    }
}
