package no.gpsim.scenario;

import java.util.List;

/**
 * GP preferences and the yearly list-cap choice (docs/MODEL.md 7.4). Utility is measured in
 * log-income points: {@code incomeWeight * ln(net income) - hoursWeight * max(0, hours - preferred)^2}
 * minus on-call aversion, plus preferences for contract type and centrality. Trait means and
 * spreads apply to doctors created after they take effect.
 *
 * @param capMin lowest list cap a GP may choose
 * @param capMax highest list cap a GP may choose
 * @param capStep step of the cap grid
 * @param incomeWeightMean mean weight of ln(net income)
 * @param incomeWeightSd spread of that weight between doctors
 * @param hoursWeight penalty per squared weekly hour above the preferred hours
 * @param preferredHoursMean mean preferred total weekly hours
 * @param preferredHoursSd spread of preferred hours
 * @param oncallAversionMean disutility per weekly on-call hour, mean
 * @param oncallAversionSd spread of on-call aversion
 * @param salariedPreferenceMean mean preference for a salaried post over self-employment
 * @param salariedPreferenceSd spread of the preference for a salaried post
 * @param ruralAversionDomestic mean dislike of remote posts for doctors educated in Norway
 * @param ruralAversionForeign mean dislike of remote posts for doctors educated abroad
 * @param ruralAversionSd spread of the dislike of remote posts
 * @param oncallHoursWeight how much an on-call hour counts towards felt working hours (much of it is stand-by)
 */
public record BehaviourConfig(int capMin, int capMax, int capStep, double incomeWeightMean, double incomeWeightSd,
                              double hoursWeight, double preferredHoursMean, double preferredHoursSd,
                              double oncallAversionMean, double oncallAversionSd, double salariedPreferenceMean,
                              double salariedPreferenceSd,
                              double ruralAversionDomestic, double ruralAversionForeign, double ruralAversionSd,
                              double oncallHoursWeight) {

    public static final Key<Long> CAP_MIN = Key.integer("behaviour.capMin", 0, 2_500, 500)
            .unit("patients").doc("lowest list cap a GP may choose")
            .source("[lit] fastlegeforskriften: caps between 500 and 2,500").build();
    public static final Key<Long> CAP_MAX = Key.integer("behaviour.capMax", 100, 5_000, 2_500)
            .unit("patients").doc("highest list cap a GP may choose")
            .source("[lit] fastlegeforskriften").build();
    public static final Key<Long> CAP_STEP = Key.integer("behaviour.capStep", 1, 1_000, 50)
            .unit("patients").doc("step of the grid of caps a GP chooses from once a year").build();
    public static final Key<Double> INCOME_WEIGHT = Key.real("behaviour.incomeWeightMean", 0, 10, 1.0)
            .unit("utility per log-NOK").doc("weight of ln(net income) in a GP's utility (the unit of utility)")
            .source("[calib]").build();
    public static final Key<Double> INCOME_WEIGHT_SD = Key.real("behaviour.incomeWeightSd", 0, 5, 0.2)
            .unit("utility per log-NOK").doc("spread of the income weight between doctors (normal, truncated at 0.1)")
            .source("[calib]").build();
    public static final Key<Double> HOURS_WEIGHT = Key.real("behaviour.hoursWeight", 0, 1, 0.0017)
            .unit("utility per squared hour").doc("penalty per squared weekly hour worked above the preferred hours")
            .source("[fit] posterior median of gpsim calibrate against the history 2019Q4-2023Q2 (docs/CALIBRATION.md), 90 % interval 0.00065-0.0037 (hand-set before: 0.0015, caps near 1,100 optimal for a "
                    + "central GP)").build();
    public static final Key<Double> PREFERRED_HOURS = Key.real("behaviour.preferredHoursMean", 10, 100, 50)
            .unit("hours per week").doc("mean preferred total working week (practice, municipal and on-call hours)")
            .source("[calib]").build();
    public static final Key<Double> PREFERRED_HOURS_SD = Key.real("behaviour.preferredHoursSd", 0, 30, 6)
            .unit("hours per week").doc("spread of preferred hours between doctors").build();
    public static final Key<Double> ONCALL_AVERSION = Key.real("behaviour.oncallAversionMean", 0, 1, 0.008)
            .unit("utility per weekly on-call hour").doc("mean dislike of on-call duty beyond its hours")
            .source("[calib]").build();
    public static final Key<Double> ONCALL_AVERSION_SD = Key.real("behaviour.oncallAversionSd", 0, 1, 0.004)
            .unit("utility per weekly on-call hour").doc("spread of on-call aversion (normal, truncated at 0)").build();
    public static final Key<Double> SALARIED_PREFERENCE = Key.real("behaviour.salariedPreferenceMean", -2, 2, 0.25)
            .unit("utility (log-income points)").doc("mean preference for a salaried post over self-employment: a salary "
                    + "comes with pension, paid holidays and sick pay, set hours and no practice to buy or run")
            .source("[calib] those benefits are worth about a fifth of pay; young doctors' stated preference for "
                    + "salaried posts (KS, Legeforeningen)")
            .build();
    public static final Key<Double> SALARIED_PREFERENCE_SD = Key.real("behaviour.salariedPreferenceSd", 0, 2, 0.1)
            .unit("utility").doc("spread of the preference for a salaried post over self-employment")
            .source("[calib]").build();
    public static final Key<Double> RURAL_DOMESTIC = Key.real("behaviour.ruralAversionDomestic", 0, 5, 1.96)
            .unit("utility per unit of remoteness").doc("mean dislike of remote posts, for doctors educated in Norway; "
                    + "remoteness is 1 - centrality index / 1000")
            .source("[fit] posterior median of gpsim calibrate against the history 2019Q4-2023Q2 (docs/CALIBRATION.md), 90 % interval 1.04-2.91 (hand-set before: 1.6)").build();
    public static final Key<Double> RURAL_FOREIGN = Key.real("behaviour.ruralAversionForeign", 0, 5, 0.4)
            .unit("utility per unit of remoteness").doc("mean dislike of remote posts, for doctors educated abroad")
            .source("[calib] foreign-educated GPs are over-represented in the least central municipalities (SSB)").build();
    public static final Key<Double> RURAL_SD = Key.real("behaviour.ruralAversionSd", 0, 5, 0.15)
            .unit("utility per unit of remoteness").doc("spread of the dislike of remote posts").build();

    public static final Key<Double> ONCALL_HOURS_WEIGHT = Key.real("behaviour.oncallHoursWeight", 0, 1, 0.5)
            .unit("felt hours per on-call hour").doc("how much an on-call hour counts towards the working week a GP "
                    + "weighs against its preferred hours (much rural on-call is stand-by from home); the outputs report "
                    + "actual hours")
            .source("[calib]").build();

    public static final List<Key<?>> KEYS = List.of(CAP_MIN, CAP_MAX, CAP_STEP, INCOME_WEIGHT, INCOME_WEIGHT_SD,
            HOURS_WEIGHT, PREFERRED_HOURS, PREFERRED_HOURS_SD, ONCALL_AVERSION, ONCALL_AVERSION_SD,
            SALARIED_PREFERENCE, SALARIED_PREFERENCE_SD, RURAL_DOMESTIC, RURAL_FOREIGN, RURAL_SD, ONCALL_HOURS_WEIGHT);

    public static BehaviourConfig from(ParamValues v) {
        return new BehaviourConfig(v.getInt(CAP_MIN), v.getInt(CAP_MAX), v.getInt(CAP_STEP), v.get(INCOME_WEIGHT),
                v.get(INCOME_WEIGHT_SD), v.get(HOURS_WEIGHT), v.get(PREFERRED_HOURS), v.get(PREFERRED_HOURS_SD),
                v.get(ONCALL_AVERSION), v.get(ONCALL_AVERSION_SD), v.get(SALARIED_PREFERENCE), v.get(SALARIED_PREFERENCE_SD), v.get(RURAL_DOMESTIC),
                v.get(RURAL_FOREIGN), v.get(RURAL_SD), v.get(ONCALL_HOURS_WEIGHT));
    }

    /** The working week a GP weighs against its preferred hours: day work plus weighted on-call hours. */
    public double feltHours(double dayHours, double oncallHours) {
        return dayHours + oncallHoursWeight * oncallHours;
    }
}
