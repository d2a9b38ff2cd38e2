package no.gpsim.scenario;

import java.util.List;

/** Converts validated list values to primitive arrays for the hot paths of the model. */
final class Arrays2 {

    private Arrays2() {
    }

    static double[] of(List<Double> values) {
        if (values == null) {
            return null;
        }
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
