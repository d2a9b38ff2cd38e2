package no.gpsim.model;

import java.util.List;

/**
 * Patient-adjusted basic grant weights per age group: given in the scenario, or proportional to
 * consultation rates. Either way they are normalised so that the mean weight over the initial
 * national list population is 1, so the national mean grant per patient equals the rate.
 */
final class AgeWeights {

    private AgeWeights() {
    }

    static double[] nationalMix(List<Municipality> municipalities) {
        double[] mix = new double[AgeGroups.COUNT];
        double total = 0;
        for (Municipality m : municipalities) {
            for (int a = 0; a < AgeGroups.COUNT; a++) {
                mix[a] += m.population(a);
                total += m.population(a);
            }
        }
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            mix[a] = total == 0 ? 0.25 : mix[a] / total;
        }
        return mix;
    }

    static double[] of(no.gpsim.scenario.Parameters p, double[] mix) {
        double[] raw = p.funding().basicGrant().ageWeights();
        if (raw == null) {
            raw = p.demand().consultationsPerYear();
        }
        double mean = 0;
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            mean += mix[a] * raw[a];
        }
        double[] w = new double[AgeGroups.COUNT];
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            w[a] = mean > 0 ? raw[a] / mean : 1;
        }
        return w;
    }
}
