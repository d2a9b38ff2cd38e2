package no.gpsim.process;

import java.util.function.IntToDoubleFunction;
import no.gpsim.funding.EqualisationGrant;
import no.gpsim.funding.PracticeAccount;
import no.gpsim.model.AgeGroups;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.model.Streams;
import no.gpsim.rules.CapChoice;
import no.gpsim.rules.Workload;
import no.gpsim.scenario.ListNormConfig;
import no.gpsim.scenario.Parameters;

/**
 * The yearly list-cap review of a self-employed GP, and the cap a new GP agrees on taking a post.
 * For each cap on the grid the GP works out the net income and felt hours of a list that size,
 * with the municipal and on-call duties it carries, and picks the cap of highest utility: the
 * list it wants. Patients above a lowered cap move to other lists.
 */
final class CapReview {

    private final GpSim sim;
    private final Parameters p;
    private final double[] rates;
    private final double[] weights;
    private final double minutes;

    CapReview(GpSim sim) {
        this.sim = sim;
        this.p = sim.parameters();
        this.rates = p.demand().consultationsPerYear();
        this.weights = sim.ageWeights();
        this.minutes = p.demand().effectiveMinutes(sim.yearsElapsed());
    }

    void review(Gp gp) {
        apply(gp, choose(gp));
    }

    /**
     * The cap on the grid of highest utility for the GP: its income and felt hours if its list held
     * that many patients, with the duties it carries. The cap is the list the GP wants; where too
     * few patients are looking for a GP the list stays below it, and that is the spare capacity
     * the data show. Under a list norm the GP takes the best cap up to the norm and is paid the
     * norm's share of the income it loses against the cap it would choose (docs/MODEL.md 7.4).
     */
    int choose(Gp gp) {
        PatientList list = gp.list();
        Municipality m = list.municipality();
        int size = list.size();
        double consultationsPerPatient = size == 0 ? PostValuation.municipalRate(m, rates)
                : list.consultationsPerYear(rates) / size;
        double meanWeight = size == 0 ? PostValuation.municipalWeight(m, weights) : list.meanOf(weights, 1.0);
        double meanFee = IncomeProcess.meanFee(p.funding(), rates, list);
        double equalisation = EqualisationGrant.annualPerGp(p.funding(), m.population(), m.meanListLength());
        double supplement = IncomeProcess.supplement(p.funding(), m);
        double municipalHours = gp.municipalHours();
        double years = sim.yearsElapsed();
        IntToDoubleFunction income = c -> PracticeAccount.netIncome(p, true, c, meanWeight, c * consultationsPerPatient,
                meanFee, c, gp.monthsInPost(), equalisation, municipalHours, gp.oncallHours(), supplement, years);
        IntToDoubleFunction utility = c -> {
            double hours = p.behaviour().feltHours(Workload.practiceHours(p.demand(), c * consultationsPerPatient, minutes)
                    + municipalHours, gp.oncallHours());
            return CapChoice.utility(gp.traits().incomeWeight(), p.behaviour().hoursWeight(), gp.traits().preferredHours(),
                    income.applyAsDouble(c), hours);
        };
        int preferred = CapChoice.choose(p.behaviour(), utility);
        ListNormConfig norm = p.listNorm();
        int limit = norm.capLimit(p.behaviour().capMax());
        if (preferred <= limit) {
            gp.setNormCompensation(0);
            return preferred;
        }
        int held = CapChoice.choose(p.behaviour(), limit, utility);
        double lost = Math.max(0, income.applyAsDouble(preferred) - income.applyAsDouble(held));
        gp.setNormCompensation(norm.compensationShare() * lost);
        return held;
    }

    /** Sets the cap; patients above it move to other lists of the municipality. */
    void apply(Gp gp, int cap) {
        PatientList list = gp.list();
        list.setCap(cap);
        if (list.size() > cap) {
            int[] shed = new int[AgeGroups.COUNT];
            list.removeShare(list.size() - cap, shed);
            PatientPlacement.place(sim, list.municipality(), shed, list,
                    sim.streams().local(Streams.Purpose.PLACEMENT, sim.monthsDone(), list.id()));
        }
    }
}
