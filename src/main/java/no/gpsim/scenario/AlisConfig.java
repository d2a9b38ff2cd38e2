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
 * @param scheme "posts": a yearly number of posts shared over municipalities; "national": every municipality
 *     with supervision capacity offers ALIS to every recruit who is not a specialist
 * @param traineesPerSupervisor trainees one specialist GP of the municipality may supervise
 * @param salariedTrainees whether municipalities may employ ALIS trainees on salary for their training
 * @param districtGrantPerYear state grant per ALIS doctor per year in the least central municipalities (ALIS-Distrikt)
 * @param districtMinCentrality the district grant applies from this centrality class up
 */
public record AlisConfig(int positionsPerYear, double grantPerYear, double municipalCoFundingPerYear, int trainingMonths,
                         boolean ruralPriority, double exitHazardFactor, double utilityBonus, double ruralWeight,
                         int selfFundedCourseMonths, String scheme, int traineesPerSupervisor, boolean salariedTrainees,
                         double districtGrantPerYear, int districtMinCentrality) {

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

    public static final Key<String> SCHEME = Key.choice("alis.scheme", "posts", "posts", "national")
            .doc("posts: positionsPerYear posts a year, shared each January over the municipalities that apply, lapsing "
                    + "at the year's end (today's application-based grants); national: a national scheme tied to each "
                    + "trainee, in which every municipality with supervision capacity offers ALIS to every recruit who "
                    + "is not a specialist, funded for the length of the training")
            .source("[lever] seed 002: \"finansieringen av ordningen [må] ikke være søknadsbasert, men knyttes til det "
                    + "enkelte utdanningsløp\"; seed 004: ALIS as \"en nasjonal ordning\"").build();
    public static final Key<Long> PER_SUPERVISOR = Key.integer("alis.traineesPerSupervisor", 1, 20, 2)
            .unit("trainees per specialist").doc("a municipality may hold at most this many ALIS trainees per specialist "
                    + "GP of its own; a municipality without a specialist cannot offer ALIS")
            .source("[lit] spesialistforskriften: an ALIS needs a supervisor who is a specialist in general practice; "
                    + "[calib] two trainees per supervisor").build();
    public static final Key<Boolean> SALARIED_TRAINEES = Key.bool("alis.salariedTrainees", false)
            .doc("true: a municipality may employ an ALIS trainee on salary for the whole training (with the "
                    + "introduction agreement's reduced list), which it does where a salaried post is the better offer "
                    + "to a typical candidate; then the trainee becomes self-employed")
            .source("[lever] seed 004: \"allmennleger i spesialisering tilbys fastlønn\"").build();
    public static final Key<Double> DISTRICT_GRANT = Key.real("alis.districtGrantPerYear", 0, 5_000_000, 200_000)
            .unit("NOK per ALIS per year").doc("state grant per ALIS doctor in municipalities of centrality "
                    + "districtMinCentrality or less central (ALIS-Distrikt); it lowers the municipality's own cost "
                    + "of an ALIS by what it pays above grantPerYear")
            .source("[lever] Helsedirektoratet's ALIS-Distrikt grant for centrality 5-6; the same rate as grantPerYear "
                    + "by default").build();
    public static final Key<Long> DISTRICT_MIN_CENTRALITY = Key.integer("alis.districtMinCentrality", 1, 6, 5)
            .unit("centrality class").doc("the district grant applies in this centrality class and less central ones")
            .source("[lit] ALIS-Distrikt: centrality classes 5-6").build();

    public static final List<Key<?>> KEYS = List.of(POSITIONS, GRANT, CO_FUNDING, TRAINING_MONTHS, RURAL_PRIORITY,
            RURAL_WEIGHT, EXIT_FACTOR, UTILITY_BONUS, SELF_FUNDED, SCHEME, PER_SUPERVISOR, SALARIED_TRAINEES,
            DISTRICT_GRANT, DISTRICT_MIN_CENTRALITY);

    public static AlisConfig from(ParamValues v) {
        return new AlisConfig(v.getInt(POSITIONS), v.get(GRANT), v.get(CO_FUNDING), v.getInt(TRAINING_MONTHS),
                v.get(RURAL_PRIORITY), v.get(EXIT_FACTOR), v.get(UTILITY_BONUS), v.get(RURAL_WEIGHT),
                v.getInt(SELF_FUNDED), v.get(SCHEME), v.getInt(PER_SUPERVISOR), v.get(SALARIED_TRAINEES),
                v.get(DISTRICT_GRANT), v.getInt(DISTRICT_MIN_CENTRALITY));
    }

    /** Whether ALIS is the national scheme tied to each trainee (else yearly posts). */
    public boolean national() {
        return "national".equals(scheme);
    }

    /** The state's grant per ALIS doctor per year in a municipality of this centrality class. */
    public double grantPerYear(int centrality) {
        return centrality >= districtMinCentrality ? districtGrantPerYear : grantPerYear;
    }

    /**
     * The municipality's own cost per ALIS doctor per year: the co-funding, less what a district
     * grant pays above the ordinary grant (never below zero).
     */
    public double municipalCostPerYear(int centrality) {
        return Math.max(0, municipalCoFundingPerYear - (grantPerYear(centrality) - grantPerYear));
    }
}
