package no.gpsim.rules;

import no.gpsim.scenario.ExitConfig;

/**
 * The hazard that a GP leaves its post (docs/MODEL.md 7.4): a retirement hazard rising steeply with
 * age plus a base hazard, times a strain factor {@code exp(b_hours * excess hours + b_oncall *
 * on-call hours + b_income * income shortfall)}, times a centrality factor and personal factors.
 *
 * @param retirement the retirement part of the yearly hazard
 * @param other the part that is leaving for other reasons or relocating
 */
public record ExitHazard(double retirement, double other) {

    /** Yearly hazard in total. */
    public double annual() {
        return retirement + other;
    }

    /** Probability of leaving within one month. */
    public double monthly() {
        return monthly(annual());
    }

    /** Probability of leaving within one month at a yearly hazard. */
    public static double monthly(double annual) {
        return 1 - StrictMath.exp(-annual / 12);
    }

    /**
     * An upper bound on the monthly probability of leaving ({@link #monthly(double)} of the yearly
     * hazard that {@link #retirementBase} and {@link #factor} give), for a quick first test: a
     * uniform draw at or above it means the GP stays, whatever the exact hazard, and the exact
     * hazard need only be worked out for the few GPs below it. It is worked out with
     * {@link Math#exp}, which is faster than {@link StrictMath#exp} but may differ from it in the
     * last bit and from one JVM to another; a relative margin of 1e-9, millions of times those
     * differences, makes the decision the same as the exact hazard's on every JVM. Every hazard
     * parameter is non-negative (the scenario keys' ranges), so no term can cancel another.
     */
    public static double monthlyBound(ExitConfig c, double age, double excessHours, double oncallHours,
                                      double netIncome, int centrality, double personalFactor) {
        double shortfall = Math.max(0, 1 - netIncome / c.referenceIncome());
        double factor = Math.exp(c.hoursCoefficient() * Math.max(0, excessHours) + c.oncallCoefficient() * oncallHours
                + c.incomeCoefficient() * shortfall) * c.centralityFactor(centrality) * personalFactor;
        double retirement = age < c.retirementStartAge() ? 0
                : c.retirementHazardAtStart() * Math.exp(c.retirementHazardGrowth() * (age - c.retirementStartAge()));
        double annual = (retirement + c.baseAnnualHazard()) * factor;
        // 1 - exp(-x) <= x
        return annual / 12 * (1 + 1e-9) + 1e-15;
    }

    /** The strain factor: 1 with no excess hours, no on-call and no income shortfall. */
    public static double strain(ExitConfig c, double excessHours, double oncallHours, double netIncome) {
        double shortfall = Math.max(0, 1 - netIncome / c.referenceIncome());
        return StrictMath.exp(c.hoursCoefficient() * Math.max(0, excessHours) + c.oncallCoefficient() * oncallHours
                + c.incomeCoefficient() * shortfall);
    }

    /** Yearly retirement hazard by age, before strain: 0 before the start age, rising exponentially after. */
    public static double retirementBase(ExitConfig c, double age) {
        if (age < c.retirementStartAge()) {
            return 0;
        }
        return c.retirementHazardAtStart() * StrictMath.exp(c.retirementHazardGrowth() * (age - c.retirementStartAge()));
    }

    /**
     * The hazard of one GP.
     *
     * @param personalFactor product of the personal factors (sex, age at start, ALIS binding)
     */
    public static ExitHazard of(ExitConfig c, double age, double excessHours, double oncallHours, double netIncome,
                                int centrality, double personalFactor) {
        double factor = factor(c, excessHours, oncallHours, netIncome, centrality, personalFactor);
        return new ExitHazard(retirementBase(c, age) * factor, c.baseAnnualHazard() * factor);
    }

    /** What multiplies both parts of the hazard: strain, centrality and the personal factors. */
    public static double factor(ExitConfig c, double excessHours, double oncallHours, double netIncome, int centrality,
                                double personalFactor) {
        return strain(c, excessHours, oncallHours, netIncome) * c.centralityFactor(centrality) * personalFactor;
    }
}
