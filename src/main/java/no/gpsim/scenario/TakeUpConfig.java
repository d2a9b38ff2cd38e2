package no.gpsim.scenario;

import java.util.List;

/**
 * Take-up of the grants a municipality must apply for (docs/MODEL.md 7.5): ALIS grants, the
 * recruitment grant and the district package. Each January a municipality applies with a
 * probability that rises with its size (small municipalities have the least administrative
 * capacity); simpler, coordinated grants close part of the gap to full take-up. Grants paid
 * without an application (the basic, start and equalisation grants, which the GP claims with its
 * fees) are taken up in full.
 *
 * @param small probability of applying in a municipality of up to 2,000 inhabitants
 * @param large probability of applying in a municipality of 50,000 or more
 * @param simplification share of the gap to full take-up that simpler grants close
 */
public record TakeUpConfig(double small, double large, double simplification) {

    public static final Key<Double> SMALL = Key.real("takeUp.smallMunicipalities", 0, 1, 0.7)
            .unit("probability per year").doc("chance that a municipality of up to 2,000 inhabitants applies for the "
                    + "grants that need an application (ALIS, recruitment grant, district package) in a year; "
                    + "interpolated on log population up to largeMunicipalities at 50,000")
            .source("[calib] assumption: small municipalities have one or two staff for health administration and "
                    + "apply less; no national take-up figure was found, so this belongs to the calibration").build();
    public static final Key<Double> LARGE = Key.real("takeUp.largeMunicipalities", 0, 1, 0.95)
            .unit("probability per year").doc("chance that a municipality of 50,000 inhabitants or more applies")
            .source("[calib]").build();
    public static final Key<Double> SIMPLIFICATION = Key.real("takeUp.simplification", 0, 1, 0)
            .unit("share of the gap to full take-up").doc("simpler and coordinated grants: the probability of applying "
                    + "becomes p + simplification x (1 - p)")
            .source("[lever] seed 002: \"Forenkle og samordne tilskuddsordningene til kommunene og fastlegene\"")
            .build();

    public static final List<Key<?>> KEYS = List.of(SMALL, LARGE, SIMPLIFICATION);

    public static TakeUpConfig from(ParamValues v) {
        return new TakeUpConfig(v.get(SMALL), v.get(LARGE), v.get(SIMPLIFICATION));
    }

    /** The probability that a municipality of this size applies in a year. */
    public double probability(long population) {
        double lo = 2_000;
        double hi = 50_000;
        double p;
        if (population <= lo) {
            p = small;
        } else if (population >= hi) {
            p = large;
        } else {
            double t = StrictMath.log(population / lo) / StrictMath.log(hi / lo);
            p = small + t * (large - small);
        }
        return p + simplification * (1 - p);
    }
}
