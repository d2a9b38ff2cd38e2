package no.gpsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.gpsim.BadInputException;
import no.gpsim.experiment.Estimate;
import no.gpsim.observe.Metric;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The statistics of a finished run read back from its directory: {@code run.json},
 * {@code summary.csv}, {@code differences.csv} (absent for a single-scenario run) and
 * {@code municipalities_summary.csv}. Charts and the report are drawn from this alone, so
 * {@code gpsim charts DIR} redraws them exactly as the run did.
 */
public final class RunResults {

    /** Where a statistic sits: scenario, group, year and outcome. */
    public record Cell(String scenario, String groupType, String group, int year, Metric metric) { }

    /** One municipality's end-year means in one scenario, with paired differences from the base. */
    public record Municipality(String scenario, String code, String name, String county, int centrality,
                               int centralityIndex, String sizeClass, boolean imputed, int year, int n,
                               Map<Metric, Double> means, Estimate patientsDiff, Estimate shareDiff) { }

    private final Path dir;
    private final JsonNode manifest;
    private final List<String> scenarios;
    private final Map<Cell, Estimate> summary;
    private final Map<Cell, Estimate> differences;
    private final List<Municipality> municipalities;
    private final List<Integer> years;
    private final Map<String, List<String>> groups;

    private RunResults(Path dir, JsonNode manifest, List<String> scenarios, Map<Cell, Estimate> summary,
                       Map<Cell, Estimate> differences, List<Municipality> municipalities, List<Integer> years,
                       Map<String, List<String>> groups) {
        this.dir = dir;
        this.manifest = manifest;
        this.scenarios = List.copyOf(scenarios);
        this.summary = summary;
        this.differences = differences;
        this.municipalities = List.copyOf(municipalities);
        this.years = List.copyOf(years);
        this.groups = groups;
    }

    /** Reads a run directory; a missing or malformed file is a {@link BadInputException} naming it. */
    public static RunResults read(Path dir) {
        Path runJson = dir.resolve("run.json");
        if (!Files.isRegularFile(runJson)) {
            throw new BadInputException(dir + ": not a gpsim run directory (no run.json)");
        }
        JsonNode manifest;
        try {
            manifest = new ObjectMapper().readTree(runJson.toFile());
        } catch (IOException e) {
            throw new BadInputException(runJson + ": not readable JSON: " + oneLine(e.getMessage()));
        }
        Path summaryFile = dir.resolve(SummaryFiles.SUMMARY);
        if (!Files.isRegularFile(summaryFile)) {
            throw new BadInputException(dir + ": no " + SummaryFiles.SUMMARY
                    + "; it is written by gpsim compare, and by gpsim run with --replicates 2 or more");
        }
        Map<Cell, Estimate> summary = new HashMap<>();
        Set<String> fromCsv = new LinkedHashSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, List<String>> groups = new HashMap<>();
        readStats(summaryFile, summary, fromCsv, years, groups);
        Map<Cell, Estimate> differences = new HashMap<>();
        Path diffFile = dir.resolve(SummaryFiles.DIFFERENCES);
        if (Files.isRegularFile(diffFile)) {
            readStats(diffFile, differences, new LinkedHashSet<>(), new TreeSet<>(), new HashMap<>());
        }
        List<String> scenarios = new ArrayList<>();
        for (JsonNode s : manifest.path("scenarios")) {
            scenarios.add(s.path("name").asText());
        }
        if (!new LinkedHashSet<>(scenarios).equals(fromCsv)) {
            scenarios = new ArrayList<>(fromCsv);
        }
        Path muniFile = dir.resolve(SummaryFiles.MUNICIPALITIES_SUMMARY);
        List<Municipality> municipalities = Files.isRegularFile(muniFile) ? readMunicipalities(muniFile) : List.of();
        return new RunResults(dir, manifest, scenarios, summary, differences, municipalities, new ArrayList<>(years),
                groups);
    }

    private static CSVParser open(Path file) throws IOException {
        Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVParser.builder().setReader(in)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get();
    }

    private static void readStats(Path file, Map<Cell, Estimate> into, Set<String> scenarios, TreeSet<Integer> years,
                                  Map<String, List<String>> groups) {
        try (CSVParser parser = open(file)) {
            for (CSVRecord r : parser) {
                Metric metric = Metric.byColumn(r.get("metric"));
                if (metric == null) {
                    continue;
                }
                String scenario = uncell(r.get("scenario"));
                String type = r.get("group_type");
                String group = uncell(r.get("group"));
                int year = Integer.parseInt(r.get("year"));
                into.put(new Cell(scenario, type, group, year, metric), new Estimate(number(r.get("mean")),
                        number(r.get("ci_low")), number(r.get("ci_high")), Integer.parseInt(r.get("n"))));
                scenarios.add(scenario);
                years.add(year);
                List<String> labels = groups.computeIfAbsent(type, k -> new ArrayList<>());
                if (!labels.contains(group)) {
                    labels.add(group);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(file + ": not a readable gpsim statistics file: "
                    + oneLine(e.getMessage()));
        }
    }

    private static List<Municipality> readMunicipalities(Path file) {
        List<Municipality> out = new ArrayList<>();
        try (CSVParser parser = open(file)) {
            for (CSVRecord r : parser) {
                Map<Metric, Double> means = new HashMap<>();
                for (Metric m : Metric.values()) {
                    if (r.isMapped(m.column())) {
                        means.put(m, number(r.get(m.column())));
                    }
                }
                out.add(new Municipality(uncell(r.get("scenario")), r.get("kommunenummer"),
                        uncell(r.get("name")), uncell(r.get("county")),
                        Integer.parseInt(r.get("centrality")), Integer.parseInt(r.get("centrality_index")),
                        uncell(r.get("size_class")), r.get("imputed").equals("1"),
                        Integer.parseInt(r.get("year")), Integer.parseInt(r.get("n")), means,
                        estimate(r, "diff_patients_without_gp"), estimate(r, "diff_share_without_gp")));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(file + ": not a readable gpsim municipality summary: "
                    + oneLine(e.getMessage()));
        }
        return out;
    }

    private static Estimate estimate(CSVRecord r, String column) {
        int n = Integer.parseInt(r.get("n"));
        return new Estimate(number(r.get(column)), number(r.get(column + "_ci_low")), number(r.get(column + "_ci_high")), n);
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    public Path dir() {
        return dir;
    }

    /** The parsed run.json. */
    public JsonNode manifest() {
        return manifest;
    }

    /** Scenario names in run order; the first is the base. */
    public List<String> scenarios() {
        return scenarios;
    }

    public String base() {
        return scenarios.get(0);
    }

    /** Years with statistics, the initial year (2025) first. */
    public List<Integer> years() {
        return years;
    }

    public int lastYear() {
        return years.get(years.size() - 1);
    }

    /** Group labels of a group type ("centrality", "size") in file order. */
    public List<String> groups(String type) {
        return groups.getOrDefault(type, List.of());
    }

    /** The mean and interval, or null when the file has none (flows in the initial year). */
    public Estimate summary(String scenario, String type, String group, int year, Metric metric) {
        return summary.get(new Cell(scenario, type, group, year, metric));
    }

    public Estimate national(String scenario, int year, Metric metric) {
        return summary(scenario, "national", "all", year, metric);
    }

    /** The paired difference from the base, or null (for the base itself, or when there is none). */
    public Estimate difference(String scenario, String type, String group, int year, Metric metric) {
        return differences.get(new Cell(scenario, type, group, year, metric));
    }

    public List<Municipality> municipalities() {
        return municipalities;
    }

    /** Replicates per scenario. */
    public int replicates() {
        return manifest.path("replicates").asInt();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").trim();
    }

    /** Undoes the spreadsheet guard of {@link Cells#text}: a leading apostrophe before = + - @. */
    private static String uncell(String s) {
        if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0) {
            return s.substring(1);
        }
        return s;
    }
}
