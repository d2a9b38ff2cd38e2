package no.gpsim.funding;

import no.gpsim.scenario.Parameters;

/**
 * One list's money over a year, in NOK: what the practice earns and costs, and who gets it. A
 * self-employed GP keeps the grants and fees and pays the costs; for a salaried GP the
 * municipality does, and pays the GP a salary.
 *
 * @param basicGrant basic grant for the list (paid by the state)
 * @param startGrant start-grant top-up (state), self-employed only
 * @param equalisation equalisation grant (state), self-employed only
 * @param fees consultation and e-consultation fees: state refund plus patient co-payment
 * @param costs practice costs, including team-relief staff when the practice pays for them
 * @param reliefCost staff time that relieves the GP (team relief), whoever pays it
 * @param municipalPay pay for municipal duties (paid by the municipality), self-employed only: a salary covers them
 * @param oncallPay on-call pay (paid by the municipality)
 * @param supplement municipal supplement
 * @param salary salary paid by the municipality (0 for a self-employed GP)
 * @param selfEmployed whether the GP keeps the practice's revenue and costs
 * @param transferCost the other services' cost of the tasks moved from the list (task relief)
 * @param municipalityPaysTransfer whether the municipality (else the state) pays for the moved tasks
 * @param sop the state's added payment to the pension and sick-pay scheme (SOP) for a self-employed GP
 * @param sopValueShare what one NOK of that payment is worth to the GP, in NOK of income
 */
public record PracticeAccount(double basicGrant, double startGrant, double equalisation, double fees, double costs,
                              double reliefCost, boolean municipalityPaysRelief, double municipalPay, double oncallPay,
                              double supplement, double salary, boolean selfEmployed, double transferCost,
                              boolean municipalityPaysTransfer, double sop, double sopValueShare) {

    /**
     * Works out a list's year.
     *
     * @param p parameters in force
     * @param selfEmployed whether the GP is self-employed (otherwise salaried, ALIS or introduction)
     * @param listSize patients on the list
     * @param meanWeight mean patient-adjusted age weight of the list's patients
     * @param consultations consultations a year on the list
     * @param meanFee mean fee income per (physical) consultation at the list's age mix ({@code
     *     FundingConfig#meanFee})
     * @param cap the list cap
     * @param contractMonths months since the GP took the post
     * @param equalisationPerGp the municipality's equalisation grant per self-employed GP
     * @param municipalHoursPerWeek the GP's weekly hours of municipal duties
     * @param oncallHoursPerWeek the GP's weekly on-call hours
     * @param supplement the municipal supplement per GP per year
     * @param years years since the start of the run (task growth changes the relieved time)
     */
    public static PracticeAccount of(Parameters p, boolean selfEmployed, double listSize, double meanWeight,
                                     double consultations, double meanFee, int cap, int contractMonths, double equalisationPerGp,
                                     double municipalHoursPerWeek, double oncallHoursPerWeek, double supplement,
                                     double years) {
        var f = p.funding();
        var d = p.demand();
        double basic = BasicGrant.annual(f.basicGrant(), listSize, meanWeight);
        double start = selfEmployed ? StartGrant.annualTopUp(f, listSize, cap, contractMonths, meanWeight) : 0;
        double equalisation = selfEmployed ? equalisationPerGp : 0;
        double eShare = d.eConsultationShare();
        double fees = consultations * ((1 - eShare) * meanFee + eShare * f.eConsultationFee());
        double relief = d.reliefCostPerYear(consultations, years);
        boolean municipalityPays = d.municipalityPaysRelief();
        double costs = f.fixedCostsPerYear() + consultations * f.costPerConsultation() + (municipalityPays ? 0 : relief);
        double municipalPay = selfEmployed
                ? municipalHoursPerWeek * p.demand().workingWeeksPerYear() * f.municipalHourlyPay() : 0;
        double oncallPay = oncallHoursPerWeek * 52 * p.onCall().hourlyPay();
        double salary = selfEmployed ? 0 : p.employment().salaryPerYear();
        double sop = selfEmployed ? f.sopValuePerYear() : 0;
        return new PracticeAccount(basic, start, equalisation, fees, costs, relief, municipalityPays, municipalPay,
                oncallPay, supplement, salary, selfEmployed, d.transferCostPerYear(consultations),
                d.municipalityPaysTransfer(), sop, f.sopValueShare());
    }

    /** The GP's net income per year. */
    public double gpNetIncome() {
        if (selfEmployed) {
            double income = basicGrant + startGrant + equalisation + fees - costs + municipalPay + oncallPay + supplement;
            return sop > 0 ? income + sopValueShare * sop : income;
        }
        return salary + oncallPay + supplement;
    }

    /**
     * The state's cost per year: grants, its refund share of the fees, the added pension and
     * sick-pay payment, and the moved tasks when the state pays for them.
     */
    public double stateCost(double refundShare) {
        double cost = basicGrant + startGrant + equalisation + refundShare * fees;
        if (sop > 0) {
            cost += sop;
        }
        if (transferCost > 0 && !municipalityPaysTransfer) {
            cost += transferCost;
        }
        return cost;
    }

    /**
     * The municipality's net cost per year: pay, relief staff and moved tasks when it pays for them, and, for a
     * salaried GP, the practice's costs less its income.
     */
    public double municipalCost() {
        double cost = municipalPay + oncallPay + supplement + (municipalityPaysRelief ? reliefCost : 0);
        if (transferCost > 0 && municipalityPaysTransfer) {
            cost += transferCost;
        }
        if (!selfEmployed) {
            cost += salary + costs - basicGrant - fees;
        }
        return cost;
    }
}
