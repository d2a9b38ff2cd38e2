package no.gpsim.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.gpsim.TestScenarios;
import no.gpsim.funding.PracticeAccount;
import no.gpsim.funding.StartGrant;
import no.gpsim.model.Candidate;
import no.gpsim.model.Contract;
import no.gpsim.model.DoctorTraits;
import no.gpsim.model.Draws;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.Origin;
import no.gpsim.model.PatientList;
import no.gpsim.model.Training;
import no.gpsim.scenario.DemandConfig;
import no.gpsim.scenario.FundingConfig;
import no.gpsim.scenario.LabourMarketConfig;
import no.gpsim.scenario.Parameters;
import no.gpsim.scenario.ParamValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The labour market's rules (docs/MODEL.md 7.6), each against the defect it replaced. */
class LabourMarketTest {

    @TempDir
    Path dir;

    private GpSim started(String yaml) {
        GpSim sim = new GpSim(5, TestScenarios.inputs(TestScenarios.troms(dir, "lm", yaml), 1), Processes.initial(),
                Processes.monthly());
        sim.start();
        return sim;
    }

    /** A vacant list of the least central municipality with one, for hiring into. */
    private static PatientList ruralVacancy(GpSim sim) {
        PatientList best = null;
        for (Municipality m : sim.municipalities()) {
            for (PatientList l : m.lists()) {
                if (l.isVacant() && !l.isSalariedPost() && (best == null || m.centrality() > best.municipality().centrality())) {
                    best = l;
                }
            }
        }
        return best;
    }

    /** Starts the first month and hires a newly qualified specialist into the least central vacancy. */
    private static Gp hireIntoRuralVacancy(GpSim sim) {
        sim.beginMonth();
        PatientList list = ruralVacancy(sim);
        list.promise(candidate(Origin.NEWLY_QUALIFIED, Training.SPECIALIST, 35), sim.monthsDone());
        LabourMarketProcess.hire(sim, list);
        return list.holder();
    }

    private static Candidate candidate(Origin origin, Training training, double age) {
        DoctorTraits t = new DoctorTraits(1.0, 50, 0.008, 0.25, 1.2, 0.9, false, false);
        return new Candidate(t, origin, age, training, training == Training.SPECIALIST ? 120 : 0, null, 42, 1_300_000);
    }

    @Test
    void startRunsTheInitialDerivationSoStepZeroHasHoursAndIncomes() {
        GpSim sim = started("");
        for (Gp gp : sim.gps()) {
            assertTrue(gp.practiceHours() > 0 || gp.list().size() == 0, "hours derived in start()");
            assertTrue(gp.netIncome() > 0, "income derived in start()");
        }
        assertNotEquals(0.0, sim.referenceValue(), "the labour market's anchor is valued in start()");
    }

    @Test
    void aNewGpCarriesItsDutiesAndIsObservedWithHoursAndIncome() {
        GpSim sim = started("");
        Gp gp = hireIntoRuralVacancy(sim);
        PatientList list = gp.list();
        assertTrue(gp.oncallHours() > 0, "on-call duty counted at hire, before the cap is chosen");
        assertTrue(gp.municipalHours() > 0, "municipal duty counted at hire");
        assertTrue(gp.practiceHours() > 0 && gp.netIncome() > 0, "observed this month with hours and income");
    }

    @Test
    void aNewGpsCapIsChosenWithItsOnCallDuty() {
        GpSim sim = started("");
        Gp gp = hireIntoRuralVacancy(sim);
        PatientList list = gp.list();
        CapReview review = new CapReview(sim);
        int withDuty = review.choose(gp);
        gp.setWorkload(gp.practiceHours(), gp.municipalHours(), 0);
        int withoutDuty = review.choose(gp);
        assertEquals(withDuty, list.cap(), "the cap agreed at hire is the one chosen with the duty");
        assertTrue(withDuty < withoutDuty, "on-call duty shortens the list wanted: " + withDuty + " vs " + withoutDuty);
    }

    @Test
    void theRecruitmentGrantGoesOnlyToDoctorsNewToTheScheme() {
        GpSim sim = started("funding.recruitmentGrant.amount: 300000");
        sim.beginMonth();
        PatientList a = ruralVacancy(sim);
        double before = sim.tally().stateCost();
        Candidate relocating = new Candidate(candidate(Origin.NEWLY_QUALIFIED, Training.SPECIALIST, 45).traits(),
                Origin.RELOCATING_GP, 45, Training.SPECIALIST, 120, null, 7, 1_300_000);
        a.promise(relocating, sim.monthsDone());
        LabourMarketProcess.hire(sim, a);
        assertEquals(before, sim.tally().stateCost(), 1e-9, "a GP who relocates is not paid the grant");
        PatientList b = ruralVacancy(sim);
        b.promise(candidate(Origin.NEWLY_QUALIFIED, Training.SPECIALIST, 35), sim.monthsDone());
        LabourMarketProcess.hire(sim, b);
        assertEquals(before + 300_000, sim.tally().stateCost(), 1e-9, "a doctor new to the scheme is");
    }

    @Test
    void anIntroductionAgreementHoldsAReducedList() {
        GpSim sim = started("employment.introductionMonths: 12\nemployment.introductionListShare: 0.5");
        sim.beginMonth();
        PatientList list = ruralVacancy(sim);
        list.promise(candidate(Origin.NEWLY_QUALIFIED, Training.SPECIALIST, 35), sim.monthsDone());
        LabourMarketProcess.hire(sim, list);
        Gp gp = list.holder();
        assertEquals(Contract.INTRODUCTION, gp.contract());
        int chosen = new CapReview(sim).choose(gp);
        assertEquals(Math.max(500, Math.round(0.5 * chosen)), list.cap(), "half the cap the GP would choose");
        assertTrue(list.cap() < chosen);
    }

    @Test
    void aCandidateCountsInTheRotaAsWhatItIs() {
        GpSim sim = started("");
        PostValuation v = new PostValuation(sim, sim.parameters());
        Candidate specialist = candidate(Origin.NEWLY_QUALIFIED, Training.SPECIALIST, 35);
        Candidate newcomer = candidate(Origin.NEWLY_QUALIFIED, Training.NONE, 30);
        Candidate exempt = candidate(Origin.HOSPITAL, Training.SPECIALIST, 62);
        assertEquals(1, v.status(specialist), "a specialist works on-call alone");
        assertEquals(2, v.status(newcomer), "a newly qualified doctor needs back-up");
        assertEquals(0, v.status(exempt), "60 and over is exempt");
        PatientList list = ruralVacancy(sim);
        var d = list.municipality().district();
        double[] hours = v.districtOncall(list.municipality());
        assertEquals(no.gpsim.rules.OnCallAllocation.allocate(sim.parameters().onCall(), d.population(), d.leadCentrality(),
                d.eligibleQualified() + 1, d.eligibleUnqualified(), d.grantsTakenUp()).qualifiedHours(), hours[1], 1e-9,
                "a qualified recruit is counted as qualified");
    }

    @Test
    void anEmptyListsDemandFollowsTheMunicipalitysAgeMix() {
        GpSim sim = started("");
        double[] rates = sim.parameters().demand().consultationsPerYear();
        Municipality m = sim.municipalities().get(0);
        double sum = 0;
        long people = 0;
        for (int a = 0; a < 4; a++) {
            sum += m.population(a) * rates[a];
            people += m.population(a);
        }
        assertEquals(sum / people, PostValuation.municipalRate(m, rates), 1e-12);
        double unweighted = (rates[0] + rates[1] + rates[2] + rates[3]) / 4;
        assertNotEquals(unweighted, PostValuation.municipalRate(m, rates), 1e-3);
    }

    @Test
    void aPostIsAdvertisedOnlyAfterItsNoticePeriod() {
        GpSim sim = started("");
        PatientList list = ruralVacancy(sim);
        list.promise(candidate(Origin.NEWLY_QUALIFIED, Training.SPECIALIST, 35), 1);
        assertFalse(list.isAdvertised(5, 1), "a post someone accepted is not advertised");
        LabourMarketProcess.hire(sim, list);
        list.holder().leaveList();
        list.release(false, 10);
        assertFalse(list.isAdvertised(10, 1), "not in the month it fell vacant");
        assertTrue(list.isAdvertised(11, 1), "the month after, one month after it opened");
        assertFalse(list.isAdvertised(11, 2), "not yet when the municipality takes two");
    }

    @Test
    void noPostIsRefilledSoonerThanNoticeAndStartLag() {
        Path file = TestScenarios.troms(dir, "lag", "exit.noticeMonths: 0\nlabourMarket.advertiseAfterMonths: 2\nlabourMarket.startLagMonths: 2\nyears: 2");
        var inputs = TestScenarios.inputs(file, 2);
        GpSim sim = new GpSim(3, inputs, Processes.initial(), Processes.monthly());
        long[] last = {0, 0};
        boolean[] checked = {false};
        sim.addObserver(state -> {
            GpSim s = (GpSim) state;
            long recruits = s.tally().recruits() - last[0];
            long months = s.tally().fillMonths() - last[1];
            if (recruits > 0) {
                // every post filled this month was vacant at least notice + lag months
                assertTrue(months >= 4 * recruits, "months to fill " + months + " for " + recruits + " recruits");
                checked[0] = true;
            }
            last[0] = s.tally().recruits();
            last[1] = s.tally().fillMonths();
        });
        sim.start();
        sim.runToEnd();
        assertTrue(checked[0], "some posts were filled");
    }

    @Test
    void aGpServingNoticeKeepsItsListWhileTheSuccessorIsFound() {
        GpSim sim = started("exit.noticeMonths: 3");
        sim.beginMonth();
        Gp gp = null;
        for (Gp g : sim.gps()) {
            if (!g.isLeaving()) {
                gp = g;
                break;
            }
        }
        PatientList list = gp.list();
        GpDecisionProcess.giveNotice(sim, gp, no.gpsim.model.ExitReason.OTHER, 1, 3);
        assertEquals(gp, list.holder(), "the GP works its notice");
        assertFalse(list.isAdvertised(1, 1), "advertised from the month after the notice");
        assertTrue(list.isAdvertised(2, 1));
        assertEquals(4, gp.leavingStep());
    }

    @Test
    void someGpsAreServingNoticeAtTheStart() {
        GpSim sim = started("exit.noticeMonths: 3");
        long leaving = sim.gps().stream().filter(Gp::isLeaving).count();
        assertTrue(leaving > 0 && leaving < sim.gps().size() / 10, leaving + " GPs serving notice");
        assertTrue(sim.gps().stream().filter(Gp::isLeaving).allMatch(g -> g.leavingStep() >= 1 && g.leavingStep() <= 3));
    }

    @Test
    void theInflowIsALogisticShareOfThePoolWithNoOtherBound() {
        LabourMarketConfig lm = Parameters.defaults().labourMarket();
        assertEquals(lm.candidatesPerYear(), lm.inflowPerYear(0), 1e-6);
        assertTrue(lm.inflowPerYear(0.1) > lm.inflowPerYear(0));
        assertTrue(lm.inflowPerYear(100) <= lm.candidatePoolPerYear());
        assertTrue(lm.inflowPerYear(100) > 0.99 * lm.candidatePoolPerYear(), "no bound but the pool");
        assertTrue(lm.inflowPerYear(-100) >= 0);
    }

    @Test
    void aCandidatesDrawsDoNotDependOnHowManyCameBefore() {
        GpSim a = started("");
        GpSim b = started("");
        a.streams().candidate(7, 0).nextDouble();
        assertEquals(a.streams().candidate(7, 3).nextLong(), b.streams().candidate(7, 3).nextLong());
        assertNotEquals(a.streams().candidate(7, 3).nextLong(), a.streams().candidate(8, 3).nextLong());
        for (double u = 0.01; u < 1; u += 0.07) {
            assertTrue(Draws.poissonByInversion(u, 50) <= Draws.poissonByInversion(u, 55), "monotone in the mean");
        }
    }

    @Test
    void theStartGrantHasItsOwnCapCondition() {
        ParamValues v = ParamValues.defaults().with(FundingConfig.START_THRESHOLD, 800L);
        var f = Parameters.from(v).funding();
        assertTrue(StartGrant.eligible(f, 300, 600, 6), "a cap of 600 is above the 500 the rule asks for");
        assertFalse(StartGrant.eligible(f, 300, 500, 6), "a cap of 500 is not above it");
    }

    @Test
    void theStartGrantIsValuedOnlyWhileItIsPaid() {
        GpSim with = started("");
        GpSim without = started("funding.startGrant.enabled: false");
        Candidate c = candidate(Origin.NEWLY_QUALIFIED, Training.SPECIALIST, 35);
        Municipality m = ruralVacancy(with).municipality();
        double[] hours = {0, 10, 10};
        PostValuation vw = new PostValuation(with, with.parameters());
        PostValuation vo = new PostValuation(without, without.parameters());
        double emptyGain = vw.value(c, vw.terms(m, false, 0, 3, 1, 610, 900, 2500, hours, false, 0))
                - vo.value(c, vo.terms(m, false, 0, 3, 1, 610, 900, 2500, hours, false, 0));
        double fullGain = vw.value(c, vw.terms(m, false, 900, 3, 1, 610, 900, 2500, hours, false, 0))
                - vo.value(c, vo.terms(m, false, 900, 3, 1, 610, 900, 2500, hours, false, 0));
        assertTrue(emptyGain > 0, "an empty list earns the start grant in its first years");
        assertEquals(0, fullGain, 1e-12, "a full list never does");
        assertTrue(emptyGain < 0.05, "a two-year grant is worth far less than a permanent one: " + emptyGain);
    }

    @Test
    void reliefCostsStaffTimeAndEConsultationsEarnTheirOwnFee() {
        ParamValues base = ParamValues.defaults();
        Parameters relief = Parameters.from(base.with(DemandConfig.TEAM_RELIEF, 0.2));
        Parameters paidByMunicipality = Parameters.from(base.with(DemandConfig.TEAM_RELIEF, 0.2)
                .with(DemandConfig.RELIEF_PAYER, "municipality"));
        Parameters none = Parameters.from(base);
        PracticeAccount r = PracticeAccount.of(relief, true, 1000, 1, 3000, 610, 1000, 60, 0, 2, 5, 0, 0);
        PracticeAccount n = PracticeAccount.of(none, true, 1000, 1, 3000, 610, 1000, 60, 0, 2, 5, 0, 0);
        double relievedHours = 3000 * 44 * 0.2 / 60;
        assertEquals(relievedHours * 520, n.gpNetIncome() - r.gpNetIncome(), 1e-6, "the practice pays the staff");
        PracticeAccount m = PracticeAccount.of(paidByMunicipality, true, 1000, 1, 3000, 610, 1000, 60, 0, 2, 5, 0, 0);
        assertEquals(n.gpNetIncome(), m.gpNetIncome(), 1e-6);
        assertEquals(relievedHours * 520, m.municipalCost() - n.municipalCost(), 1e-6, "or the municipality does");

        Parameters e = Parameters.from(base.with(DemandConfig.E_SHARE, 0.3));
        PracticeAccount ea = PracticeAccount.of(e, true, 1000, 1, 3000, 610, 1000, 60, 0, 2, 5, 0, 0);
        assertEquals(3000 * (0.7 * 610 + 0.3 * 330), ea.fees(), 1e-6);
    }
}
