package no.gpsim.process;

import no.gpsim.funding.BasicGrant;
import no.gpsim.funding.EqualisationGrant;
import no.gpsim.funding.PracticeAccount;
import no.gpsim.model.AgeGroups;
import no.gpsim.model.Contract;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.OnCallDistrict;
import no.gpsim.model.PatientList;
import no.gpsim.model.Training;
import no.gpsim.scenario.FundingConfig;
import no.gpsim.scenario.Parameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 4, income and costs: each GP's net income (kept as a yearly rate) and this month's
 * municipal and state cost in every municipality (docs/MODEL.md 7.3). Costs are a twelfth of the
 * yearly rates in force this month.
 */
public final class IncomeProcess implements Steppable {

    private static final double WEEKS_PER_YEAR = 52;

    @Override
    public void step(SimState state) {
        account((GpSim) state, true);
    }

    /**
     * Sets every GP's net income and, when {@code book} is true, adds the month's costs to the
     * running totals. Without booking it only derives incomes from the state (for step 0).
     */
    public static void account(GpSim sim, boolean book) {
        Parameters p = sim.parameters();
        double[] rates = p.demand().consultationsPerYear();
        double[] weights = sim.ageWeights();
        for (OnCallDistrict district : sim.districts()) {
            long districtPopulation = Math.max(1, district.population());
            double staffCost = district.dedicatedHours() * WEEKS_PER_YEAR * p.onCall().dedicatedStaffHourlyCost();
            double packageCost = district.packageHours() * WEEKS_PER_YEAR * p.onCall().dedicatedStaffHourlyCost();
            for (Municipality m : district.members()) {
                double share = m.population() / (double) districtPopulation;
                double municipal = staffCost * share;
                double stateCost = packageCost * share;
                double[] lists = accountLists(sim, p, m, rates, weights);
                municipal += lists[0];
                stateCost += lists[1];
                if (book) {
                    m.tally().addCosts(municipal / 12, stateCost / 12);
                    sim.tally().addCosts(municipal / 12, stateCost / 12);
                }
            }
        }
    }

    /** One GP's practice account this month (its net income, and what it costs the municipality and the state). */
    static PracticeAccount accountOf(GpSim sim, Gp gp) {
        Parameters p = sim.parameters();
        PatientList list = gp.list();
        Municipality m = list.municipality();
        double[] rates = p.demand().consultationsPerYear();
        return PracticeAccount.of(p, gp.contract() == Contract.SELF_EMPLOYED, list.size(),
                list.meanOf(sim.ageWeights(), 1.0), list.consultationsPerYear(rates), meanFee(p.funding(), rates, list),
                list.cap(), gp.monthsInPost(),
                EqualisationGrant.annualPerGp(p.funding(), m.population(), m.meanListLength()), gp.municipalHours(),
                gp.oncallHours(), supplement(p.funding(), m), sim.yearsElapsed());
    }

    /** A GP's net income per year: its practice account and any list-norm compensation. */
    static double netIncome(Gp gp, PracticeAccount account) {
        return netIncome(gp, account.gpNetIncome());
    }

    /** A GP's net income per year from its practice's net income: with any list-norm compensation. */
    static double netIncome(Gp gp, double income) {
        double compensation = normCompensation(gp);
        return compensation > 0 ? income + compensation : income;
    }

    /** The list-norm compensation a GP is paid per year: only a self-employed GP earns by its list. */
    static double normCompensation(Gp gp) {
        return gp.contract() == Contract.SELF_EMPLOYED ? gp.normCompensation() : 0;
    }

    /** Yearly municipal and state cost of a municipality's lists; sets each GP's net income. */
    private static double[] accountLists(GpSim sim, Parameters p, Municipality m, double[] rates, double[] weights) {
        FundingConfig f = p.funding();
        double equalisation = EqualisationGrant.annualPerGp(f, m.population(), m.meanListLength());
        double supplement = supplement(f, m);
        double municipal = 0;
        double state = 0;
        PracticeAccount.Parts account = new PracticeAccount.Parts();
        for (int k = 0; k < m.listCount(); k++) {
            PatientList list = m.list(k);
            double consultations = list.consultationsPerYear(rates);
            double meanWeight = list.meanOf(weights, 1.0);
            Gp gp = list.holder();
            if (gp != null) {
                PracticeAccount.parts(p, gp.contract() == Contract.SELF_EMPLOYED, list.size(), meanWeight,
                        consultations, meanFee(f, rates, list), list.cap(), gp.monthsInPost(), equalisation,
                        gp.municipalHours(), gp.oncallHours(), supplement, sim.yearsElapsed(), account);
                gp.setNetIncome(netIncome(gp, account.netIncome()));
                municipal += account.municipalCost();
                state += account.stateCost(f.refundShare());
                if (list.isCombined()) {
                    municipal -= WorkloadProcess.combinedHours(p, list) * p.demand().workingWeeksPerYear()
                            * f.municipalHourlyPay();
                }
                double compensation = normCompensation(gp);
                if (compensation > 0) {
                    if (p.listNorm().municipalityPays()) {
                        municipal += compensation;
                    } else {
                        state += compensation;
                    }
                }
                if (gp.training() == Training.IN_ALIS) {
                    municipal += p.alis().municipalCostPerYear(m.centrality());
                    state += p.alis().grantPerYear(m.centrality());
                }
            } else {
                double basic = BasicGrant.annual(f.basicGrant(), list.size(), meanWeight);
                state += basic;
                municipal -= basic;
                if (list.hasLocum()) {
                    double fees = consultations * meanFee(f, rates, list);
                    municipal += p.employment().locumCostPerMonth() * 12 - fees;
                    state += f.refundShare() * fees;
                }
            }
        }
        return new double[] {municipal, state};
    }

    /** Mean fee per consultation on a list (the municipality's age mix for an empty list). */
    static double meanFee(FundingConfig f, double[] rates, PatientList list) {
        if (f.uniformFee()) {
            return f.feePerConsultation();
        }
        if (list.size() == 0) {
            return meanFee(f, rates, list.municipality());
        }
        double[] patients = new double[AgeGroups.COUNT];
        for (int a = 0; a < patients.length; a++) {
            patients[a] = list.patients(a);
        }
        return f.meanFee(patients, rates);
    }

    /** Mean fee per consultation at a municipality's age mix. */
    static double meanFee(FundingConfig f, double[] rates, Municipality m) {
        if (f.uniformFee()) {
            return f.feePerConsultation();
        }
        double[] residents = new double[AgeGroups.COUNT];
        for (int a = 0; a < residents.length; a++) {
            residents[a] = m.population(a);
        }
        return f.meanFee(residents, rates);
    }

    /** The municipal supplement per GP per year: the municipality's own value or its class value. */
    static double supplement(FundingConfig f, Municipality m) {
        double base = Double.isNaN(m.supplementOverride()) ? f.supplement(m.centrality()) : m.supplementOverride();
        return m.ownSupplement() > 0 ? base + m.ownSupplement() : base;
    }
}
