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
        Parts x = parts(p, selfEmployed, listSize, meanWeight, consultations, meanFee, cap, contractMonths,
                equalisationPerGp, municipalHoursPerWeek, oncallHoursPerWeek, supplement, years, new Parts());
        return new PracticeAccount(x.basic, x.start, x.equalisation, x.fees, x.costs, x.relief, x.municipalityPaysRelief,
                x.municipalPay, x.oncallPay, x.supplement, x.salary, x.selfEmployed, x.transfer,
                x.municipalityPaysTransfer, x.sop, x.sopValueShare);
    }

    /**
     * The parts of a list's year ({@link #of}'s fields) in a holder the caller reuses, so the monthly
     * accounts of every list make no object per list; its sums are the account's, to the last bit.
     */
    public static final class Parts {
        private double basic;
        private double start;
        private double equalisation;
        private double fees;
        private double relief;
        private boolean municipalityPaysRelief;
        private double costs;
        private double municipalPay;
        private double oncallPay;
        private double supplement;
        private double salary;
        private boolean selfEmployed;
        private double transfer;
        private boolean municipalityPaysTransfer;
        private double sop;
        private double sopValueShare;

        /** The GP's net income per year. */
        public double netIncome() {
            return selfEmployed
                    ? PracticeAccount.selfEmployed(basic, start, equalisation, fees, costs, municipalPay, oncallPay,
                            supplement, sop, sopValueShare)
                    : salaried(salary, oncallPay, supplement);
        }

        /** The municipality's net cost per year (see {@link PracticeAccount#municipalCost()}). */
        public double municipalCost() {
            return PracticeAccount.municipalCost(municipalPay, oncallPay, supplement, municipalityPaysRelief, relief,
                    transfer, municipalityPaysTransfer, selfEmployed, salary, costs, basic, fees);
        }

        /** The state's cost per year (see {@link PracticeAccount#stateCost(double)}). */
        public double stateCost(double refundShare) {
            return PracticeAccount.stateCost(basic, start, equalisation, fees, refundShare, sop, transfer,
                    municipalityPaysTransfer);
        }
    }

    /** Works out a list's year as {@link #of} does, into {@code x} (returned). */
    public static Parts parts(Parameters p, boolean selfEmployed, double listSize, double meanWeight, double consultations,
                              double meanFee, int cap, int contractMonths, double equalisationPerGp,
                              double municipalHoursPerWeek, double oncallHoursPerWeek, double supplement, double years,
                              Parts x) {
        var f = p.funding();
        var d = p.demand();
        x.basic = BasicGrant.annual(f.basicGrant(), listSize, meanWeight);
        x.start = selfEmployed ? StartGrant.annualTopUp(f, listSize, cap, contractMonths, meanWeight) : 0;
        x.equalisation = selfEmployed ? equalisationPerGp : 0;
        x.fees = fees(p, consultations, meanFee);
        x.relief = d.reliefCostPerYear(consultations, years);
        x.municipalityPaysRelief = d.municipalityPaysRelief();
        x.costs = costs(p, consultations, x.relief);
        x.municipalPay = selfEmployed ? municipalPay(p, municipalHoursPerWeek) : 0;
        x.oncallPay = oncallPay(p, oncallHoursPerWeek);
        x.supplement = supplement;
        x.salary = selfEmployed ? 0 : p.employment().salaryPerYear();
        x.selfEmployed = selfEmployed;
        x.transfer = d.transferCostPerYear(consultations);
        x.municipalityPaysTransfer = d.municipalityPaysTransfer();
        x.sop = selfEmployed ? f.sopValuePerYear() : 0;
        x.sopValueShare = f.sopValueShare();
        return x;
    }

    /**
     * The GP's net income per year of the list {@link #of} describes, worked out without making the
     * account (the same figure to the last bit): for the many hypothetical lists a GP or a candidate
     * weighs when it chooses a cap or values a post.
     */
    public static double netIncome(Parameters p, boolean selfEmployed, double listSize, double meanWeight,
                                   double consultations, double meanFee, int cap, int contractMonths,
                                   double equalisationPerGp, double municipalHoursPerWeek, double oncallHoursPerWeek,
                                   double supplement, double years) {
        double oncallPay = oncallPay(p, oncallHoursPerWeek);
        if (!selfEmployed) {
            return salaried(p.employment().salaryPerYear(), oncallPay, supplement);
        }
        var f = p.funding();
        double basic = BasicGrant.annual(f.basicGrant(), listSize, meanWeight);
        double start = StartGrant.annualTopUp(f, listSize, cap, contractMonths, meanWeight);
        double relief = p.demand().reliefCostPerYear(consultations, years);
        return selfEmployed(basic, start, equalisationPerGp, fees(p, consultations, meanFee),
                costs(p, consultations, relief), municipalPay(p, municipalHoursPerWeek), oncallPay, supplement,
                f.sopValuePerYear(), f.sopValueShare());
    }

    private static double fees(Parameters p, double consultations, double meanFee) {
        double eShare = p.demand().eConsultationShare();
        return consultations * ((1 - eShare) * meanFee + eShare * p.funding().eConsultationFee());
    }

    private static double costs(Parameters p, double consultations, double relief) {
        var f = p.funding();
        return f.fixedCostsPerYear() + consultations * f.costPerConsultation()
                + (p.demand().municipalityPaysRelief() ? 0 : relief);
    }

    private static double municipalPay(Parameters p, double municipalHoursPerWeek) {
        return municipalHoursPerWeek * p.demand().workingWeeksPerYear() * p.funding().municipalHourlyPay();
    }

    private static double oncallPay(Parameters p, double oncallHoursPerWeek) {
        return oncallHoursPerWeek * 52 * p.onCall().hourlyPay();
    }

    private static double selfEmployed(double basic, double start, double equalisation, double fees, double costs,
                                       double municipalPay, double oncallPay, double supplement, double sop,
                                       double sopValueShare) {
        double income = basic + start + equalisation + fees - costs + municipalPay + oncallPay + supplement;
        return sop > 0 ? income + sopValueShare * sop : income;
    }

    private static double salaried(double salary, double oncallPay, double supplement) {
        return salary + oncallPay + supplement;
    }

    /** The GP's net income per year. */
    public double gpNetIncome() {
        if (selfEmployed) {
            return selfEmployed(basicGrant, startGrant, equalisation, fees, costs, municipalPay, oncallPay, supplement,
                    sop, sopValueShare);
        }
        return salaried(salary, oncallPay, supplement);
    }

    /**
     * The state's cost per year: grants, its refund share of the fees, the added pension and
     * sick-pay payment, and the moved tasks when the state pays for them.
     */
    public double stateCost(double refundShare) {
        return stateCost(basicGrant, startGrant, equalisation, fees, refundShare, sop, transferCost,
                municipalityPaysTransfer);
    }

    /**
     * The municipality's net cost per year: pay, relief staff and moved tasks when it pays for them, and, for a
     * salaried GP, the practice's costs less its income.
     */
    public double municipalCost() {
        return municipalCost(municipalPay, oncallPay, supplement, municipalityPaysRelief, reliefCost, transferCost,
                municipalityPaysTransfer, selfEmployed, salary, costs, basicGrant, fees);
    }

    private static double stateCost(double basic, double start, double equalisation, double fees, double refundShare,
                                    double sop, double transfer, boolean municipalityPaysTransfer) {
        double cost = basic + start + equalisation + refundShare * fees;
        if (sop > 0) {
            cost += sop;
        }
        if (transfer > 0 && !municipalityPaysTransfer) {
            cost += transfer;
        }
        return cost;
    }

    private static double municipalCost(double municipalPay, double oncallPay, double supplement,
                                        boolean municipalityPaysRelief, double relief, double transfer,
                                        boolean municipalityPaysTransfer, boolean selfEmployed, double salary,
                                        double costs, double basic, double fees) {
        double cost = municipalPay + oncallPay + supplement + (municipalityPaysRelief ? relief : 0);
        if (transfer > 0 && municipalityPaysTransfer) {
            cost += transfer;
        }
        if (!selfEmployed) {
            cost += salary + costs - basic - fees;
        }
        return cost;
    }
}
