package no.gpsim.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.gpsim.model.Candidate;
import no.gpsim.model.Contract;
import no.gpsim.model.DoctorTraits;
import no.gpsim.model.Doctors;
import no.gpsim.model.Draws;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.OnCallDistrict;
import no.gpsim.model.Origin;
import no.gpsim.model.PatientList;
import no.gpsim.model.Taste;
import no.gpsim.model.Training;
import no.gpsim.model.TrainingPipeline;
import no.gpsim.rules.OnCallAllocation;
import no.gpsim.scenario.BehaviourConfig;
import no.gpsim.scenario.LabourMarketConfig;
import no.gpsim.scenario.OnCallConfig;
import no.gpsim.scenario.Parameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 7, the labour market (docs/MODEL.md 7.6).
 *
 * <ol>
 *   <li>Recruits whose start month has come take up their posts.</li>
 *   <li>New candidates arrive: a Poisson number (drawn by inversion from one uniform a month) whose
 *       mean responds to what the reference posts are worth now against their value at the start
 *       under the default levers ({@link ReferencePosts}, valued each January and whenever a policy
 *       takes effect); each new candidate's traits and outside
 *       option come from its own stream, keyed by month and index.</li>
 *   <li>Candidates queue in an order that is a pure function of their own seed and the month; each
 *       looks at each advertised post with probability {@code postVisibility}, drawn the same way,
 *       and is offered the best of those it looked at. It accepts if that beats its own outside option, and starts after
 *       {@code startLagMonths}; otherwise it declines and waits, giving up after
 *       {@code maxSearchMonths}.</li>
 * </ol>
 *
 * Posts are advertised from {@code advertiseAfterMonths} after they open ({@link PatientList#isAdvertised}):
 * when their GP gives notice, so a successor can start the month after the GP leaves, or when
 * they fall vacant without notice. A post is never refilled in the month it falls vacant.
 */
public final class LabourMarketProcess implements Steppable {

    @Override
    public void step(SimState state) {
        GpSim sim = (GpSim) state;
        Parameters p = sim.parameters();
        LabourMarketConfig lm = p.labourMarket();
        int step = sim.monthsDone();
        // one pass over the lists finds both the posts whose recruit starts now and the advertised
        // posts; hiring changes neither (a starting post is not advertised before nor after, and a
        // list a hire opens for shed patients opened this month, so is not advertised yet)
        List<PatientList> starting = new ArrayList<>();
        List<PatientList> open = new ArrayList<>();
        for (Municipality m : sim.municipalities()) {
            for (int k = 0; k < m.listCount(); k++) {
                PatientList list = m.list(k);
                if (list.incoming() != null && list.startStep() <= step && list.isVacant()) {
                    starting.add(list);
                } else if (list.isAdvertised(step, lm.advertiseAfterMonths())) {
                    open.add(list);
                }
            }
        }
        // recruits whose start month has come take up the posts they accepted
        for (PatientList list : starting) {
            hire(sim, list);
        }

        if (sim.month().getMonthValue() == 1 || sim.parameters() != sim.valuedParameters()) {
            sim.setReferenceValueNow(ReferencePosts.valueNow(sim), sim.parameters());
        }
        double delta = sim.referenceValueNow() - sim.referenceValue();
        double mean = sim.inputs().nationalShare() * lm.inflowPerYear(delta) / 12;
        int n = Draws.poissonByInversion(sim.streams().arrivals().nextDouble(), mean);
        List<Candidate> pool = new ArrayList<>(sim.candidates());
        for (int i = 0; i < n; i++) {
            pool.add(Doctors.newCandidate(sim.streams().candidate(step, i), p.behaviour(), lm));
        }
        addTrainedCandidates(sim, pool, delta, step);
        match(sim, pool, open, step, true);
    }

    /**
     * Before the first month: the candidates already searching (docs/MODEL.md 5) look at the posts
     * advertised at the start (vacancies, and the posts of GPs serving notice) as in any month, so
     * that some of those posts already have a successor lined up, as they would in a running
     * market. Candidates who find nothing keep the months of search they had.
     */
    static void matchAtStart(GpSim sim) {
        LabourMarketConfig lm = sim.parameters().labourMarket();
        List<PatientList> open = new ArrayList<>();
        for (Municipality m : sim.municipalities()) {
            for (PatientList list : m.lists()) {
                if (list.incoming() == null && list.isAdvertised(0, lm.advertiseAfterMonths())) {
                    open.add(list);
                }
            }
        }
        match(sim, new ArrayList<>(sim.candidates()), open, 0, false);
    }

    /**
     * A month's matching: the pool, in a random order, looks at the advertised posts; each candidate
     * is offered the best post it looked at and accepts it if it beats its outside option; the rest
     * wait (a month older when {@code age}) or give up after maxSearchMonths.
     */
    private static void match(GpSim sim, List<Candidate> pool, List<PatientList> open, int step, boolean age) {
        Parameters p = sim.parameters();
        LabourMarketConfig lm = p.labourMarket();
        pool.sort(Comparator.comparingDouble(c -> Taste.uniform(c.tasteSeed(), step, 0)));

        PostValuation valuation = new PostValuation(sim, p);
        PostValuation.Terms[] terms = new PostValuation.Terms[open.size()];
        long[] keys = new long[open.size()];
        for (int j = 0; j < keys.length; j++) {
            keys[j] = Taste.key(step, open.get(j).id());
        }
        boolean[] taken = new boolean[open.size()];
        List<Candidate> waiting = new ArrayList<>();
        // each candidate looks at each advertised post with probability postVisibility, drawn from its own
        // seed, the month and the post, so matches rise with both candidates and posts (random matching);
        // it is offered the best post it looked at. A post taken earlier in the month is gone, and a
        // relocating GP never looks at the list it left.
        long visible = Taste.below(lm.postVisibility());
        for (Candidate c : pool) {
            int best = -1;
            double u = Double.NEGATIVE_INFINITY;
            long seed = c.tasteSeed();
            for (int j = 0; j < keys.length; j++) {
                if (taken[j] || !Taste.isBelow(seed, keys[j], visible)) {
                    continue;
                }
                PatientList list = open.get(j);
                if (list == c.previousList()) {
                    continue;
                }
                if (terms[j] == null) {
                    terms[j] = valuation.terms(list);
                }
                double v = valuation.value(c, terms[j]) + Taste.gumbel(c.tasteSeed(), list.id(), lm.choiceNoise());
                if (v > u) {
                    u = v;
                    best = j;
                }
            }
            if (best >= 0) {
                PatientList list = open.get(best);
                double outside = valuation.outside(c) + Taste.gumbel(c.tasteSeed(), -1, lm.choiceNoise());
                boolean accept = u > outside;
                list.municipality().tally().offer(accept);
                sim.tally().offer(accept);
                if (accept) {
                    taken[best] = true;
                    // a successor starts after its own lag, and never before the GP serving notice has left
                    int start = step + lm.startLagMonths();
                    if (list.holder() != null) {
                        start = Math.max(start, list.holder().leavingStep() + 1);
                    }
                    list.promise(c, start);
                    if (start == step) {
                        hire(sim, list);
                    }
                    continue;
                }
            }
            if (age) {
                c.waitAMonth();
            }
            if (c.monthsSearching() < lm.maxSearchMonths()) {
                waiting.add(c);
            }
        }
        sim.setCandidates(waiting);
    }

    /** Index of the first pipeline candidate's stream in a month: far above any month's ordinary arrivals. */
    static final int PIPELINE_STREAM = 1 << 24;

    /**
     * The candidates the training levers add this month (docs/MODEL.md 7.6): the extra doctors
     * leaving LIS1 (newly qualified) and arriving from abroad, of whom the same share as of the
     * ordinary pool look for a GP post; drawn on streams of their own, so the ordinary candidates
     * are the same doctors with and without the levers.
     */
    private static void addTrainedCandidates(GpSim sim, List<Candidate> pool, double delta, int step) {
        Parameters p = sim.parameters();
        LabourMarketConfig lm = p.labourMarket();
        TrainingPipeline pipeline = sim.pipeline();
        pipeline.advance(p.training(), step);
        double[] byType = {pipeline.newlyQualified(), 0, pipeline.educatedAbroad(), 0};
        double share = sim.inputs().nationalShare() * lm.inflowShare(delta);
        int index = PIPELINE_STREAM;
        for (int type = 0; type < byType.length; type++) {
            if (byType[type] <= 0) {
                continue;
            }
            double u = sim.streams().candidate(step, index++).nextDouble();
            int n = Draws.poissonByInversion(u, share * byType[type]);
            for (int i = 0; i < n; i++) {
                pool.add(Doctors.newCandidate(sim.streams().candidate(step, index++), p.behaviour(), lm, type));
            }
        }
    }

    /** A newly qualified doctor with the mean traits of the regime's candidates. */
    static Candidate typical(Parameters p) {
        BehaviourConfig b = p.behaviour();
        LabourMarketConfig lm = p.labourMarket();
        double foreign = lm.mixShare(2);
        double rural = foreign * b.ruralAversionForeign() + (1 - foreign) * b.ruralAversionDomestic();
        DoctorTraits traits = new DoctorTraits(b.incomeWeightMean(), b.preferredHoursMean(), b.oncallAversionMean(),
                b.salariedPreferenceMean(), rural, 1.0, false, false);
        return new Candidate(traits, Origin.NEWLY_QUALIFIED, lm.ageMean(0), Training.NONE, 0, null, 0,
                lm.outsideIncome(0));
    }

    /**
     * The incoming candidate takes the list. Its municipal and on-call duties are worked out first,
     * with the GP counted in its district's rota, so that it agrees its list with the duties it
     * will carry; its hours and income are then those of the list it agreed, so the month's
     * observation sees them.
     */
    static void hire(GpSim sim, PatientList list) {
        Parameters p = sim.parameters();
        Candidate c = list.incoming();
        Municipality m = list.municipality();
        int monthsToFill = Math.max(0, list.monthsVacant() - 1);
        Training training = c.training();
        int alisMonths = 0;
        if (!c.isSpecialist() && MunicipalityProcess.offersAlis(p.alis(), m)) {
            if (!p.alis().national()) {
                m.useAlisSlot();
            }
            training = Training.IN_ALIS;
            alisMonths = p.alis().trainingMonths();
        }
        boolean entrant = c.origin() != Origin.RELOCATING_GP;
        Contract contract = list.isSalariedPost() ? Contract.SALARIED : Contract.SELF_EMPLOYED;
        int introductionMonths = contract == Contract.SELF_EMPLOYED && entrant && m.withinBudget()
                ? p.employment().introductionMonths() : 0;
        if (training == Training.IN_ALIS && contract == Contract.SELF_EMPLOYED && p.alis().salariedTrainees()
                && MunicipalityProcess.salariedIsBetterOffer(sim, list)) {
            introductionMonths = Math.max(introductionMonths, alisMonths);
        }
        boolean introduction = introductionMonths > 0;
        Gp gp = new Gp(sim.newGpId(), c.traits(), c.age(), training, alisMonths, contract, c.monthsAsGp(), 0,
                sim.month().getMonthValue(), Taste.mix(c.tasteSeed() + 0x5DEECE66DL));
        gp.takeList(list, sim.month().getMonthValue());
        if (introduction) {
            gp.startIntroduction(introductionMonths);
        }
        sim.addGp(gp);
        setDuties(sim, gp);
        settleList(sim, gp);
        gp.setWorkload(WorkloadProcess.practiceHours(sim, gp), gp.municipalHours(), gp.oncallHours());
        gp.setNetIncome(IncomeProcess.netIncome(gp, IncomeProcess.accountOf(sim, gp)));
        m.tally().recruit(entrant);
        sim.tally().recruit(entrant);
        m.tally().filled(monthsToFill);
        sim.tally().filled(monthsToFill);
        if (entrant && p.funding().recruitmentGrant() > 0 && m.centrality() >= p.funding().recruitmentMinCentrality()
                && m.grantsTakenUp()) {
            m.tally().addCosts(0, p.funding().recruitmentGrant());
            sim.tally().addCosts(0, p.funding().recruitmentGrant());
        }
    }

    /** The new GP's municipal hours and its share of its district's rota, with itself counted. */
    private static void setDuties(GpSim sim, Gp gp) {
        OnCallConfig c = sim.parameters().onCall();
        Municipality m = gp.list().municipality();
        OnCallDistrict d = m.district();
        double oncall = 0;
        if (WorkloadProcess.isEligible(gp, c)) {
            boolean qualified = WorkloadProcess.isQualified(gp, c);
            int q = d.eligibleQualified() + (qualified ? 1 : 0);
            int u = d.eligibleUnqualified() + (qualified ? 0 : 1);
            d.setEligible(q, u);
            OnCallAllocation a = OnCallAllocation.allocate(c, d.population(), d.leadCentrality(), q, u,
                    d.grantsTakenUp());
            oncall = qualified ? a.qualifiedHours() : a.unqualifiedHours();
        }
        gp.setWorkload(0, sim.parameters().demand().municipalHours(m.population())
                + WorkloadProcess.combinedHours(sim.parameters(), gp.list()), oncall);
    }

    /**
     * A new GP agrees its list on taking the post: a self-employed GP chooses its cap as in the
     * yearly review, and on an introduction agreement holds a reduced list of a share of that cap
     * until the agreement ends; a salaried post is capped at the new-list size. Patients above the
     * cap move to other lists.
     */
    private static void settleList(GpSim sim, Gp gp) {
        PatientList list = gp.list();
        CapReview review = new CapReview(sim);
        int cap;
        if (gp.contract() == Contract.SALARIED) {
            Parameters p = sim.parameters();
            cap = Math.min(list.cap(), p.listNorm().capLimit(p.employment().newListSize()));
        } else {
            cap = review.choose(gp);
            if (gp.contract() == Contract.INTRODUCTION) {
                cap = introductionCap(sim.parameters(), cap);
            }
        }
        review.apply(gp, cap);
    }

    /** The reduced cap of an introduction agreement: a share of the chosen cap, at least the lowest cap. */
    static int introductionCap(Parameters p, int cap) {
        return Math.max(p.behaviour().capMin(), (int) Math.round(p.employment().introductionListShare() * cap));
    }
}
