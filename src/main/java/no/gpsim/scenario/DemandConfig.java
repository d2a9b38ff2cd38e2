package no.gpsim.scenario;

import java.util.List;

/**
 * How much GP time a list needs (docs/MODEL.md 7.1).
 *
 * @param consultationsPerYear consultations per listed patient per year, by age group 0-17, 18-66, 67-79, 80+
 * @param minutesPerConsultation GP minutes per consultation including indirect work, at the start year
 * @param workingWeeksPerYear weeks a year a GP works in the practice
 * @param taskGrowthPerYear yearly relative growth in time per consultation (tasks moved to GPs)
 * @param teamRelief share of GP practice time taken over by nurses and other staff
 * @param eConsultationShare share of consultations done as e-consultations
 * @param eConsultationTimeSaving share of a consultation's time saved when it is an e-consultation
 * @param teamReliefCostPerHour cost of the staff time that relieves one GP hour
 * @param teamReliefPaidBy who pays for that staff time: "practice" or "municipality"
 * @param municipalHoursSmall municipal duty hours per week per GP in municipalities up to 2,000 inhabitants
 * @param municipalHoursLarge municipal duty hours per week per GP in municipalities of 50,000 or more
 * @param documentationMinutesFreed GP minutes per consultation freed by less documentation and paperwork (no running cost)
 * @param transferredMinutes GP minutes per consultation of tasks moved to other services
 * @param transferCostPerHour cost of the other services' time per GP hour of tasks moved to them
 * @param transferPaidBy who pays for the moved tasks: "state" or "municipality"
 */
public record DemandConfig(double[] consultationsPerYear, double minutesPerConsultation, double workingWeeksPerYear,
                           double taskGrowthPerYear, double teamRelief, double eConsultationShare,
                           double eConsultationTimeSaving, double teamReliefCostPerHour, String teamReliefPaidBy,
                           double municipalHoursSmall, double municipalHoursLarge, double documentationMinutesFreed,
                           double transferredMinutes, double transferCostPerHour, String transferPaidBy) {

    /** GP minutes per consultation never fall below this, whatever the task relief. */
    public static final double MIN_MINUTES = 5;

    public static final Key<List<Double>> CONSULTATIONS = Key.reals("demand.consultationsPerYear", 4, 0, 50,
                    "ages 0-17, 18-66, 67-79, 80+", 1.6, 2.9, 4.3, 5.5)
            .unit("consultations per listed patient per year")
            .doc("GP consultations per patient per year by age group; the national mean is about 3.0")
            .source("[lit] SSB 2023: 16.9 M consultations").build();
    public static final Key<Double> MINUTES = Key.real("demand.minutesPerConsultation", 5, 120, 44)
            .unit("minutes").doc("GP time per consultation including indirect work (letters, results, referrals)")
            .source("[calib] the 2018 time-use study: 49 h/week practice work at lists near 1,100").build();
    public static final Key<Double> WEEKS = Key.real("demand.workingWeeksPerYear", 30, 52, 46)
            .unit("weeks per year").doc("weeks a year the GP works in the practice (holidays and courses excluded)")
            .source("[calib]").build();
    public static final Key<Double> TASK_GROWTH = Key.real("demand.taskGrowthPerYear", -0.1, 0.2, 0.011)
            .unit("share per year").doc("growth in GP time per consultation from tasks moved to GPs, compounded yearly from the start")
            .source("[fit] posterior median of gpsim calibrate against the history 2019Q4-2023Q2 (docs/CALIBRATION.md), 90 % interval 0.001-0.033 (hand-set before: 0.01)").build();
    public static final Key<Double> TEAM_RELIEF = Key.real("demand.teamRelief", 0, 0.9, 0)
            .unit("share of practice time").doc("share of GP practice time taken over by nurses and other staff (team-based practice)")
            .source("[lever] Handlingsplan for allmennlegetjenesten 2020-2024: teambased practice").build();
    public static final Key<Double> RELIEF_COST = Key.real("demand.teamReliefCostPerHour", 0, 10_000, 520)
            .unit("NOK per relieved GP hour").doc("cost of the nurse or other staff time that takes over one hour of GP "
                    + "practice work (one staff hour per relieved hour)")
            .source("[lit] SSB 2024: nurses' mean monthly earnings about 56,000 NOK, plus about 30 % pension and "
                    + "employer's tax, over about 1,650 working hours a year")
            .activeWhen("demand.teamRelief is above 0", v -> v.get(TEAM_RELIEF) > 0).build();
    public static final Key<String> RELIEF_PAYER = Key.choice("demand.teamReliefPaidBy", "practice", "practice",
                    "municipality")
            .doc("who pays for the relieving staff: the practice (a self-employed GP's costs; the municipality's for a "
                    + "salaried GP) or the municipality for every GP")
            .source("[lever] Handlingsplan for allmennlegetjenesten 2020-2024: team-based practice trials were funded "
                    + "by the state and municipalities")
            .activeWhen("demand.teamRelief is above 0", v -> v.get(TEAM_RELIEF) > 0).build();
    public static final Key<Double> E_SHARE = Key.real("demand.eConsultationShare", 0, 1, 0)
            .unit("share of consultations").doc("share of consultations done as e-consultations")
            .source("[lever]").build();
    public static final Key<Double> E_SAVING = Key.real("demand.eConsultationTimeSaving", 0, 1, 0.4)
            .unit("share of a consultation's time").doc("time saved when a consultation is done electronically")
            .source("[calib]")
            .activeWhen("demand.eConsultationShare is above 0", v -> v.get(E_SHARE) > 0).build();
    public static final Key<Double> MUNICIPAL_SMALL = Key.real("demand.municipalHoursSmall", 0, 20, 7.5)
            .unit("hours per week per GP").doc("municipal duties (nursing homes, health stations) in municipalities up to 2,000 inhabitants; "
                    + "interpolated on log population down to municipalHoursLarge at 50,000")
            .source("[lit] fastlegeforskriften: up to 7.5 h/week of municipal work").build();
    public static final Key<Double> MUNICIPAL_LARGE = Key.real("demand.municipalHoursLarge", 0, 20, 2.0)
            .unit("hours per week per GP").doc("municipal duties per GP in municipalities of 50,000 inhabitants or more")
            .source("[calib]").build();

    public static final Key<Double> DOCUMENTATION_FREED = Key.real("demand.taskRelief.documentationMinutes", 0, 30, 0)
            .unit("GP minutes per consultation").doc("GP time per consultation freed by less documentation and paperwork "
                    + "(simpler forms, fewer certificates, better record systems); taken off the minutes after task growth, "
                    + "with no running cost")
            .source("[lever] seed 004: \"redusere dokumentasjonsarbeidet og arbeidsbyrden til fastlegene\"; the 2018 "
                    + "time-use study puts about a third of GP time in indirect work").build();
    public static final Key<Double> TRANSFERRED = Key.real("demand.taskRelief.transferredMinutes", 0, 30, 0)
            .unit("GP minutes per consultation").doc("GP time per consultation of tasks moved to other services (e.g. "
                    + "certificates, routine follow-up); taken off the minutes after task growth, and paid for at "
                    + "transferCostPerHour")
            .source("[lever] seed 003: \"Avlaste fastlegene for oppgaver\"").build();
    public static final Key<Double> TRANSFER_COST = Key.real("demand.taskRelief.transferCostPerHour", 0, 10_000, 520)
            .unit("NOK per GP hour moved").doc("cost of the other services' time that takes over one hour of moved GP "
                    + "tasks (one staff hour per GP hour)")
            .source("[lit] as demand.teamReliefCostPerHour: a nurse hour with pension and employer's tax")
            .activeWhen("demand.taskRelief.transferredMinutes is above 0", v -> v.get(TRANSFERRED) > 0).build();
    public static final Key<String> TRANSFER_PAYER = Key.choice("demand.taskRelief.transferPaidBy", "state", "state",
                    "municipality")
            .doc("who pays for the moved tasks: the state (tasks moved to hospitals, NAV or other state services) or the "
                    + "municipality (tasks moved to municipal nurses and health stations)")
            .source("[lever]")
            .activeWhen("demand.taskRelief.transferredMinutes is above 0", v -> v.get(TRANSFERRED) > 0).build();

    public static final List<Key<?>> KEYS = List.of(CONSULTATIONS, MINUTES, WEEKS, TASK_GROWTH, TEAM_RELIEF, RELIEF_COST,
            RELIEF_PAYER, E_SHARE, E_SAVING, MUNICIPAL_SMALL, MUNICIPAL_LARGE, DOCUMENTATION_FREED, TRANSFERRED,
            TRANSFER_COST, TRANSFER_PAYER);

    public static DemandConfig from(ParamValues v) {
        return new DemandConfig(Arrays2.of(v.get(CONSULTATIONS)), v.get(MINUTES), v.get(WEEKS), v.get(TASK_GROWTH),
                v.get(TEAM_RELIEF), v.get(E_SHARE), v.get(E_SAVING), v.get(RELIEF_COST), v.get(RELIEF_PAYER),
                v.get(MUNICIPAL_SMALL), v.get(MUNICIPAL_LARGE), v.get(DOCUMENTATION_FREED), v.get(TRANSFERRED),
                v.get(TRANSFER_COST), v.get(TRANSFER_PAYER));
    }

    public DemandConfig {
        consultationsPerYear = consultationsPerYear.clone();
    }

    @Override
    public double[] consultationsPerYear() {
        return consultationsPerYear.clone();
    }

    /** Consultations per year for one age group (0 = 0-17 ... 3 = 80+). */
    public double consultationRate(int ageGroup) {
        return consultationsPerYear[ageGroup];
    }

    /**
     * GP minutes per consultation after task growth and task relief (documentation freed and tasks
     * moved), before team relief and e-consultations, at a point {@code years} after the start;
     * never below {@link #MIN_MINUTES}.
     */
    private double baseMinutes(double years) {
        double grown = minutesPerConsultation * StrictMath.pow(1 + taskGrowthPerYear, years);
        double freed = documentationMinutesFreed + transferredMinutes;
        return freed <= 0 ? grown : Math.max(MIN_MINUTES, grown - freed);
    }

    /**
     * GP minutes per consultation after task growth, task relief, team relief and e-consultations,
     * at a point {@code years} after the start.
     */
    public double effectiveMinutes(double years) {
        double eFactor = 1 - eConsultationShare * eConsultationTimeSaving;
        return baseMinutes(years) * (1 - teamRelief) * eFactor;
    }

    /** Whether the municipality, not the practice, pays for team relief. */
    public boolean municipalityPaysRelief() {
        return "municipality".equals(teamReliefPaidBy);
    }

    /**
     * GP practice minutes per consultation that staff take over (team relief), at a point
     * {@code years} after the start: what team relief removes from {@link #effectiveMinutes}.
     */
    public double relievedMinutes(double years) {
        double eFactor = 1 - eConsultationShare * eConsultationTimeSaving;
        return baseMinutes(years) * teamRelief * eFactor;
    }

    /** Whether the municipality, not the state, pays for the tasks moved to other services. */
    public boolean municipalityPaysTransfer() {
        return "municipality".equals(transferPaidBy);
    }

    /**
     * Yearly cost of the other services that take over the moved tasks of a list with this many
     * consultations a year (each consultation's moved minutes, priced per hour).
     */
    public double transferCostPerYear(double consultations) {
        return transferredMinutes <= 0 ? 0 : consultations * transferredMinutes / 60 * transferCostPerHour;
    }

    /** Yearly cost of the staff who relieve a GP with this many consultations a year. */
    public double reliefCostPerYear(double consultations, double years) {
        return teamRelief <= 0 ? 0 : consultations * relievedMinutes(years) / 60 * teamReliefCostPerHour;
    }

    /** Municipal duty hours per GP per week for a municipality of this size. */
    public double municipalHours(long population) {
        double small = 2_000;
        double large = 50_000;
        if (population <= small) {
            return municipalHoursSmall;
        }
        if (population >= large) {
            return municipalHoursLarge;
        }
        double t = StrictMath.log(population / small) / StrictMath.log(large / small);
        return municipalHoursSmall + t * (municipalHoursLarge - municipalHoursSmall);
    }
}
