package no.gpsim.sensitivity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The Saltelli (2010) cross design for Sobol indices: two base matrices A and B of {@code n} rows
 * each, and for every parameter i the matrix AB<sup>(i)</sup>, which is A with column i taken
 * from B. Comparing outputs at A and AB<sup>(i)</sup> isolates parameter i, which is what the
 * estimators in {@link SobolAnalysis} need; the cost is n(k + 2) model runs.
 *
 * <p>A and B come from one unscrambled Sobol sequence of dimension 2k (A the first k coordinates,
 * B the last k), so they are low-discrepancy and mutually independent in the sense the estimators
 * require. As SALib does, the sequence skips its first max(16, 2<sup>ceil(log2 n)</sup>)
 * points: that drops the all-zero first point and starts on a power-of-two boundary, where the
 * sequence's balance properties hold. A power of two for {@code n} keeps them for the rows used.
 */
public final class SaltelliDesign {

    /** Commons Math ships direction numbers for 1000 dimensions; the design uses 2k of them. */
    public static final int MAX_PARAMETERS = 500;

    private final int k;
    private final int n;
    /** n(k + 2) rows, for base row j: A_j, B_j, AB_j^(1..k). */
    private final double[][] points;

    private SaltelliDesign(int k, int n, double[][] points) {
        this.k = k;
        this.n = n;
        this.points = points;
    }

    /**
     * The design for {@code k} parameters and {@code n} base samples.
     *
     * @throws IllegalArgumentException if k is not in [1, 500], n < 2 or n(k + 2) overflows
     */
    public static SaltelliDesign create(int k, int n) {
        if (k < 1 || k > MAX_PARAMETERS) {
            throw new IllegalArgumentException("k (parameters) must be in [1, " + MAX_PARAMETERS + "] (was " + k
                    + ")");
        }
        if (n < 2) {
            throw new IllegalArgumentException("n (base samples) must be >= 2 (was " + n + ")");
        }
        if ((long) n * (k + 2) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("n (k + 2) = " + ((long) n * (k + 2)) + " points is too many");
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(skip(n));
        double[][] pts = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] ab = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(ab, 0, a, 0, k);
            System.arraycopy(ab, k, b, 0, k);
            int row = j * (k + 2);
            pts[row] = a;
            pts[row + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] mixed = a.clone();
                mixed[i] = b[i];
                pts[row + 2 + i] = mixed;
            }
        }
        return new SaltelliDesign(k, n, pts);
    }

    /** Points skipped at the start of the Sobol sequence: max(16, the least power of two >= n). */
    static int skip(int n) {
        int p = Integer.highestOneBit(n);
        if (p < n) {
            p <<= 1;
        }
        return Math.max(16, p);
    }

    /** The number of parameters k. */
    public int parameters() {
        return k;
    }

    /** The number of base samples n (rows of A and of B). */
    public int baseSamples() {
        return n;
    }

    /** The number of points, n(k + 2): the model runs the design needs. */
    public int size() {
        return points.length;
    }

    /**
     * All n(k + 2) points, in this order for each base row j: A_j, B_j, AB_j^(1..k) (A_j with
     * coordinate i from B_j). The arrays are copies; changing them does not change the design.
     */
    public List<double[]> points() {
        List<double[]> out = new ArrayList<>(points.length);
        for (double[] p : points) {
            out.add(p.clone());
        }
        return Collections.unmodifiableList(out);
    }
}
