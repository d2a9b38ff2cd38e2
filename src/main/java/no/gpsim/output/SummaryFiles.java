package no.gpsim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.data.MunicipalityData;
import no.gpsim.experiment.Estimate;
import no.gpsim.experiment.Summaries;
import no.gpsim.observe.Metric;
import no.gpsim.observe.SizeClass;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the statistics of a run: {@code summary.csv} (mean and 95 % interval per scenario,
 * group, year and outcome, long format), {@code differences.csv} (paired difference of each
 * scenario from the first, same columns plus {@code base} and {@code base_mean}) and
 * {@code municipalities_summary.csv} (end-year means per municipality and scenario, wide format,
 * with the paired differences in patients and share without a GP).
 *
 * <p>Groups are {@code national/all}, {@code centrality/1..6} and {@code size/<label>}. Year 2025
 * is the initial state; stocks are year-end values, flows are sums over the year (no flows for
 * 2025). With one replicate {@code ci_low} and {@code ci_high} are empty.
 */
public final class SummaryFiles {

    public static final String SUMMARY = "summary.csv";
    public static final String DIFFERENCES = "differences.csv";
    public static final String MUNICIPALITIES_SUMMARY = "municipalities_summary.csv";

    static final List<String> STAT_HEADER = List.of("scenario", "group_type", "group", "year", "metric", "mean",
            "ci_low", "ci_high", "n");
    static final List<String> MUNICIPALITY_ID_HEADER = List.of("scenario", "kommunenummer", "name", "county",
            "centrality", "centrality_index", "size_class", "imputed", "year", "n");
    static final List<String> MUNICIPALITY_DIFF_HEADER = List.of("diff_patients_without_gp",
            "diff_patients_without_gp_ci_low", "diff_patients_without_gp_ci_high", "diff_share_without_gp",
            "diff_share_without_gp_ci_low", "diff_share_without_gp_ci_high");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private SummaryFiles() {
    }

    /** Writes summary.csv and municipalities_summary.csv for a single scenario (no differences). */
    public static void writeSingle(Path dir, Summaries summaries) throws IOException {
        writeSummary(dir.resolve(SUMMARY), summaries.summary());
        writeMunicipalities(dir.resolve(MUNICIPALITIES_SUMMARY), summaries.municipalities());
    }

    /** Writes all three files into {@code dir}. */
    public static void write(Path dir, Summaries summaries) throws IOException {
        writeSummary(dir.resolve(SUMMARY), summaries.summary());
        writeDifferences(dir.resolve(DIFFERENCES), summaries.differences());
        writeMunicipalities(dir.resolve(MUNICIPALITIES_SUMMARY), summaries.municipalities());
    }

    /**
     * A statistic: more decimals than the raw outputs so that differences of a few hundredths of
     * a percentage point survive; NaN (no interval) is an empty cell.
     */
    public static String number(Metric.Kind kind, double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return switch (kind) {
            case COUNT -> Cells.fixed(v, 3);
            case SHARE -> Cells.fixed(v, 7);
            case DECIMAL -> Cells.fixed(v, 4);
            case NOK -> Cells.fixed(v, 0);
        };
    }

    private static List<String> statCells(Summaries.Row row) {
        Metric.Kind kind = row.metric().kind();
        Estimate e = row.estimate();
        return new ArrayList<>(List.of(Cells.text(row.scenario()), row.group().type(), Cells.text(row.group().label()),
                Integer.toString(row.year()), row.metric().column(), number(kind, e.mean()), number(kind, e.low()),
                number(kind, e.high()), Integer.toString(e.n())));
    }

    private static void writeSummary(Path file, List<Summaries.Row> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, FORMAT)) {
            out.printRecord(STAT_HEADER);
            for (Summaries.Row row : rows) {
                out.printRecord(statCells(row));
            }
        }
    }

    private static void writeDifferences(Path file, List<Summaries.DiffRow> rows) throws IOException {
        List<String> header = new ArrayList<>(STAT_HEADER);
        header.add("base");
        header.add("base_mean");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, FORMAT)) {
            out.printRecord(header);
            for (Summaries.DiffRow row : rows) {
                List<String> cells = statCells(row.difference());
                cells.add(Cells.text(row.base()));
                cells.add(number(row.difference().metric().kind(), row.baseMean()));
                out.printRecord(cells);
            }
        }
    }

    private static void writeMunicipalities(Path file, List<Summaries.MunicipalityRow> rows) throws IOException {
        List<String> header = new ArrayList<>(MUNICIPALITY_ID_HEADER);
        for (Metric m : Metric.values()) {
            header.add(m.column());
        }
        header.addAll(MUNICIPALITY_DIFF_HEADER);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, FORMAT)) {
            out.printRecord(header);
            for (Summaries.MunicipalityRow row : rows) {
                MunicipalityData m = row.municipality();
                List<String> cells = new ArrayList<>(List.of(Cells.text(row.scenario()), m.code(), Cells.text(m.name()),
                        Cells.text(m.county()), Integer.toString(m.centrality()), Integer.toString(m.centralityIndex()),
                        SizeClass.of(m.residents()).label(), m.imputed() ? "1" : "0", Integer.toString(row.year()),
                        Integer.toString(row.n())));
                for (Metric metric : Metric.values()) {
                    cells.add(number(metric.kind(), row.means()[metric.ordinal()]));
                }
                addEstimate(cells, Metric.Kind.COUNT, row.patientsDiff());
                addEstimate(cells, Metric.Kind.SHARE, row.shareDiff());
                out.printRecord(cells);
            }
        }
    }

    private static void addEstimate(List<String> cells, Metric.Kind kind, Estimate e) {
        cells.add(number(kind, e.mean()));
        cells.add(number(kind, e.low()));
        cells.add(number(kind, e.high()));
    }
}
