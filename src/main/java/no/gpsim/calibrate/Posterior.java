package no.gpsim.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A weighted sample of parameter sets (an ABC-SMC generation) and its CSV form: one row per
 * particle with {@code generation, epsilon, evaluations, particle, weight, distance} and one column
 * per parameter (the scenario key). The same form serves as a checkpoint and as the committed
 * posterior.
 */
public final class Posterior {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final List<String> FIXED = List.of("generation", "epsilon", "evaluations", "particle", "weight",
            "distance");

    private final AbcSmc.Generation generation;

    private Posterior(AbcSmc.Generation generation) {
        this.generation = generation;
    }

    public static Posterior of(AbcSmc.Generation g) {
        return new Posterior(g);
    }

    public AbcSmc.Generation generation() {
        return generation;
    }

    /** The weighted q-quantile of parameter {@code i} (the smallest value whose cumulative weight reaches q). */
    public double quantile(int i, double q) {
        List<AbcSmc.Particle> ps = new ArrayList<>(generation.particles());
        ps.sort(Comparator.comparingDouble(p -> p.theta()[i]));
        double total = ps.stream().mapToDouble(AbcSmc.Particle::weight).sum();
        double c = 0;
        for (AbcSmc.Particle p : ps) {
            c += p.weight() / total;
            if (c >= q - 1e-12) {
                return p.theta()[i];
            }
        }
        return ps.get(ps.size() - 1).theta()[i];
    }

    /** The weighted mean of parameter {@code i}. */
    public double mean(int i) {
        double s = 0;
        double w = 0;
        for (AbcSmc.Particle p : generation.particles()) {
            s += p.weight() * p.theta()[i];
            w += p.weight();
        }
        return s / w;
    }

    /** Writes the generation, with the parameters named by {@code keys}. */
    public void write(Path file, List<String> keys) throws IOException {
        List<String> header = new ArrayList<>(FIXED);
        header.addAll(keys);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, FORMAT.builder().setHeader(header.toArray(String[]::new)).get())) {
            int k = 0;
            for (AbcSmc.Particle p : generation.particles()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(generation.index()), num(generation.epsilon()),
                        Long.toString(generation.evaluations()), Integer.toString(k++), num(p.weight()), num(p.distance())));
                for (double v : p.theta()) {
                    row.add(num(v));
                }
                out.printRecord(row);
            }
        }
    }

    /** Reads a generation written by {@link #write}; the parameter columns must be {@code keys}, in order. */
    public static Posterior read(Path file, List<String> keys) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
            if (rows.isEmpty()) {
                throw new IOException(file + ": no particles");
            }
            List<String> header = rows.get(0).getParser().getHeaderNames();
            List<String> want = new ArrayList<>(FIXED);
            want.addAll(keys);
            if (!header.equals(want)) {
                throw new IOException(file + ": columns " + header + ", expected " + want);
            }
            List<AbcSmc.Particle> ps = new ArrayList<>();
            for (CSVRecord row : rows) {
                double[] theta = new double[keys.size()];
                for (int i = 0; i < theta.length; i++) {
                    theta[i] = Double.parseDouble(row.get(keys.get(i)));
                }
                ps.add(new AbcSmc.Particle(theta, Double.parseDouble(row.get("weight")),
                        Double.parseDouble(row.get("distance"))));
            }
            CSVRecord first = rows.get(0);
            return new Posterior(new AbcSmc.Generation(Integer.parseInt(first.get("generation")),
                    Double.parseDouble(first.get("epsilon")), ps, Long.parseLong(first.get("evaluations"))));
        }
    }

    /** Doubles written so that they read back exactly (shortest round-trip form). */
    private static String num(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "Infinity" : "-Infinity") : Double.toString(v);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "generation %d, epsilon %.4g, %d particles", generation.index(),
                generation.epsilon(), generation.particles().size());
    }
}
