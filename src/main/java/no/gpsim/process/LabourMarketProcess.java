package no.gpsim.process;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.model.Candidate;
import no.gpsim.model.Contract;
import no.gpsim.model.DoctorTraits;
import no.gpsim.model.Doctors;
import no.gpsim.model.Draws;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.Origin;
import no.gpsim.model.PatientList;
import no.gpsim.model.Taste;
import no.gpsim.model.Training;
import no.gpsim.scenario.BehaviourConfig;
import no.gpsim.scenario.LabourMarketConfig;
import no.gpsim.scenario.Parameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 7, the labour market (MODEL.md 5.7). New candidates arrive, more of them when open
 * posts are worth more under the scenario's regime than under the default one; then every
 * candidate, in random order, values every open vacancy with a random (Gumbel) error, takes the
 * best if it beats its outside option, and otherwise waits or, after {@code maxSearchMonths},
 * gives up.
 */
public final class LabourMarketProcess implements Steppable {

    @Override
    public void step(SimState state) {
        GpSim sim = (GpSim) state;
        Parameters p = sim.parameters();
        LabourMarketConfig lm = p.labourMarket();
        List<PatientList> vacancies = vacancies(sim);
        VacancyValuation valuation = new VacancyValuation(p);
        List<VacancyValuation.Offer> offers = valuation.offers(sim, vacancies);

        double attractiveness = attractiveness(sim, vacancies, offers, valuation);
        MersenneTwisterFast arrivals = sim.streams().arrivals();
        int n = Draws.poisson(arrivals, sim.inputs().nationalShare() * lm.candidatesPerYear() / 12 * attractiveness);
        List<Candidate> pool = new ArrayList<>(sim.candidates());
        for (int i = 0; i < n; i++) {
            pool.add(Doctors.newCandidate(arrivals, p.behaviour(), lm, Doctors.type(arrivals, lm)));
        }

        MersenneTwisterFast r = sim.streams().choices();
        Draws.shuffle(r, pool);
        boolean[] taken = new boolean[offers.size()];
        List<Candidate> waiting = new ArrayList<>();
        for (Candidate c : pool) {
            int best = -1;
            double bestUtility = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < offers.size(); j++) {
                VacancyValuation.Offer o = offers.get(j);
                if (taken[j] || o.list() == c.previousList()) {
                    continue;
                }
                double u = valuation.value(c, o) + Taste.gumbel(c.tasteSeed(), o.list().id(), lm.choiceNoise());
                if (u > bestUtility) {
                    bestUtility = u;
                    best = j;
                }
            }
            double outside = valuation.outside(c) + Taste.gumbel(c.tasteSeed(), -1, lm.choiceNoise());
            if (best >= 0 && bestUtility > outside) {
                taken[best] = true;
                hire(sim, c, offers.get(best).list());
            } else {
                c.waitAMonth();
                if (c.monthsSearching() < lm.maxSearchMonths()) {
                    waiting.add(c);
                }
            }
        }
        sim.setCandidates(waiting);
    }

    private static List<PatientList> vacancies(GpSim sim) {
        List<PatientList> out = new ArrayList<>();
        for (Municipality m : sim.municipalities()) {
            for (PatientList list : m.lists()) {
                if (list.isVacant()) {
                    out.add(list);
                }
            }
        }
        return out;
    }

    /**
     * The most the inflow can grow (or shrink) through attractiveness: a factor of 5 either way.
     * Beyond it the exponential response would be an extrapolation far outside anything observed.
     */
    static final double MAX_LOG_ATTRACTIVENESS = StrictMath.log(5);

    /**
     * exp(elasticity * (mean utility of the open vacancies under the regime in force - the same
     * with the default levers)), for a representative new candidate, within a factor of 5 either
     * way. 1 under the default levers and when nothing is open.
     */
    static double attractiveness(GpSim sim, List<PatientList> vacancies, List<VacancyValuation.Offer> offers,
                                 VacancyValuation valuation) {
        if (vacancies.isEmpty() || sim.isReferenceRegime()) {
            return 1;
        }
        VacancyValuation reference = new VacancyValuation(sim.referenceParameters());
        List<VacancyValuation.Offer> referenceOffers = reference.offers(sim, vacancies);
        Candidate typical = typical(sim.parameters());
        double current = 0;
        double base = 0;
        for (int j = 0; j < offers.size(); j++) {
            current += valuation.value(typical, offers.get(j));
            base += reference.value(typical, referenceOffers.get(j));
        }
        double delta = (current - base) / offers.size();
        double exponent = sim.parameters().labourMarket().elasticity() * delta;
        return StrictMath.exp(Math.max(-MAX_LOG_ATTRACTIVENESS, Math.min(MAX_LOG_ATTRACTIVENESS, exponent)));
    }

    /** A newly qualified doctor with the mean traits of the regime's candidates. */
    static Candidate typical(Parameters p) {
        BehaviourConfig b = p.behaviour();
        LabourMarketConfig lm = p.labourMarket();
        double foreign = lm.mixShare(2);
        double rural = foreign * b.ruralAversionForeign() + (1 - foreign) * b.ruralAversionDomestic();
        DoctorTraits traits = new DoctorTraits(b.incomeWeightMean(), b.preferredHoursMean(), b.oncallAversionMean(),
                b.salariedPreferenceMean(), rural, 1.0, false, false);
        return new Candidate(traits, Origin.NEWLY_QUALIFIED, lm.ageMean(0), Training.NONE, 0, null, 0);
    }

    /**
     * A new GP agrees its list on taking the post: a self-employed GP chooses its cap as in the
     * yearly review; a salaried post is capped at the new-list size. Patients above the cap move
     * to other lists.
     */
    private static void settleList(GpSim sim, Gp gp) {
        PatientList list = gp.list();
        if (gp.contract() == Contract.SALARIED) {
            int cap = Math.min(list.cap(), sim.parameters().employment().newListSize());
            list.setCap(cap);
            if (list.size() > cap) {
                int[] shed = PatientPlacement.removeFrom(list, list.size() - cap);
                PatientPlacement.place(sim, list.municipality(), shed, list, sim.streams().municipalities());
            }
        } else {
            new CapReview(sim).review(gp);
        }
    }

    private static void hire(GpSim sim, Candidate c, PatientList list) {
        Parameters p = sim.parameters();
        Municipality m = list.municipality();
        Training training = c.training();
        int alisMonths = 0;
        Contract contract;
        boolean introduction = false;
        if (m.alisSlots() > 0 && !c.isSpecialist()) {
            m.useAlisSlot();
            training = Training.IN_ALIS;
            alisMonths = p.alis().trainingMonths();
        }
        if (list.isSalariedPost()) {
            contract = Contract.SALARIED;
        } else {
            contract = Contract.SELF_EMPLOYED;
            introduction = c.origin() != Origin.RELOCATING_GP && p.employment().introductionMonths() > 0;
        }
        Gp gp = new Gp(sim.newGpId(), c.traits(), c.age(), training, alisMonths, contract, c.monthsAsGp(), 0,
                sim.month().getMonthValue());
        gp.takeList(list, sim.month().getMonthValue());
        if (introduction) {
            gp.startIntroduction(p.employment().introductionMonths());
        }
        sim.addGp(gp);
        settleList(sim, gp);
        boolean entrant = c.origin() != Origin.RELOCATING_GP;
        m.tally().recruit(entrant);
        sim.tally().recruit(entrant);
        if (p.funding().recruitmentGrant() > 0 && m.centrality() >= p.funding().recruitmentMinCentrality()) {
            m.tally().addCosts(0, p.funding().recruitmentGrant());
            sim.tally().addCosts(0, p.funding().recruitmentGrant());
        }
    }
}
