package no.gpsim.sensitivity;

/**
 * Functions with known Sobol indices, evaluated on points of the unit cube, and their analytic
 * indices. They stand in for the model so the estimators are checked on known answers.
 */
final class TestFunctions {

    private TestFunctions() {
    }

    /** Ishigami and Homma (1990): sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i uniform on [-pi, pi]. */
    static double ishigami(double[] u, double a, double b) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + a * Math.sin(x2) * Math.sin(x2) + b * Math.pow(x3, 4) * Math.sin(x1);
    }

    /**
     * Analytic Ishigami indices {S1[3], ST[3]}: V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V3 = 0,
     * V13 = b^2 pi^8 (1/18 - 1/50), V = V1 + V2 + V13.
     */
    static double[][] ishigamiIndices(double a, double b) {
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi4 * pi4 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
    }

    /** Sobol' G-function: product of (|4 u_i - 2| + a_i) / (1 + a_i); small a_i = important. */
    static double gFunction(double[] u, double[] a) {
        double g = 1;
        for (int i = 0; i < a.length; i++) {
            g *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
        }
        return g;
    }

    /**
     * Analytic G-function indices {S1[k], ST[k]}: V_i = 1 / (3 (1 + a_i)^2), V = prod(1 + V_i) - 1,
     * S_i = V_i / V, ST_i = V_i prod_{j != i}(1 + V_j) / V.
     */
    static double[][] gIndices(double[] a) {
        int k = a.length;
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[][] s = new double[2][k];
        for (int i = 0; i < k; i++) {
            s[0][i] = vi[i] / v;
            s[1][i] = vi[i] * (prod / (1 + vi[i])) / v;
        }
        return s;
    }
}
