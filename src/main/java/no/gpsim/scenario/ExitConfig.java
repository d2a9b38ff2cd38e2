package no.gpsim.scenario;

import java.util.List;

/**
 * The monthly hazard that a GP leaves its post (docs/MODEL.md 7.4). Annual hazard =
 * (retirement(age) + baseAnnualHazard) * exp(hours * excess hours + oncall * on-call hours
 * + income * income shortfall) * centrality factor * personal factors.
 *
 * @param baseAnnualHazard yearly hazard of leaving for other reasons than retirement, at zero strain
 * @param retirementStartAge age from which the retirement hazard applies
 * @param retirementHazardAtStart yearly retirement hazard at that age
 * @param retirementHazardGrowth log-growth of the retirement hazard per year of age
 * @param maxAge age at which every GP retires
 * @param hoursCoefficient strain per weekly hour above the preferred hours
 * @param oncallCoefficient strain per weekly on-call hour
 * @param incomeCoefficient strain per unit of relative income shortfall below the reference income
 * @param referenceIncome net income below which a GP feels an income shortfall
 * @param centralityFactor hazard factor by centrality class 1-6
 * @param femaleFactor hazard factor for women
 * @param olderStarterFactor hazard factor for GPs who took the post aged 40 or more
 * @param relocationShare share of non-retirement exits that are moves to another post rather than leaving the scheme
 * @param noticeMonths months between a GP giving notice and leaving its post
 */
public record ExitConfig(double baseAnnualHazard, double retirementStartAge, double retirementHazardAtStart,
                         double retirementHazardGrowth, double maxAge, double hoursCoefficient,
                         double oncallCoefficient, double incomeCoefficient, double referenceIncome,
                         double[] centralityFactor, double femaleFactor, double olderStarterFactor,
                         double relocationShare, int noticeMonths) {

    public static final Key<Double> BASE = Key.real("exit.baseAnnualHazard", 0, 1, 0.049)
            .unit("per year").doc("hazard of leaving the post for reasons other than retirement, at zero strain")
            .source("[fit] posterior median of gpsim calibrate against the history 2019Q4-2023Q2 (docs/CALIBRATION.md), 90 % interval 0.033-0.078 (hand-set before: 0.065); about 510 GPs left the scheme in "
                    + "2020-2021 (Helsedirektoratet)").build();
    public static final Key<Double> RETIREMENT_AGE = Key.real("exit.retirementStartAge", 40, 80, 62)
            .unit("years").doc("age from which the retirement hazard applies")
            .source("[lit] about 6.5 % of GPs are 67 or older").build();
    public static final Key<Double> RETIREMENT_HAZARD = Key.real("exit.retirementHazardAtStart", 0, 1, 0.04)
            .unit("per year").doc("retirement hazard at retirementStartAge").source("[calib]").build();
    public static final Key<Double> RETIREMENT_GROWTH = Key.real("exit.retirementHazardGrowth", 0, 2, 0.17)
            .unit("log per year of age").doc("how steeply the retirement hazard rises with age")
            .source("[fit] posterior median of gpsim calibrate against the history 2019Q4-2023Q2 (docs/CALIBRATION.md), 90 % interval 0.064-0.38 (hand-set before: 0.3)").build();
    public static final Key<Double> MAX_AGE = Key.real("exit.maxAge", 50, 90, 75)
            .unit("years").doc("every GP retires at this age").source("[calib]").build();
    public static final Key<Double> HOURS = Key.real("exit.hoursCoefficient", 0, 1, 0.03)
            .unit("per weekly hour").doc("strain per weekly hour worked above the preferred hours").source("[calib]").build();
    public static final Key<Double> ONCALL = Key.real("exit.oncallCoefficient", 0, 1, 0.02)
            .unit("per weekly on-call hour").doc("strain per weekly on-call hour").source("[calib]").build();
    public static final Key<Double> INCOME = Key.real("exit.incomeCoefficient", 0, 20, 1.5)
            .unit("per unit of shortfall").doc("strain per unit of relative shortfall of net income below referenceIncome")
            .source("[calib]").build();
    public static final Key<Double> REFERENCE_INCOME = Key.real("exit.referenceIncome", 0, 10_000_000, 1_300_000)
            .unit("NOK per year").doc("net income below which a GP feels an income shortfall")
            .source("[lit] gross personal income 1.4 M NOK for lists under 750 (SSB 2020)").build();
    public static final Key<List<Double>> CENTRALITY = Key.reals("exit.centralityFactor", 6, 0, 10,
                    "centrality classes 1-6", 0.8, 0.85, 1.0, 1.2, 1.7, 2.2)
            .unit("factor").doc("hazard factor by centrality class (distance from family, professional isolation)")
            .source("[calib] median contract 2.75 years under 2,000 inhabitants vs 8.4 years over 50,000 (Abelsen et al.)").build();
    public static final Key<Double> FEMALE = Key.real("exit.femaleFactor", 0, 10, 0.85)
            .unit("factor").doc("hazard factor for women").source("[lit] contracts last longer for women (Abelsen et al.)").build();
    public static final Key<Double> OLDER_STARTER = Key.real("exit.olderStarterFactor", 0, 10, 0.8)
            .unit("factor").doc("hazard factor for GPs who took the post aged 40 or more")
            .source("[lit] contracts last longer for older starters (Abelsen et al.)").build();
    public static final Key<Double> RELOCATION = Key.real("exit.relocationShare", 0, 1, 0.45)
            .unit("share of non-retirement exits").doc("share of non-retirement exits that look for another GP post")
            .source("[calib]").build();

    public static final Key<Long> NOTICE = Key.integer("exit.noticeMonths", 0, 24, 4)
            .unit("months").doc("a GP who decides to leave gives notice and leaves its post this many months later; the "
                    + "municipality advertises the post meanwhile, so a successor can start the month after. 0: GPs leave "
                    + "the month they decide")
            .source("[lit] the municipality's agreement with a GP has a notice period of some months (the GP scheme's "
                    + "framework agreements, ASA 4310 and SFS 2305); [fit] posterior median of gpsim calibrate against the "
                    + "history 2019Q4-2023Q2 (docs/CALIBRATION.md), 90 % interval 1-6 months, whole months (hand-set "
                    + "before: 3)")
            .build();

    public static final List<Key<?>> KEYS = List.of(BASE, RETIREMENT_AGE, RETIREMENT_HAZARD, RETIREMENT_GROWTH, MAX_AGE,
            HOURS, ONCALL, INCOME, REFERENCE_INCOME, CENTRALITY, FEMALE, OLDER_STARTER, RELOCATION, NOTICE);

    public static ExitConfig from(ParamValues v) {
        return new ExitConfig(v.get(BASE), v.get(RETIREMENT_AGE), v.get(RETIREMENT_HAZARD), v.get(RETIREMENT_GROWTH),
                v.get(MAX_AGE), v.get(HOURS), v.get(ONCALL), v.get(INCOME), v.get(REFERENCE_INCOME),
                Arrays2.of(v.get(CENTRALITY)), v.get(FEMALE), v.get(OLDER_STARTER), v.get(RELOCATION),
                v.getInt(NOTICE));
    }

    public ExitConfig {
        centralityFactor = centralityFactor.clone();
    }

    @Override
    public double[] centralityFactor() {
        return centralityFactor.clone();
    }

    /** Hazard factor for a centrality class 1-6. */
    public double centralityFactor(int centrality) {
        return centralityFactor[centrality - 1];
    }
}
