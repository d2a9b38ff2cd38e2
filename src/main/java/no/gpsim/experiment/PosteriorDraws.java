package no.gpsim.experiment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.gpsim.BadInputException;
import no.gpsim.model.ModelInputs;
import no.gpsim.model.Taste;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.ParameterSchema;
import no.gpsim.scenario.ValueType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Parameter sets drawn from a calibration's posterior (a {@code posterior.csv} of
 * {@code gpsim calibrate}), one per replicate: replicate r takes the particle picked by weight with
 * a uniform keyed by its seed, the same particle in every scenario of a comparison, so differences
 * stay paired while the intervals cover the parameters' uncertainty as well as chance.
 */
public final class PosteriorDraws {

    private static final List<String> FIXED = List.of("generation", "epsilon", "evaluations", "particle", "weight",
            "distance");

    private final Path file;
    private final List<Key<?>> keys;
    private final List<double[]> theta;
    private final double[] cumulative;
    private final Map<String, ModelInputs> cache = new ConcurrentHashMap<>();

    private PosteriorDraws(Path file, List<Key<?>> keys, List<double[]> theta, double[] cumulative) {
        this.file = file;
        this.keys = List.copyOf(keys);
        this.theta = List.copyOf(theta);
        this.cumulative = cumulative;
    }

    public Path file() {
        return file;
    }

    public int size() {
        return theta.size();
    }

    /** Reads a posterior file; bad columns or values are bad input naming the file and row. */
    public static PosteriorDraws read(Path file) {
        List<CSVRecord> rows;
        List<String> header;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        } catch (IOException e) {
            throw new BadInputException("--posterior: " + file + " cannot be read (" + e.getMessage() + ")");
        }
        if (header.size() <= FIXED.size() || !header.subList(0, FIXED.size()).equals(FIXED) || rows.isEmpty()) {
            throw new BadInputException("--posterior: " + file + " is not a posterior of gpsim calibrate (columns "
                    + FIXED + " then scenario keys, and at least one row)");
        }
        List<Key<?>> keys = new ArrayList<>();
        for (String k : header.subList(FIXED.size(), header.size())) {
            Key<?> key;
            try {
                key = ParameterSchema.key(k);
            } catch (RuntimeException e) {
                key = null;
            }
            if (key == null || !(key.type() instanceof ValueType.Real || key.type() instanceof ValueType.Int)) {
                throw new BadInputException("--posterior: " + file + ": column " + k + " is not a numeric scenario key");
            }
            keys.add(key);
        }
        List<double[]> theta = new ArrayList<>();
        double[] cumulative = new double[rows.size()];
        double sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            try {
                double w = Double.parseDouble(row.get("weight"));
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new NumberFormatException("weight " + w);
                }
                sum += w;
                cumulative[i] = sum;
                double[] t = new double[keys.size()];
                for (int k = 0; k < t.length; k++) {
                    t[k] = Double.parseDouble(row.get(FIXED.size() + k));
                }
                theta.add(t);
            } catch (NumberFormatException e) {
                throw new BadInputException("--posterior: " + file + ":" + (i + 2) + ": " + e.getMessage());
            }
        }
        if (!(sum > 0)) {
            throw new BadInputException("--posterior: " + file + ": the weights sum to " + sum);
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        return new PosteriorDraws(file, keys, theta, cumulative);
    }

    /** The particle of a replicate seed: picked by weight with a uniform keyed by the seed. */
    int particle(long replicateSeed) {
        double u = Taste.uniform(replicateSeed, 0x506F73746572L, 0);
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** The scenario values of a particle. */
    Map<Key<?>, Object> values(int particle) {
        Map<Key<?>, Object> out = new LinkedHashMap<>();
        double[] t = theta.get(particle);
        for (int k = 0; k < keys.size(); k++) {
            Key<?> key = keys.get(k);
            out.put(key, key.type() instanceof ValueType.Int ? (Object) Math.round(t[k]) : (Object) t[k]);
        }
        return out;
    }

    /**
     * The inputs of a scenario for a replicate: the scenario reloaded with the replicate's particle
     * on top of its files (its own policies still apply), the same data and horizon.
     */
    public ModelInputs inputs(ModelInputs base, long replicateSeed) {
        int particle = particle(replicateSeed);
        String cacheKey = base.scenario().name() + "\u0000" + base.scenario().file() + "\u0000" + particle;
        return cache.computeIfAbsent(cacheKey, k -> ModelInputsReader.withValues(base, values(particle)));
    }
}
