package no.gpsim.sweep;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gpsim.BadInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The points of an experiment over scenario keys: each point gives every factor a value. Built as
 * a full factorial, a Latin hypercube, a Sobol sequence, from a CSV file, or from unit-cube points
 * of a sensitivity design.
 *
 * @param kind how it was built (for run.json)
 * @param factors the varied keys, in column order
 * @param points one value per factor per point
 */
public record Design(String kind, List<Factor> factors, List<double[]> points) {

    public Design {
        factors = List.copyOf(factors);
        points = List.copyOf(points);
    }

    /** Every combination of the factors' levels, the first factor varying slowest. */
    public static Design factorial(List<Factor> factors) {
        long count = 1;
        for (Factor f : factors) {
            if (f.levels() < 2) {
                throw new BadInputException("--vary " + f.key().path() + ": a factorial design needs LEVELS "
                        + "(KEY=LOW:HIGH:LEVELS)");
            }
            count *= f.levels();
            if (count > 1_000_000) {
                throw new BadInputException("--vary: the factorial design has over 1,000,000 points");
            }
        }
        List<double[]> points = new ArrayList<>();
        int[] index = new int[factors.size()];
        for (long p = 0; p < count; p++) {
            double[] v = new double[factors.size()];
            for (int i = 0; i < v.length; i++) {
                Factor f = factors.get(i);
                v[i] = f.at(index[i] / (double) (f.levels() - 1));
            }
            points.add(v);
            for (int i = index.length - 1; i >= 0; i--) {
                if (++index[i] < factors.get(i).levels()) {
                    break;
                }
                index[i] = 0;
            }
        }
        return new Design("factorial", factors, points);
    }

    /**
     * A Latin hypercube of {@code n} points: each factor's range cut into n equal strata, one point in
     * each, at a uniform position within it, the strata shuffled independently per factor.
     */
    public static Design latinHypercube(List<Factor> factors, int n, long seed) {
        RandomGenerator random = new MersenneTwister(seed);
        int k = factors.size();
        double[][] unit = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int s = random.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[s];
                perm[s] = t;
            }
            for (int i = 0; i < n; i++) {
                unit[i][j] = (perm[i] + random.nextDouble()) / n;
            }
        }
        return fromUnit("latin-hypercube", factors, List.of(unit));
    }

    /** The first {@code n} points of a Sobol sequence (Commons Math, Joe-Kuo directions), after its origin. */
    public static Design sobol(List<Factor> factors, int n) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(factors.size());
        sobol.skipTo(1);
        List<double[]> unit = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            unit.add(sobol.nextVector());
        }
        return fromUnit("sobol", factors, unit);
    }

    /** Points given in the unit cube, mapped onto the factors' ranges. */
    public static Design fromUnit(String kind, List<Factor> factors, List<double[]> unit) {
        List<double[]> points = new ArrayList<>();
        for (double[] u : unit) {
            double[] v = new double[factors.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = factors.get(i).at(u[i]);
            }
            points.add(v);
        }
        return new Design(kind, factors, points);
    }

    /** A design from a CSV file with one column per key (the header names the keys) and a row per point. */
    public static Design csv(Path file) {
        List<Factor> factors = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new BadInputException(file + ": line 1: no columns; expected one column per scenario key");
            }
            List<CSVRecord> rows = parser.getRecords();
            for (int c = 0; c < header.size(); c++) {
                double low = Double.POSITIVE_INFINITY;
                double high = Double.NEGATIVE_INFINITY;
                for (CSVRecord row : rows) {
                    double v = number(file, row, c, header.get(c));
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
                String where = file + ": line 1: " + header.get(c);
                Factor f = Factor.of(header.get(c), low, high == low ? Math.nextUp(high) : high, 0, where);
                factors.add(f);
            }
            for (CSVRecord row : rows) {
                double[] v = new double[header.size()];
                for (int c = 0; c < v.length; c++) {
                    double x = number(file, row, c, header.get(c));
                    v[c] = factors.get(c).whole() ? Math.round(x) : x;
                }
                points.add(v);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException(file + ": cannot read the design (" + e.getMessage() + ")");
        }
        if (points.isEmpty()) {
            throw new BadInputException(file + ": no points (one row per point after the header)");
        }
        return new Design("csv " + file.getFileName(), factors, points);
    }

    private static double number(Path file, CSVRecord row, int c, String column) {
        if (!row.isConsistent() || c >= row.size()) {
            throw new BadInputException(String.format(Locale.ROOT, "%s: line %d: expected %d values", file,
                    row.getRecordNumber() + 1, row.getParser().getHeaderNames().size()));
        }
        try {
            double v = Double.parseDouble(row.get(c).trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException(String.format(Locale.ROOT, "%s: line %d: %s: '%s' is not a number", file,
                    row.getRecordNumber() + 1, column, row.get(c)));
        }
    }
}
