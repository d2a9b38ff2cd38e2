package no.gpsim.scenario;

import java.util.List;

/**
 * Population change, applied every month (docs/MODEL.md 7.8), and patients' moves
 * between lists (process 8).
 *
 * @param growthByAge yearly growth of each age group 0-17, 18-66, 67-79, 80+
 * @param centralityShift added to every age group's growth, by centrality class 1-6
 * @param projectionFile optional CSV of projected population per municipality and year that replaces the growth rates
 * @param moveRatePerMonth share of patients on lists without a GP who move to a list with room each month
 * @param switchRatePerYear share of patients on held lists who switch to another GP with room each year
 */
public record DemographyConfig(double[] growthByAge, double[] centralityShift, String projectionFile,
                               double moveRatePerMonth, double switchRatePerYear) {

    public static final Key<List<Double>> GROWTH = Key.reals("demography.growthByAge", 4, -0.5, 0.5,
                    "ages 0-17, 18-66, 67-79, 80+", -0.006, 0.002, 0.018, 0.045)
            .unit("share per year").doc("yearly growth of each age group")
            .source("[calib] ageing as in SSB's national projections").build();
    public static final Key<List<Double>> SHIFT = Key.reals("demography.centralityShift", 6, -0.5, 0.5,
                    "centrality classes 1-6", 0.005, 0.005, 0.001, -0.002, -0.005, -0.009)
            .unit("share per year").doc("added to every age group's growth, by centrality class (urbanisation)")
            .source("[calib] rural decline as in SSB's regional projections").build();
    public static final Key<String> PROJECTION = Key.file("demography.projectionFile", null)
            .unit("CSV path, relative to the scenario file")
            .doc("optional projection with columns kommunenummer,year,pop_0_17,pop_18_66,pop_67_79,pop_80plus; "
                    + "where it has a row for next January the population moves towards it in twelve monthly steps instead of "
                    + "following the growth rates; none for no file")
            .fixed().build();
    public static final Key<Double> MOVE_RATE = Key.real("patients.moveRatePerMonth", 0, 1, 0.04)
            .unit("share per month").doc("share of patients on lists without a GP who move to a list with room in "
                    + "their municipality each month")
            .source("[calib]").build();

    public static final Key<Double> SWITCH_RATE = Key.real("patients.switchRatePerYear", 0, 1, 0.05)
            .unit("share per year").doc("share of patients on held lists who switch to another GP of their municipality "
                    + "with room; this is how a new GP's list fills up")
            .source("[calib] a few hundred thousand GP changes a year").build();

    public static final List<Key<?>> KEYS = List.of(GROWTH, SHIFT, PROJECTION, MOVE_RATE, SWITCH_RATE);

    public static DemographyConfig from(ParamValues v) {
        return new DemographyConfig(Arrays2.of(v.get(GROWTH)), Arrays2.of(v.get(SHIFT)), v.get(PROJECTION),
                v.get(MOVE_RATE), v.get(SWITCH_RATE));
    }

    public DemographyConfig {
        growthByAge = growthByAge.clone();
        centralityShift = centralityShift.clone();
    }

    @Override
    public double[] growthByAge() {
        return growthByAge.clone();
    }

    @Override
    public double[] centralityShift() {
        return centralityShift.clone();
    }

    /** Yearly growth of an age group in a municipality of a centrality class. */
    public double growth(int ageGroup, int centrality) {
        return growthByAge[ageGroup] + centralityShift[centrality - 1];
    }
}
