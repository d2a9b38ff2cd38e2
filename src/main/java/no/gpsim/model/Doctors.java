package no.gpsim.model;

import ec.util.MersenneTwisterFast;
import no.gpsim.scenario.BehaviourConfig;
import no.gpsim.scenario.LabourMarketConfig;

/** Draws doctors' traits and new candidates. */
public final class Doctors {

    /** Spread of candidates' ages around the mean of their type, in years. */
    static final double CANDIDATE_AGE_SD = 4;
    /** Youngest age of a new candidate (six years of medical school and LIS1). */
    static final double MIN_CANDIDATE_AGE = 26;

    private Doctors() {
    }

    /** Draws the preferences of a doctor. */
    public static DoctorTraits traits(MersenneTwisterFast r, BehaviourConfig b, boolean female, boolean foreign) {
        double incomeWeight = Draws.normalAtLeast(r, b.incomeWeightMean(), b.incomeWeightSd(), 0.1 * b.incomeWeightMean());
        double preferred = Draws.normalAtLeast(r, b.preferredHoursMean(), b.preferredHoursSd(), 10);
        double oncall = Draws.normalAtLeast(r, b.oncallAversionMean(), b.oncallAversionSd(), 0);
        double salaried = Draws.normal(r, b.salariedPreferenceMean(), b.salariedPreferenceSd());
        double ruralMean = foreign ? b.ruralAversionForeign() : b.ruralAversionDomestic();
        double rural = Draws.normalAtLeast(r, ruralMean, b.ruralAversionSd(), 0);
        return new DoctorTraits(incomeWeight, preferred, oncall, salaried, rural, r.nextDouble(), female, foreign);
    }

    /**
     * Draws a new candidate: its type by the scenario's mix (an index into {@link Origin#NEW_TYPES}),
     * traits, age, training and its own outside option. All draws come from {@code r}, which the
     * labour market seeds per candidate (month and index), so a candidate is the same doctor in
     * every scenario of a comparison whatever the others drew.
     */
    public static Candidate newCandidate(MersenneTwisterFast r, BehaviourConfig b, LabourMarketConfig lm) {
        return newCandidate(r, b, lm, type(r, lm));
    }

    /** Draws a new candidate of a given type (an index into {@link Origin#NEW_TYPES}), as above. */
    public static Candidate newCandidate(MersenneTwisterFast r, BehaviourConfig b, LabourMarketConfig lm, int type) {
        Origin origin = Origin.NEW_TYPES[type];
        boolean female = r.nextBoolean();
        DoctorTraits traits = traits(r, b, female, origin == Origin.FOREIGN_EDUCATED);
        double age = Draws.normalAtLeast(r, lm.ageMean(type), CANDIDATE_AGE_SD, MIN_CANDIDATE_AGE);
        boolean specialist = r.nextDouble() < lm.specialistShare(type);
        int monthsAsGp = origin == Origin.RETURNER ? 60 + r.nextInt(120) : 0;
        long seed = r.nextLong();
        double outside = outsideIncome(r, lm, type);
        return new Candidate(traits, origin, age, specialist ? Training.SPECIALIST : Training.NONE, monthsAsGp, null,
                seed, outside);
    }

    /** A candidate's own outside option: the median of its type times a log-normal spread. */
    public static double outsideIncome(MersenneTwisterFast r, LabourMarketConfig lm, int type) {
        return lm.outsideIncome(type) * StrictMath.exp(lm.outsideIncomeSpread() * r.nextGaussian());
    }

    /** Picks a candidate type by the scenario's mix. */
    private static int type(MersenneTwisterFast r, LabourMarketConfig lm) {
        double u = r.nextDouble();
        double cumulative = 0;
        for (int t = 0; t < Origin.NEW_TYPES.length; t++) {
            cumulative += lm.mixShare(t);
            if (u < cumulative) {
                return t;
            }
        }
        return Origin.NEW_TYPES.length - 1;
    }
}
