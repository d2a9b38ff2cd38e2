package no.gpsim.scenario;

import java.util.List;

/**
 * Candidates for GP posts and how they choose (docs/MODEL.md 7.6). Candidate types, in the order of
 * the per-type lists: newly qualified after LIS1, hospital doctors switching, doctors educated
 * abroad, returners.
 *
 * @param candidatesPerYear new candidates per year when the reference posts are worth what they were worth at the
 *     start under the default levers
 * @param candidatePoolPerYear doctors a year who could look for a GP post: the most the inflow can reach
 * @param elasticity how strongly inflow responds to the value of the reference posts
 * @param mix shares of the four candidate types
 * @param maxSearchMonths months a candidate keeps looking before giving up
 * @param choiceNoise scale of the Gumbel error in a candidate's utility of a post
 * @param outsideIncome median yearly income-equivalent of the outside option by candidate type
 * @param outsideIncomeSpread spread (log scale) of the outside option between candidates
 * @param outsideHours weekly hours of the outside option
 * @param postAppealSpread spread of the posts' own appeal, the same to every candidate
 * @param postVisibility chance that a candidate looks at a given advertised post in a month
 * @param advertiseAfterMonths months after a post opens (notice given, or vacant without notice) before it is advertised
 * @param startLagMonths months between accepting a post and starting in it
 * @param valuationYears years over which a candidate values a post
 * @param discountRate yearly rate at which a candidate discounts later years of a post
 * @param listBuildUpYears time constant with which a candidate expects a new list to fill
 * @param ageMean mean age of a new candidate by type (spread 4 years)
 * @param specialistShare share of new candidates of each type who are already specialists in general practice
 */
public record LabourMarketConfig(double candidatesPerYear, double candidatePoolPerYear, double elasticity, double[] mix,
                                 int maxSearchMonths, double choiceNoise, double[] outsideIncome,
                                 double outsideIncomeSpread, double outsideHours, double postAppealSpread,
                                 double postVisibility,
                                 int advertiseAfterMonths, int startLagMonths, int valuationYears, double discountRate,
                                 double listBuildUpYears, double[] ageMean, double[] specialistShare) {

    public static final Key<Double> CANDIDATES = Key.real("labourMarket.candidatesPerYear", 0, 20_000, 790)
            .unit("doctors per year").doc("new candidates for GP posts per year (doctors who look at GP posts, not all of "
                    + "whom take one) while the reference posts are worth what they were worth at the start under the "
                    + "default levers")
            .source("[lit] 521 new GPs in 2023; 9 % of students and doctors in specialist training want to be GPs and "
                    + "34 % say maybe (EY and Vista 2019); "
                    + "[fit] posterior median of gpsim calibrate against the history 2019Q4-2023Q2 (docs/CALIBRATION.md), 90 % interval 536-1,164 (hand-set before: 850)").build();
    public static final Key<Double> POOL = Key.real("labourMarket.candidatePoolPerYear", 1, 100_000, 2_000)
            .unit("doctors per year").doc("doctors a year who could look for a GP post (newly qualified, hospital doctors, "
                    + "doctors abroad, returners): the inflow is this pool times a logistic share, so it can never exceed it")
            .source("[lit] EY and Vista Analyse 2019: 9 % of medical students and doctors in specialist training want to "
                    + "become GPs and 34 % say maybe; about 1,000 doctors a year finish LIS1, plus hospital doctors and "
                    + "doctors educated abroad").build();
    public static final Key<Double> ELASTICITY = Key.real("labourMarket.elasticity", 0, 50, 2.7)
            .unit("per utility point").doc("inflow = pool * logistic(logit(candidatesPerYear / pool) + elasticity * "
                    + "(value of the reference posts now - their value at the start under the default levers)); the "
                    + "reference posts are one self-employed post per municipality at its initial mean list")
            .source("[fit] posterior median of gpsim calibrate against the history 2019Q4-2023Q2 (docs/CALIBRATION.md), 90 % interval 0.31-5.60 (hand-set before: 2)").build();
    public static final Key<List<Double>> MIX = Key.reals("labourMarket.mix", 4, 0, 1,
                    "newly qualified, hospital switchers, educated abroad, returners", 0.45, 0.2, 0.2, 0.15)
            .unit("shares summing to 1").doc("mix of candidate types")
            .source("[calib]").build();
    public static final Key<Long> MAX_SEARCH = Key.integer("labourMarket.maxSearchMonths", 1, 120, 6)
            .unit("months").doc("a candidate who finds no acceptable post within this many months gives up")
            .source("[lit] docs/MODEL.md 7.6").build();
    public static final Key<Double> NOISE = Key.real("labourMarket.choiceNoise", 0.001, 10, 0.1)
            .unit("utility").doc("scale of the Gumbel error in a candidate's valuation of each post (multinomial logit)")
            .source("[calib]").build();
    public static final Key<List<Double>> OUTSIDE_INCOME = Key.reals("labourMarket.outsideIncome", 4, 0, 10_000_000,
                    "newly qualified, hospital switchers, educated abroad, returners",
                    1_300_000.0, 1_500_000.0, 1_050_000.0, 1_350_000.0)
            .unit("NOK per year").doc("median income-equivalent of the outside option (a hospital post, locum work, work "
                    + "abroad, staying where one is: its pay plus what the doctor values in it), by candidate type; each "
                    + "candidate draws its own around it")
            .source("[calib]").build();
    public static final Key<Double> OUTSIDE_SPREAD = Key.real("labourMarket.outsideIncomeSpread", 0, 3, 0.15)
            .unit("log-scale spread").doc("spread of the outside option between candidates: a candidate's outside income "
                    + "is the median of its type times exp(spread * a standard normal draw)")
            .source("[calib]; hospital pay varies by specialty and seniority (Spekter)").build();
    public static final Key<Double> APPEAL = Key.real("labourMarket.postAppealSpread", 0, 3, 0.3)
            .unit("utility (log-income points)").doc("spread of each post's own appeal, a normal draw fixed per post and "
                    + "the same to every candidate (premises, colleagues, the place itself): the posts nobody wants stay open "
                    + "for years")
            .source("[calib] vacancies over 12 months are 30-45 % of vacant lists (Helsedirektoratet 2019-2024)").build();
    public static final Key<Double> POSTS_SEEN = Key.real("labourMarket.postVisibility", 0.0001, 1, 0.03)
            .unit("probability per post and month").doc("chance that a searching candidate looks at a given advertised "
                    + "post in a month; it is offered the best post it looked at. Matches then rise with both candidates "
                    + "and posts, and a post few candidates look at stays open")
            .source("[lit] random matching (Petrongolo and Pissarides 2001, matching functions); [calib] search "
                    + "friction: doctors look where family and work tie them").build();
    public static final Key<Long> NOTICE = Key.integer("labourMarket.advertiseAfterMonths", 1, 24, 1)
            .unit("months").doc("months after a post opens (its GP gives notice, or it falls vacant without notice, or it "
                    + "is new) before it is advertised: the municipality's decision and the application period. At least "
                    + "1, so a post that falls vacant is never advertised, nor refilled, in the same month")
            .source("[calib]; posts are advertised for about four weeks (kommunal utlysning)").build();
    public static final Key<Long> START_LAG = Key.integer("labourMarket.startLagMonths", 0, 24, 1)
            .unit("months").doc("months between accepting a post and starting in it (the recruit's own notice period)")
            .source("[fit] posterior median of gpsim calibrate against the history 2019Q4-2023Q2 (docs/CALIBRATION.md), 90 % interval 0-3 months, whole months (hand-set before: 1); every month of lag "
                    + "adds about 60 vacant lists; employed doctors' notice (arbeidsmiljøloven § 15-3) mostly runs while "
                    + "the post is advertised").build();
    public static final Key<Long> VALUATION_YEARS = Key.integer("labourMarket.valuationYears", 1, 40, 5)
            .unit("years").doc("years over which a candidate values a post, year by year, with its grants as they are paid")
            .source("[calib]; the median contract lasts about 6 years (Abelsen et al.)").build();
    public static final Key<Double> DISCOUNT = Key.real("labourMarket.discountRate", 0, 1, 0.04)
            .unit("share per year").doc("rate at which a candidate discounts later years of a post")
            .source("[lit] Finansdepartementet R-109/2021: 4 % a year; [calib]").build();
    public static final Key<Double> BUILD_UP = Key.real("labourMarket.listBuildUpYears", 0.01, 20, 1.0)
            .unit("years").doc("time constant with which a candidate expects a list below its cap to fill: expected "
                    + "list in year y = target - (target - list now) * exp(-(y + 0.5) / listBuildUpYears)")
            .source("[calib]").build();
    public static final Key<Double> OUTSIDE_HOURS = Key.real("labourMarket.outsideHours", 0, 100, 45)
            .unit("hours per week").doc("weekly hours of the outside option").source("[calib]").build();

    public static final Key<List<Double>> AGE_MEAN = Key.reals("labourMarket.ageMean", 4, 20, 75,
                    "newly qualified, hospital switchers, educated abroad, returners", 31.0, 40.0, 38.0, 48.0)
            .unit("years").doc("mean age of a new candidate by type (normal, spread 4 years)")
            .source("[calib]").build();
    public static final Key<List<Double>> SPECIALISTS = Key.reals("labourMarket.specialistShare", 4, 0, 1,
                    "newly qualified, hospital switchers, educated abroad, returners", 0.0, 0.0, 0.3, 1.0)
            .unit("share").doc("share of new candidates of each type who are already specialists in general practice")
            .source("[calib]").build();

    public static final List<Key<?>> KEYS = List.of(CANDIDATES, POOL, ELASTICITY, MIX, MAX_SEARCH, NOISE,
            OUTSIDE_INCOME, OUTSIDE_SPREAD, OUTSIDE_HOURS, APPEAL, POSTS_SEEN, NOTICE, START_LAG, VALUATION_YEARS, DISCOUNT,
            BUILD_UP, AGE_MEAN, SPECIALISTS);

    public static LabourMarketConfig from(ParamValues v) {
        return new LabourMarketConfig(v.get(CANDIDATES), v.get(POOL), v.get(ELASTICITY), Arrays2.of(v.get(MIX)),
                v.getInt(MAX_SEARCH), v.get(NOISE), Arrays2.of(v.get(OUTSIDE_INCOME)), v.get(OUTSIDE_SPREAD),
                v.get(OUTSIDE_HOURS), v.get(APPEAL), v.get(POSTS_SEEN), v.getInt(NOTICE), v.getInt(START_LAG),
                v.getInt(VALUATION_YEARS), v.get(DISCOUNT), v.get(BUILD_UP), Arrays2.of(v.get(AGE_MEAN)),
                Arrays2.of(v.get(SPECIALISTS)));
    }

    /**
     * Candidates a year for a value of the reference posts {@code delta} utility points above their
     * value at the start under the default levers: the pool times a logistic share that equals
     * candidatesPerYear / pool at delta 0. Bounded by the pool, never negative.
     */
    public double inflowPerYear(double delta) {
        return candidatePoolPerYear / (1 + StrictMath.exp(-inflowLogit(delta)));
    }

    /**
     * The share of the pool who look for a GP post at a value of the reference posts {@code delta}
     * utility points above their value at the start: candidatesPerYear / pool at delta 0. Doctors
     * the training levers add to the pool look at the same share.
     */
    public double inflowShare(double delta) {
        return 1 / (1 + StrictMath.exp(-inflowLogit(delta)));
    }

    /** The logit of {@link #inflowShare}; minus infinity when no candidates are set. */
    private double inflowLogit(double delta) {
        double base = Math.min(candidatesPerYear, 0.999 * candidatePoolPerYear) / candidatePoolPerYear;
        if (base <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return StrictMath.log(base / (1 - base)) + elasticity * delta;
    }

    public LabourMarketConfig {
        mix = mix.clone();
        outsideIncome = outsideIncome.clone();
        ageMean = ageMean.clone();
        specialistShare = specialistShare.clone();
    }

    @Override
    public double[] ageMean() {
        return ageMean.clone();
    }

    @Override
    public double[] specialistShare() {
        return specialistShare.clone();
    }

    public double ageMean(int type) {
        return ageMean[type];
    }

    public double specialistShare(int type) {
        return specialistShare[type];
    }

    @Override
    public double[] mix() {
        return mix.clone();
    }

    @Override
    public double[] outsideIncome() {
        return outsideIncome.clone();
    }

    public double mixShare(int type) {
        return mix[type];
    }

    public double outsideIncome(int type) {
        return outsideIncome[type];
    }
}
