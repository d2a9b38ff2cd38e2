package no.gpsim.scenario;

import java.util.List;

/**
 * ALIS: posts in which a doctor trains to be a specialist in general practice (docs/MODEL.md 7.4, 7.5).
 *
 * @param positionsPerYear new ALIS posts funded nationally per year, allocated to municipalities each January
 * @param grantPerYear state grant per ALIS doctor per year
 * @param municipalCoFundingPerYear municipality's own cost per ALIS doctor per year (supervision, courses)
 * @param trainingMonths months of training until the doctor becomes a specialist
 * @param ruralPriority when true, posts go first to municipalities in centrality classes 5-6
 * @param exitHazardFactor multiplies the exit hazard while the doctor is bound to the post
 * @param utilityBonus attraction of an ALIS offer to a non-specialist candidate, in log-income points
 * @param ruralWeight weight of a list in centrality 5-6 against 1 elsewhere when posts are allocated with rural priority
 * @param selfFundedCourseMonths months as a GP after which a non-specialist outside ALIS becomes a specialist
 */
public record AlisConfig(int positionsPerYear, double grantPerYear, double municipalCoFundingPerYear, int trainingMonths,
                         boolean ruralPriority, double exitHazardFactor, double utilityBonus, double ruralWeight,
                         int selfFundedCourseMonths) {

    public static final Key<Long> POSITIONS = Key.integer("alis.positionsPerYear", 0, 10_000, 250)
            .unit("posts per year").doc("new ALIS posts funded nationally per year")
            .source("[lit] 564 grants in 2021; 1,338 ALIS funded in 2022 over a 5-year course").build();
    public static final Key<Double> GRANT = Key.real("alis.grantPerYear", 0, 5_000_000, 200_000)
            .unit("NOK per ALIS per year").doc("state grant per ALIS doctor")
            .source("[calib]").build();
    public static final Key<Double> CO_FUNDING = Key.real("alis.municipalCoFundingPerYear", 0, 5_000_000, 100_000)
            .unit("NOK per ALIS per year").doc("the municipality's own cost per ALIS doctor (supervision, courses)")
            .source("[calib]").build();
    public static final Key<Long> TRAINING_MONTHS = Key.integer("alis.trainingMonths", 1, 120, 60)
            .unit("months").doc("length of the ALIS course; the doctor is a specialist afterwards")
            .source("[lit] five-year specialist course").build();
    public static final Key<Boolean> RURAL_PRIORITY = Key.bool("alis.ruralPriority", false)
            .doc("true: ALIS posts go first to municipalities in centrality classes 5-6 (ALIS-Distrikt)")
            .source("[lever]")
            .activeWhen("alis.positionsPerYear is above 0", v -> v.get(POSITIONS) > 0).build();
    public static final Key<Double> EXIT_FACTOR = Key.real("alis.exitHazardFactor", 0, 2, 0.5)
            .unit("factor").doc("multiplies the exit hazard of a doctor bound to an ALIS post")
            .source("[calib]").build();
    public static final Key<Double> UTILITY_BONUS = Key.real("alis.utilityBonus", 0, 2, 0.15)
            .unit("log-income points").doc("attraction of an ALIS offer to a candidate who is not a specialist")
            .source("[calib]").build();

    public static final Key<Double> RURAL_WEIGHT = Key.real("alis.ruralWeight", 1, 1_000, 4)
            .unit("weight per list").doc("with rural priority, posts are allocated in proportion to lists, a list in "
                    + "centrality 5-6 counting this many times")
            .source("[calib]")
            .activeWhen("alis.ruralPriority is true", v -> v.get(RURAL_PRIORITY)).build();
    public static final Key<Long> SELF_FUNDED = Key.integer("alis.selfFundedCourseMonths", 1, 240, 72)
            .unit("months as a GP").doc("a non-specialist outside ALIS becomes a specialist after this many months as a GP "
                    + "(the course done alongside the job, without the ALIS post's structure)")
            .source("[calib]").build();

    public static final List<Key<?>> KEYS = List.of(POSITIONS, GRANT, CO_FUNDING, TRAINING_MONTHS, RURAL_PRIORITY,
            RURAL_WEIGHT, EXIT_FACTOR, UTILITY_BONUS, SELF_FUNDED);

    public static AlisConfig from(ParamValues v) {
        return new AlisConfig(v.getInt(POSITIONS), v.get(GRANT), v.get(CO_FUNDING), v.getInt(TRAINING_MONTHS),
                v.get(RURAL_PRIORITY), v.get(EXIT_FACTOR), v.get(UTILITY_BONUS), v.get(RURAL_WEIGHT),
                v.getInt(SELF_FUNDED));
    }
}
