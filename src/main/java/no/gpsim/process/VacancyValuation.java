package no.gpsim.process;

import java.util.ArrayList;
import java.util.List;
import no.gpsim.funding.EqualisationGrant;
import no.gpsim.funding.PracticeAccount;
import no.gpsim.model.Candidate;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.OnCallDistrict;
import no.gpsim.model.Origin;
import no.gpsim.model.PatientList;
import no.gpsim.rules.CapChoice;
import no.gpsim.rules.OnCallAllocation;
import no.gpsim.rules.Workload;
import no.gpsim.scenario.Parameters;

/**
 * What an open vacancy offers a candidate under a parameter regime (MODEL.md 5.7): expected net
 * income and hours of the list, on-call duty in its district, contract type, ALIS offer,
 * remoteness, supplement and recruitment grant. The parts that do not depend on the candidate are
 * worked out once per vacancy and month.
 */
final class VacancyValuation {

    /** Years over which one-off grants and an introduction agreement are spread when valuing a post. */
    static final double VALUATION_YEARS = 5;

    /** One vacancy's candidate-independent terms. */
    record Offer(PatientList list, double selfEmployedIncome, double salariedIncome, double baseHours,
                 double qualifiedOncall, double unqualifiedOncall, double remoteness, boolean salariedPost,
                 boolean alisOffer, double oneOffPerYear) { }

    private final Parameters p;

    VacancyValuation(Parameters p) {
        this.p = p;
    }

    /** Offers of all vacancies, valued under this regime with the districts' current eligible GPs. */
    List<Offer> offers(GpSim sim, List<PatientList> vacancies) {
        double[] rates = p.demand().consultationsPerYear();
        double[] weights = sim.ageWeights();
        double minutes = p.demand().effectiveMinutes(sim.yearsElapsed());
        List<Offer> out = new ArrayList<>(vacancies.size());
        OnCallDistrict lastDistrict = null;
        OnCallAllocation allocation = null;
        Municipality lastMunicipality = null;
        double equalisation = 0;
        double supplement = 0;
        double meanList = 0;
        for (PatientList list : vacancies) {
            Municipality m = list.municipality();
            if (m != lastMunicipality) {
                lastMunicipality = m;
                meanList = m.meanListLength();
                equalisation = EqualisationGrant.annualPerGp(p.funding(), m.population(), meanList);
                supplement = IncomeProcess.supplement(p.funding(), m);
            }
            OnCallDistrict d = m.district();
            if (d != lastDistrict) {
                lastDistrict = d;
                allocation = OnCallAllocation.allocate(p.onCall(), d.population(), d.leadCentrality(),
                        d.eligibleQualified(), d.eligibleUnqualified() + 1);
            }
            out.add(offer(list, list.isSalariedPost(), meanList, equalisation, supplement, allocation, rates, weights,
                    minutes));
        }
        return out;
    }

    /** The offer one list would make as a salaried or a self-employed post (for the municipality's choice). */
    Offer offerAs(GpSim sim, PatientList list, boolean salariedPost) {
        Municipality m = list.municipality();
        double meanList = m.meanListLength();
        OnCallDistrict d = m.district();
        OnCallAllocation allocation = OnCallAllocation.allocate(p.onCall(), d.population(), d.leadCentrality(),
                d.eligibleQualified(), d.eligibleUnqualified() + 1);
        return offer(list, salariedPost, meanList, EqualisationGrant.annualPerGp(p.funding(), m.population(), meanList),
                IncomeProcess.supplement(p.funding(), m), allocation, p.demand().consultationsPerYear(), sim.ageWeights(),
                p.demand().effectiveMinutes(sim.yearsElapsed()));
    }

    private Offer offer(PatientList list, boolean salariedPost, double meanList, double equalisation, double supplement,
                        OnCallAllocation allocation, double[] rates, double[] weights, double minutes) {
        Municipality m = list.municipality();
        int expected = expectedList(p, list, salariedPost, meanList);
        double scale = list.size() == 0 ? 0 : expected / (double) list.size();
        double consultations = list.size() == 0 ? expected * municipalRate(m, rates)
                : list.consultationsPerYear(rates) * scale;
        double meanWeight = list.meanOf(weights, 1.0);
        double municipalHours = p.demand().municipalHours(m.population());
        PracticeAccount self = PracticeAccount.of(p, true, expected, meanWeight, consultations, list.cap(), 0,
                equalisation, municipalHours, 0, supplement);
        double salaried = p.employment().salaryPerYear() + supplement;
        double baseHours = Workload.practiceHours(p.demand(), consultations, minutes) + municipalHours;
        boolean grant = p.funding().recruitmentGrant() > 0 && m.centrality() >= p.funding().recruitmentMinCentrality();
        return new Offer(list, self.gpNetIncome(), salaried, baseHours, allocation.qualifiedHours(),
                allocation.unqualifiedHours(), m.remoteness(), salariedPost, m.alisSlots() > 0,
                grant ? p.funding().recruitmentGrant() / VALUATION_YEARS : 0);
    }

    /**
     * The list a recruit expects to work with. A self-employed GP sets its own cap on taking the
     * post and patients switch in or out until the list is about the municipality's mean, so it
     * expects min(cap, mean list). A salaried post is capped at the new-list size by the
     * municipality, and starts from its current patients.
     */
    static int expectedList(Parameters p, PatientList list, boolean salariedPost, double meanList) {
        double mean = Math.max(1, meanList);
        if (!salariedPost) {
            return (int) Math.min(list.cap(), mean);
        }
        int cap = Math.min(list.cap(), p.employment().newListSize());
        return (int) Math.min(cap, Math.max(list.size(), mean));
    }

    /** Consultations per resident per year at the municipality's age mix. */
    private static double municipalRate(Municipality m, double[] rates) {
        double sum = 0;
        long population = 0;
        for (int a = 0; a < rates.length; a++) {
            sum += m.population(a) * rates[a];
            population += m.population(a);
        }
        return population == 0 ? rates[1] : sum / population;
    }

    /** The candidate's utility of an offer, without the random error. */
    double value(Candidate c, Offer o) {
        var onCall = p.onCall();
        boolean eligible = c.age() < onCall.exemptionAge() && c.traits().exemptDraw() >= onCall.otherExemptShare();
        boolean qualified = onCall.lis1Sufficient() || c.isSpecialist() || c.monthsAsGp() >= onCall.qualificationMonths();
        double oncall = !eligible ? 0 : qualified ? o.qualifiedOncall() : o.unqualifiedOncall();
        double oncallPay = oncall * 52 * onCall.hourlyPay();
        boolean alis = o.alisOffer() && !c.isSpecialist();
        double salariedWeight;
        if (o.salariedPost()) {
            salariedWeight = 1;
        } else if (c.origin() != Origin.RELOCATING_GP && p.employment().introductionMonths() > 0) {
            salariedWeight = Math.min(1, p.employment().introductionMonths() / (12 * VALUATION_YEARS));
        } else {
            salariedWeight = 0;
        }
        double income = salariedWeight * o.salariedIncome() + (1 - salariedWeight) * o.selfEmployedIncome()
                + oncallPay + o.oneOffPerYear();
        double u = CapChoice.utility(c.traits().incomeWeight(), p.behaviour().hoursWeight(), c.traits().preferredHours(),
                income, p.behaviour().feltHours(o.baseHours(), oncall));
        u -= c.traits().oncallAversion() * oncall;
        u += salariedWeight * c.traits().salariedPreference();
        u -= c.traits().ruralAversion() * o.remoteness();
        if (alis) {
            u += p.alis().utilityBonus();
        }
        return u;
    }

    /** The candidate's utility of its outside option (a hospital post), without the random error. */
    double outside(Candidate c) {
        int type = c.origin() == Origin.RELOCATING_GP ? 1 : c.origin().ordinal();
        return CapChoice.utility(c.traits().incomeWeight(), p.behaviour().hoursWeight(), c.traits().preferredHours(),
                p.labourMarket().outsideIncome(type), p.labourMarket().outsideHours());
    }
}
