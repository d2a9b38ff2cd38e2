package no.gpsim.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.BadInputException;

/**
 * An expected-results file ({@code scenarios/expected/<scenario>.json}): how the check runs the
 * scenario (seed, replicates, years), what it ran on (hashes of the scenario and data files, the
 * gpsim version), a hash of all outputs and, for each checked metric, the mean, standard deviation
 * and number of replicates that the statistical check's two-sample test needs. Written only by
 * {@code gpsim check --update}; it carries no timestamp, so refreshing an unchanged tree rewrites
 * the same bytes and a diff shows only what moved.
 *
 * <p>Files of the first format ({@link #FORMAT_1}) stored a 95 % interval instead of the sd; they
 * are still read, the sd recovered from the interval ({@link Summary#fromInterval}), and a check
 * on them warns that they should be refreshed.
 *
 * @param format {@link #FORMAT}, or {@link #FORMAT_1} for a file read in the old format
 * @param scenario the scenario's name
 * @param scenarioFile the scenario file, relative to this file's directory
 * @param scenarioSha256 hash of the scenario file and every file it extends
 * @param dataSha256 hash of each input data file, by path relative to this file's directory
 * @param gpsimVersion gpsim version that wrote the file
 * @param seed seed of replicate 0 (replicate r uses seed + r)
 * @param replicates replicates run
 * @param years years simulated
 * @param checkedYears calendar years the metrics are read at
 * @param outputsSha256 SHA-256 of every output value ({@link OutputHash})
 * @param metrics the checked metrics
 */
@JsonPropertyOrder({"format", "scenario", "scenarioFile", "scenarioSha256", "dataSha256", "gpsimVersion", "seed", "replicates",
    "years", "checkedYears", "outputsSha256", "metrics"})
public record ExpectedFile(String format, String scenario, String scenarioFile, String scenarioSha256,
                          Map<String, String> dataSha256, String gpsimVersion, long seed, int replicates, int years,
                          List<Integer> checkedYears, String outputsSha256, List<Entry> metrics) {

    public static final String FORMAT = "gpsim-expected/2";

    /** The first format: mean, ci_low, ci_high and n per metric (gpsim before the Welch test). */
    public static final String FORMAT_1 = "gpsim-expected/1";

    /**
     * One checked metric.
     *
     * @param metric column name of a {@link CheckedMetric}
     * @param groupType "national" or "centrality"
     * @param group "all" or a centrality class
     * @param year calendar year
     * @param mean mean over replicates, as printed
     * @param sd standard deviation of one replicate, rounded like the mean
     * @param n replicates
     */
    @JsonPropertyOrder({"metric", "groupType", "group", "year", "mean", "sd", "n"})
    public record Entry(String metric, String groupType, String group, int year, BigDecimal mean, BigDecimal sd, int n) {

        static Entry of(MetricKey key, Summary s) {
            return new Entry(key.metric().column(), key.groupType(), key.group(), key.year(), s.mean(), s.sd(), s.n());
        }

        /** The key, or null when the metric is not one gpsim checks (a file from another version). */
        public MetricKey key() {
            CheckedMetric m = CheckedMetric.byColumn(metric);
            return m == null ? null : new MetricKey(m, groupType, group, year);
        }

        public Summary summary() {
            return new Summary(mean, sd, n);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // a tree keeps every printed digit (0.000000 stays 0.000000), as reading straight into the record does
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    public ExpectedFile {
        dataSha256 = dataSha256 == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(dataSha256));
        checkedYears = checkedYears == null ? null : List.copyOf(checkedYears);
        metrics = metrics == null ? null : List.copyOf(metrics);
    }

    /** Builds the file's contents from a table of checked metrics. */
    public static ExpectedFile of(RunFacts facts, MetricTable table) {
        List<Entry> entries = new ArrayList<>();
        for (MetricKey key : table.keys()) {
            entries.add(Entry.of(key, Summary.of(key.metric(), table.values(key))));
        }
        return new ExpectedFile(FORMAT, facts.scenario(), facts.scenarioFile(), facts.scenarioSha256(), facts.dataSha256(),
                facts.gpsimVersion(), facts.seed(), facts.replicates(), facts.years(), table.years(),
                facts.outputsSha256(), entries);
    }

    /** The metrics by key, in file order. */
    public Map<MetricKey, Summary> byKey() {
        Map<MetricKey, Summary> out = new LinkedHashMap<>();
        for (Entry e : metrics) {
            out.put(e.key(), e.summary());
        }
        return out;
    }

    /**
     * Reads and validates a file; any problem is a {@link BadInputException} naming the file.
     *
     * @param refresh the command that rewrites the file, quoted in the messages
     */
    public static ExpectedFile read(Path file, String refresh) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no expected results yet; create them with: " + refresh);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
        ExpectedFile f;
        try {
            JsonNode tree = JSON.readTree(text);
            String format = tree == null ? "" : tree.path("format").asText();
            if (tree == null || !tree.isObject() || !(FORMAT.equals(format) || FORMAT_1.equals(format))) {
                throw new BadInputException(file + ": not a gpsim expected-results file (its \"format\" is not \"" + FORMAT
                        + "\"); regenerate it with: " + refresh);
            }
            if (FORMAT_1.equals(format)) {
                migrate(tree);
                f = JSON.treeToValue(tree, ExpectedFile.class);
            } else {
                f = JSON.readValue(text, ExpectedFile.class);
            }
        } catch (JacksonException e) {
            throw new BadInputException(file + ": " + describe(e) + "; regenerate it with: " + refresh);
        }
        String problem = f.problem();
        if (problem != null) {
            throw new BadInputException(file + ": " + problem + "; regenerate it with: " + refresh);
        }
        return f;
    }

    /**
     * Turns a file of the first format into the second in place: each metric's ci_low and ci_high
     * become its sd ({@link Summary#fromInterval}); the format field stays {@link #FORMAT_1}, so that
     * the check can say the file should be refreshed. Metrics that lack a field are left as they
     * are, for {@link #problem} to name.
     */
    private static void migrate(JsonNode tree) {
        for (JsonNode m : tree.path("metrics")) {
            CheckedMetric metric = CheckedMetric.byColumn(m.path("metric").asText());
            if (!(m instanceof ObjectNode o) || metric == null || !m.path("mean").isNumber() || !m.path("ci_low").isNumber()
                    || !m.path("ci_high").isNumber() || !m.path("n").canConvertToInt()) {
                continue;
            }
            Summary s = Summary.fromInterval(metric, m.get("mean").decimalValue(), m.get("ci_low").decimalValue(),
                    m.get("ci_high").decimalValue(), m.get("n").intValue());
            o.remove("ci_low");
            o.remove("ci_high");
            o.put("sd", s.sd());
            o.set("n", o.remove("n")); // keep the order of the new format: mean, sd, n
        }
    }

    /** A Jackson error in a line: where, which field and what, without Jackson's advice. */
    private static String describe(JacksonException e) {
        String what = String.valueOf(e.getOriginalMessage());
        int cut = what.indexOf(" (");
        if (cut > 0) {
            what = what.substring(0, cut);
        }
        StringBuilder where = new StringBuilder();
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            where.append("line ").append(e.getLocation().getLineNr()).append(": ");
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                path.append(r.getFieldName() != null ? (path.length() > 0 ? "." : "") + r.getFieldName() : "[" + r.getIndex() + "]");
            }
            where.append(path).append(": ");
        }
        return where + what.replaceAll("\\s+", " ");
    }

    private String problem() {
        if (!FORMAT.equals(format) && !FORMAT_1.equals(format)) {
            return "format is '" + format + "', expected '" + FORMAT + "'";
        }
        if (scenario == null || outputsSha256 == null || metrics == null || metrics.isEmpty() || checkedYears == null) {
            return "scenario, outputs_sha256, checked_years and metrics are required";
        }
        if (replicates < 1 || replicates > 10_000 || years < 1 || years > 50 || seed < 0) {
            return "seed " + seed + ", replicates " + replicates + " or years " + years + " is out of range";
        }
        for (Entry e : metrics) {
            if (e.key() == null) {
                return "metric '" + e.metric() + "' is not one gpsim checks";
            }
            if (e.mean() == null || e.sd() == null || e.groupType() == null || e.group() == null) {
                return "metric " + e.metric() + " lacks group_type, group, mean or sd" + (FORMAT_1.equals(format)
                        ? " (in the old format: mean, ci_low or ci_high)" : "");
            }
            if (e.sd().signum() < 0 || e.n() < 1 || e.n() > 10_000) {
                return "metric " + e.metric() + " has sd " + e.sd() + " or n " + e.n() + " out of range";
            }
        }
        return null;
    }

    /**
     * Writes the file, one metric a line, through a temporary file so a failure leaves the old
     * file in place.
     */
    public void write(Path file) {
        StringBuilder sb = new StringBuilder("{\n");
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("format", FORMAT); // a file read in the old format is written in the new one
        head.put("scenario", scenario);
        head.put("scenario_file", scenarioFile);
        head.put("scenario_sha256", scenarioSha256);
        head.put("data_sha256", dataSha256);
        head.put("gpsim_version", gpsimVersion);
        head.put("seed", seed);
        head.put("replicates", replicates);
        head.put("years", years);
        head.put("checked_years", checkedYears);
        head.put("outputs_sha256", outputsSha256);
        try {
            for (Map.Entry<String, Object> e : head.entrySet()) {
                sb.append("  ").append(JSON.writeValueAsString(e.getKey())).append(": ")
                        .append(JSON.writeValueAsString(e.getValue())).append(",\n");
            }
            sb.append("  \"metrics\": [\n");
            for (int i = 0; i < metrics.size(); i++) {
                sb.append("    ").append(JSON.writeValueAsString(metrics.get(i))).append(i + 1 < metrics.size() ? ",\n" : "\n");
            }
            sb.append("  ]\n}\n");
            Path abs = file.toAbsolutePath();
            Files.createDirectories(abs.getParent());
            Path temp = abs.resolveSibling("." + abs.getFileName() + ".partial-" + ProcessHandle.current().pid());
            try {
                Files.writeString(temp, sb, StandardCharsets.UTF_8);
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
