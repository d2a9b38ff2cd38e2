package no.gpsim.scenario;

import java.util.List;

/**
 * What municipalities do with posts and vacancies (docs/MODEL.md 7.3, 7.5).
 *
 * @param allowEmploymentSwitch whether a long-unfilled self-employed post may become a salaried post
 * @param salariedAfterMonths months unfilled after which the switch happens
 * @param salaryPerYear pay of a salaried GP (and of ALIS and introduction-agreement doctors)
 * @param introductionMonths months a new GP in a self-employed post starts on a salaried introduction agreement
 * @param introductionListShare share of its chosen cap a GP on an introduction agreement holds
 * @param newListSize cap of a list the municipality opens when residents exceed capacity
 * @param locumCostPerMonth what a locum costs the municipality per vacant list per month
 * @param locumCoverShare share of vacancies the municipality covers with a locum
 */
public record EmploymentConfig(boolean allowEmploymentSwitch, int salariedAfterMonths, double salaryPerYear,
                               int introductionMonths, double introductionListShare, int newListSize, double locumCostPerMonth,
                               double locumCoverShare) {

    public static final Key<Boolean> ALLOW_SWITCH = Key.bool("employment.allowEmploymentSwitch", true)
            .doc("true: a self-employed post left unfilled for salariedAfterMonths becomes a salaried post where "
                    + "that is the better offer. This is today's practice (municipalities already employ GPs on salary), "
                    + "not the general right to move from agreements to employment that KS asked for and was not "
                    + "given (seed 000)")
            .source("[data] salaried share of lists with a GP rose from 14 % (2019Q4) to 21 % (May 2024)").build();
    public static final Key<Long> SALARIED_AFTER = Key.integer("employment.salariedAfterMonths", 0, 240, 6)
            .unit("months unfilled").doc("vacancy age at which a self-employed post becomes salaried")
            .source("[calib]")
            .activeWhen("employment.allowEmploymentSwitch is true", v -> v.get(ALLOW_SWITCH)).build();
    public static final Key<Double> SALARY = Key.real("employment.salaryPerYear", 0, 10_000_000, 1_300_000)
            .unit("NOK per year").doc("pay of a salaried GP before on-call pay and supplements")
            .source("[calib]").build();
    public static final Key<Long> INTRODUCTION_MONTHS = Key.integer("employment.introductionMonths", 0, 60, 0)
            .unit("months").doc("a new GP in a self-employed post starts salaried for this long, then becomes "
                    + "self-employed (introduksjonsavtale); 0 for none")
            .source("[lever] Handlingsplan 2020-2024").build();
    public static final Key<Double> INTRODUCTION_LIST = Key.real("employment.introductionListShare", 0.05, 1, 0.6)
            .unit("share of the chosen cap").doc("during an introduction agreement the GP holds a reduced list: this share "
                    + "of the cap it would choose (at least behaviour.capMin)")
            .source("[lit] docs/MODEL.md 7.5: a new GP starts salaried with a reduced list; [calib] the share")
            .activeWhen("employment.introductionMonths is above 0", v -> v.get(INTRODUCTION_MONTHS) > 0).build();
    public static final Key<Long> NEW_LIST_SIZE = Key.integer("employment.newListSize", 100, 2_500, 1_000)
            .unit("patients").doc("cap of a list the municipality opens when its residents exceed the capacity of its lists")
            .source("[calib]").build();
    public static final Key<Double> LOCUM_COST = Key.real("employment.locumCostPerMonth", 0, 2_000_000, 150_000)
            .unit("NOK per vacant list per month").doc("what a locum covering a vacant list costs the municipality; "
                    + "the municipality receives the list's fees")
            .source("[calib]").build();
    public static final Key<Double> LOCUM_SHARE = Key.real("employment.locumCoverShare", 0, 1, 0.7)
            .unit("share of vacancies").doc("share of vacant lists the municipality covers with a locum")
            .source("[calib]").build();

    public static final List<Key<?>> KEYS = List.of(ALLOW_SWITCH, SALARIED_AFTER, SALARY, INTRODUCTION_MONTHS,
            INTRODUCTION_LIST, NEW_LIST_SIZE, LOCUM_COST, LOCUM_SHARE);

    public static EmploymentConfig from(ParamValues v) {
        return new EmploymentConfig(v.get(ALLOW_SWITCH), v.getInt(SALARIED_AFTER), v.get(SALARY),
                v.getInt(INTRODUCTION_MONTHS), v.get(INTRODUCTION_LIST), v.getInt(NEW_LIST_SIZE), v.get(LOCUM_COST), v.get(LOCUM_SHARE));
    }
}
