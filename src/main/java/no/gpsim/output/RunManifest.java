package no.gpsim.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Writes {@code run.json}: what was run, with which inputs and seeds, by which gpsim, and how long it took. */
public final class RunManifest {

    private RunManifest() {
    }

    /** The gpsim version from the build. */
    public static String version() {
        try (InputStream in = RunManifest.class.getResourceAsStream("/gpsim.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("gpsim.version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** SHA-256 of a file's bytes, in hex. */
    public static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One scenario's entry: name, file, hash, data file and hash, start month. */
    public static Map<String, Object> scenarioEntry(no.gpsim.scenario.Scenario s) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", s.name());
        e.put("file", s.file().toString());
        e.put("sha256", s.sha256());
        e.put("data_file", s.municipalitiesFile().toString());
        e.put("data_sha256", sha256(s.municipalitiesFile()));
        e.put("start", s.start().toString());
        return e;
    }

    /**
     * Writes the manifest.
     *
     * @param command what was run ("run", "compare")
     * @param scenarios entries made by {@link #scenarioEntry}
     * @param wallSeconds wall time of the simulation and output writing
     */
    public static void write(Path file, String command, List<Map<String, Object>> scenarios, long seed, int replicates,
                             int years, int threads, double wallSeconds, List<String> outputs) throws IOException {
        write(file, command, scenarios, seed, replicates, years, threads, wallSeconds, outputs, null);
    }

    /**
     * As above, naming the posterior each replicate drew its parameters from ({@code --posterior}),
     * or none when {@code posterior} is null.
     */
    public static void write(Path file, String command, List<Map<String, Object>> scenarios, long seed, int replicates,
                             int years, int threads, double wallSeconds, List<String> outputs, Path posterior)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gpsim_version", version());
        m.put("command", command);
        m.put("scenarios", scenarios);
        m.put("seed", seed);
        m.put("replicates", replicates);
        m.put("replicate_seeds", "seed + replicate (" + seed + " to " + (seed + replicates - 1) + ")");
        m.put("years", years);
        m.put("start", scenarios.isEmpty() ? null : scenarios.get(0).get("start"));
        m.put("threads", threads);
        m.put("java", System.getProperty("java.version"));
        m.put("wall_time_s", Math.round(wallSeconds * 1000) / 1000.0);
        m.put("outputs", outputs);
        if (posterior != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("file", posterior.toAbsolutePath().toString());
            p.put("sha256", sha256(posterior));
            p.put("intervals", "parameter uncertainty and chance: replicate r draws its parameters from the posterior");
            m.put("posterior", p);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
    }
}
