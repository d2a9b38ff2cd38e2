package no.gpsim.scenario;

import java.util.List;

/**
 * Candidates for GP posts and how they choose (MODEL.md 5.7). Candidate types, in the order of
 * the per-type lists: newly qualified after LIS1, hospital doctors switching, doctors educated
 * abroad, returners.
 *
 * @param candidatesPerYear new candidates per year when posts are as attractive as under the default regime
 * @param elasticity how strongly inflow responds to the mean utility of open vacancies
 * @param mix shares of the four candidate types
 * @param maxSearchMonths months a candidate keeps looking before giving up
 * @param choiceNoise scale of the Gumbel error in a candidate's utility of a post
 * @param outsideIncome yearly income of the outside option (a hospital post) by candidate type
 * @param outsideHours weekly hours of the outside option
 * @param ageMean mean age of a new candidate by type (spread 4 years)
 * @param specialistShare share of new candidates of each type who are already specialists in general practice
 */
public record LabourMarketConfig(double candidatesPerYear, double elasticity, double[] mix, int maxSearchMonths,
                                 double choiceNoise, double[] outsideIncome, double outsideHours, double[] ageMean,
                                 double[] specialistShare) {

    public static final Key<Double> CANDIDATES = Key.real("labourMarket.candidatesPerYear", 0, 20_000, 450)
            .unit("doctors per year").doc("new candidates for GP posts per year, before the attractiveness response")
            .source("[lit] 521 new GPs in 2023; net growth of 47-125 a year 2012-2020; [calib] 450 keeps the share without "
                    + "a GP near its 2025 level over the decade").build();
    public static final Key<Double> ELASTICITY = Key.real("labourMarket.elasticity", 0, 50, 2.0)
            .unit("per utility point").doc("inflow = candidatesPerYear * exp(elasticity * (mean vacancy utility "
                    + "- the same under the default funding regime))")
            .source("[calib]").build();
    public static final Key<List<Double>> MIX = Key.reals("labourMarket.mix", 4, 0, 1,
                    "newly qualified, hospital switchers, educated abroad, returners", 0.45, 0.2, 0.2, 0.15)
            .unit("shares summing to 1").doc("mix of candidate types")
            .source("[calib]").build();
    public static final Key<Long> MAX_SEARCH = Key.integer("labourMarket.maxSearchMonths", 1, 120, 6)
            .unit("months").doc("a candidate who finds no acceptable post within this many months gives up")
            .source("[lit] MODEL.md 5.7").build();
    public static final Key<Double> NOISE = Key.real("labourMarket.choiceNoise", 0.001, 10, 0.1)
            .unit("utility").doc("scale of the Gumbel error in a candidate's valuation of each post (multinomial logit)")
            .source("[calib]").build();
    public static final Key<List<Double>> OUTSIDE_INCOME = Key.reals("labourMarket.outsideIncome", 4, 0, 10_000_000,
                    "newly qualified, hospital switchers, educated abroad, returners",
                    1_300_000.0, 1_500_000.0, 1_050_000.0, 1_350_000.0)
            .unit("NOK per year").doc("income-equivalent of the outside option (a hospital post, its pay plus what the doctor values in "
                    + "it), by candidate type")
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

    public static final List<Key<?>> KEYS = List.of(CANDIDATES, ELASTICITY, MIX, MAX_SEARCH, NOISE, OUTSIDE_INCOME,
            OUTSIDE_HOURS, AGE_MEAN, SPECIALISTS);

    public static LabourMarketConfig from(ParamValues v) {
        return new LabourMarketConfig(v.get(CANDIDATES), v.get(ELASTICITY), Arrays2.of(v.get(MIX)),
                v.getInt(MAX_SEARCH), v.get(NOISE), Arrays2.of(v.get(OUTSIDE_INCOME)), v.get(OUTSIDE_HOURS),
                Arrays2.of(v.get(AGE_MEAN)), Arrays2.of(v.get(SPECIALISTS)));
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
