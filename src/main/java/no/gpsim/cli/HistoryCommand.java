package no.gpsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import no.gpsim.BadInputException;
import no.gpsim.data.MunicipalPanel;
import no.gpsim.output.charts.ChartFiles;
import no.gpsim.output.charts.HistoryChart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.text.StringEscapeUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gpsim history RUN_DIR}: a run of the history scenario set against the observed national
 * series: charts (PNG and SVG) of the share of residents without a GP and of lists without a GP,
 * observed against simulated with the replicates' 5-95 % band and the reform marked, and a page
 * with the table, in {@code RUN_DIR/history/}.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Sets a run of the history scenario against the observed national series.",
            "Writes history/share_without_gp.(png|svg), history/lists_vacant.(png|svg), one chart per centrality",
            "class when the run wrote groups.csv (history/share_without_gp_class_K), and history/history.html",
            "in the run directory, and prints the table. Run the history first, e.g.",
            "  gpsim run scenarios/history-2019.yaml --replicates 20 [--posterior FILE] --out DIR"})
public final class HistoryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "Directory of a gpsim run (with national.csv).")
    Path dir;

    @Option(names = "--observed", paramLabel = "FILE",
            description = "The observed national series (default: gp_national_by_year.csv beside the run's data file).")
    Path observed;

    @Option(names = "--fit-until", paramLabel = "YYYY-MM", defaultValue = "2023-06",
            description = "Observations after this month are marked as held out of the fit (default: ${DEFAULT-VALUE}).")
    String fitUntil;

    @Option(names = "--reform", paramLabel = "YYYY-MM", defaultValue = "2023-05",
            description = "Month of the reform marked on the charts (default: ${DEFAULT-VALUE}, the patient-adjusted grant).")
    String reform;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private record Row(double time, double share, double vacant) { }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path national = dir.resolve("national.csv");
        Path runJson = dir.resolve("run.json");
        if (!Files.exists(national) || !Files.exists(runJson)) {
            throw new BadInputException(dir + ": not a gpsim run directory with national.csv (run with --outputs national)");
        }
        JsonNode manifest = new ObjectMapper().readTree(runJson.toFile());
        Path obsFile = observed != null ? observed
                : Path.of(manifest.path("scenarios").path(0).path("data_file").asText()).resolveSibling("gp_national_by_year.csv");
        YearMonth until;
        YearMonth reformMonth;
        try {
            until = YearMonth.parse(fitUntil);
            reformMonth = YearMonth.parse(reform);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInputException("--fit-until and --reform take a month such as 2023-06");
        }
        Map<Integer, List<double[]>> byStep = new TreeMap<>();
        Map<Integer, Double> timeOf = new TreeMap<>();
        int replicates;
        try (Reader r = Files.newBufferedReader(national, StandardCharsets.UTF_8)) {
            java.util.Set<String> reps = new java.util.HashSet<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                int step = Integer.parseInt(row.get("step"));
                reps.add(row.get("replicate"));
                timeOf.put(step, time(LocalDate.parse(row.get("date"))));
                byStep.computeIfAbsent(step, k -> new ArrayList<>()).add(new double[] {
                    Double.parseDouble(row.get("share_without_gp")), Double.parseDouble(row.get("lists_vacant"))});
            }
            replicates = reps.size();
        }
        List<HistoryChart.Simulated> share = new ArrayList<>();
        List<HistoryChart.Simulated> vacant = new ArrayList<>();
        for (Map.Entry<Integer, List<double[]>> e : byStep.entrySet()) {
            share.add(band(timeOf.get(e.getKey()), e.getValue(), 0));
            vacant.add(band(timeOf.get(e.getKey()), e.getValue(), 1));
        }
        List<HistoryChart.Observed> obsShare = new ArrayList<>();
        List<HistoryChart.Observed> obsVacant = new ArrayList<>();
        List<String[]> table = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(obsFile, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                LocalDate date = LocalDate.parse(row.get("reference_date"));
                double t = time(date);
                if (t < share.get(0).time() - 1e-9 || t > share.get(share.size() - 1).time() + 0.1) {
                    continue;
                }
                boolean held = YearMonth.from(date).isAfter(until);
                String w = row.get("list_pop_without_gp");
                String h = row.get("list_pop_with_gp");
                Double s = w.isBlank() || h.isBlank() ? null : Double.parseDouble(w) / (Double.parseDouble(w) + Double.parseDouble(h));
                Double v = row.get("lists_without_gp").isBlank() ? null : Double.parseDouble(row.get("lists_without_gp"));
                if (s != null) {
                    obsShare.add(new HistoryChart.Observed(t, s, held));
                }
                if (v != null) {
                    obsVacant.add(new HistoryChart.Observed(t, v, held));
                }
                HistoryChart.Simulated ms = nearest(share, t);
                HistoryChart.Simulated mv = nearest(vacant, t);
                table.add(new String[] {row.get("period") + (held ? " (held out)" : ""),
                    s == null ? "" : String.format(Locale.ROOT, "%.2f", 100 * s),
                    String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", 100 * ms.mean(), 100 * ms.low(), 100 * ms.high()),
                    v == null ? "" : String.format(Locale.ROOT, "%.0f", v),
                    String.format(Locale.ROOT, "%.0f [%.0f, %.0f]", mv.mean(), mv.low(), mv.high())});
            }
        } catch (IOException e) {
            throw new BadInputException("--observed: " + obsFile + " cannot be read (" + e.getMessage() + ")");
        }
        String kind = manifest.path("posterior").isMissingNode()
                ? "band: 5-95 % of " + replicates + " replicates with fixed parameters (chance only)"
                : "band: 5-95 % of " + replicates + " replicates drawing their parameters from the posterior (posterior predictive)";
        double reformTime = reformMonth.getYear() + (reformMonth.getMonthValue() - 1) / 12.0;
        Path outDir = Files.createDirectories(dir.resolve("history"));
        byte[] p1 = ChartFiles.write(outDir, "share_without_gp", HistoryChart.of("Residents without a GP",
                kind, "% of residents on lists without a GP", share, obsShare, 100, reformTime, "reform " + reformMonth));
        byte[] p2 = ChartFiles.write(outDir, "lists_vacant", HistoryChart.of("Lists without a GP", kind, "lists",
                vacant, obsVacant, 1, reformTime, "reform " + reformMonth));
        String[] head = {"period", "% without a GP: observed", "gpsim: mean [5-95 %]", "lists without a GP: observed",
            "gpsim: mean [5-95 %]"};
        out.println("| " + String.join(" | ", head) + " |");
        out.println("|---|---|---|---|---|");
        for (String[] row : table) {
            out.println("| " + String.join(" | ", row) + " |");
        }
        List<byte[]> classCharts = byCentrality(outDir, obsFile, kind, until, reformTime,
                Path.of(manifest.path("scenarios").path(0).path("data_file").asText()));
        writeHtml(outDir.resolve("history.html"), kind, head, table, p1, p2, obsFile, classCharts);
        out.printf("%nCharts and history.html in %s%n", outDir);
        out.flush();
        return 0;
    }

    /**
     * One chart per centrality class from {@code groups.csv}, when the run wrote it: the simulated
     * share without a GP with its band, against the observed share of the class's municipalities
     * that have data that year (gp_trend_by_municipality.csv beside the observed series, weighted by
     * residents; coverage is partial before 2024, so the observed points are of a subset).
     */
    private List<byte[]> byCentrality(Path outDir, Path obsFile, String kind, YearMonth until, double reformTime,
                                      Path dataFile) throws IOException {
        Path groups = dir.resolve("groups.csv");
        Path trend = obsFile.resolveSibling(MunicipalPanel.FILE);
        List<byte[]> out = new ArrayList<>();
        if (!Files.exists(groups) || !Files.exists(trend) || !Files.exists(dataFile)) {
            return out;
        }
        Map<String, String> classOf = new java.util.HashMap<>();
        Map<String, Double> residents = new java.util.HashMap<>();
        try (Reader r = Files.newBufferedReader(dataFile, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                classOf.put(row.get("kommunenummer"), row.get("centrality"));
                residents.put(row.get("kommunenummer"), Double.parseDouble(row.get("population")));
            }
        }
        Map<String, Map<Integer, double[]>> observedByClass = new TreeMap<>();
        MunicipalPanel.sharesWithoutGp(trend).forEach((year, shares) -> shares.forEach((code, share) -> {
            String c = classOf.get(code);
            if (c != null) {
                double w = residents.get(code);
                double[] acc = observedByClass.computeIfAbsent(c, k -> new TreeMap<>())
                        .computeIfAbsent(year, k -> new double[2]);
                acc[0] += w * share;
                acc[1] += w;
            }
        }));
        Map<String, Map<Integer, List<Double>>> sim = new TreeMap<>();
        Map<Integer, Double> timeOf = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(groups, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (!row.get("group_type").equals("centrality")) {
                    continue;
                }
                int step = Integer.parseInt(row.get("step"));
                timeOf.put(step, time(LocalDate.parse(row.get("date"))));
                sim.computeIfAbsent(row.get("group"), k -> new TreeMap<>()).computeIfAbsent(step, k -> new ArrayList<>())
                        .add(Double.parseDouble(row.get("share_without_gp")));
            }
        }
        for (Map.Entry<String, Map<Integer, List<Double>>> e : sim.entrySet()) {
            List<HistoryChart.Simulated> band = new ArrayList<>();
            for (Map.Entry<Integer, List<Double>> m : e.getValue().entrySet()) {
                List<double[]> rows = new ArrayList<>();
                m.getValue().forEach(v -> rows.add(new double[] {v}));
                band.add(band(timeOf.get(m.getKey()), rows, 0));
            }
            List<HistoryChart.Observed> obs = new ArrayList<>();
            double first = band.get(0).time() - 1e-9;
            double last = band.get(band.size() - 1).time() + 0.1;
            observedByClass.getOrDefault(e.getKey(), Map.of()).forEach((year, acc) -> {
                double t = year + 1.0;
                if (acc[1] > 0 && t >= first && t <= last) {
                    obs.add(new HistoryChart.Observed(t, acc[0] / acc[1], YearMonth.of(year, 12).isAfter(until)));
                }
            });
            out.add(ChartFiles.write(outDir, "share_without_gp_class_" + e.getKey(), HistoryChart.of(
                    "Residents without a GP, centrality class " + e.getKey(), kind + "; observed: municipalities "
                            + "with data that year", "% of residents on lists without a GP", band, obs, 100, reformTime,
                    "reform " + reform)));
        }
        return out;
    }

    private static double time(LocalDate d) {
        return d.getYear() + (d.getDayOfYear()) / (double) d.lengthOfYear();
    }

    private static HistoryChart.Simulated band(double time, List<double[]> rows, int k) {
        double[] xs = rows.stream().mapToDouble(r -> r[k]).toArray();
        double mean = java.util.Arrays.stream(xs).average().orElse(Double.NaN);
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        return new HistoryChart.Simulated(time, mean, p.evaluate(xs, 5), p.evaluate(xs, 95));
    }

    private static HistoryChart.Simulated nearest(List<HistoryChart.Simulated> xs, double t) {
        HistoryChart.Simulated best = xs.get(0);
        for (HistoryChart.Simulated s : xs) {
            if (Math.abs(s.time() - t) < Math.abs(best.time() - t)) {
                best = s;
            }
        }
        return best;
    }

    private void writeHtml(Path file, String kind, String[] head, List<String[]> table, byte[] p1, byte[] p2, Path obs,
                           List<byte[]> classCharts) throws IOException {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>gpsim history</title><style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;"
                + "color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
                + "th:first-child,td:first-child{text-align:left}img{max-width:100%}</style></head><body>\n");
        h.append("<h1>History: observed against simulated</h1>\n<p>Run ").append(esc(dir.toAbsolutePath().toString()))
                .append("; observed: ").append(esc(obs.toString())).append(". ").append(esc(kind))
                .append(". Observations after ").append(esc(fitUntil)).append(" are held out of the calibration's fit; "
                        + "the dashed line marks ").append(esc(reform)).append(".</p>\n<table><tr>");
        for (String c : head) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr>\n");
        for (String[] row : table) {
            h.append("<tr>");
            for (String c : row) {
                h.append("<td>").append(esc(c)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<img alt=\"residents without a GP, observed and simulated\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(p1)).append("\">\n<img alt=\"lists without a GP, observed and "
                        + "simulated\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(p2))
                .append("\">\n");
        if (!classCharts.isEmpty()) {
            h.append("<h2>By centrality class</h2>\n<p>Observed: the municipalities of the class with data that year "
                    + "(SSB 12005; about a third of them before 2020, two thirds 2020-2023, all from 2024), weighted by "
                    + "residents.</p>\n");
            for (byte[] png : classCharts) {
                h.append("<img alt=\"residents without a GP by centrality class, observed and simulated\" "
                        + "src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\">\n");
            }
        }
        h.append("</body></html>\n");
        Files.writeString(file, h, StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }
}
