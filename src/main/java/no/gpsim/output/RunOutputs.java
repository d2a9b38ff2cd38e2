package no.gpsim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.data.MunicipalityData;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import no.gpsim.observe.MunicipalityYear;
import no.gpsim.observe.SizeClass;
import no.gpsim.scenario.Scenario;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV outputs of one or more scenarios: {@code national.csv} (one row per replicate
 * and month), {@code groups.csv} (the same per centrality and size class) and
 * {@code municipalities.csv} (one row per replicate, year-end and municipality). Every row names
 * the scenario, replicate and seed.
 */
public final class RunOutputs {

    public static final String NATIONAL = "national.csv";
    public static final String GROUPS = "groups.csv";
    public static final String MUNICIPALITIES = "municipalities.csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** One scenario's results with the municipalities it ran on. */
    public record ScenarioResults(Scenario scenario, List<MunicipalityData> municipalities,
                                  List<ReplicateResult> replicates) { }

    private RunOutputs() {
    }

    public static void write(Path dir, List<ScenarioResults> results) throws IOException {
        writeMonths(dir.resolve(NATIONAL), results, true);
        writeMonths(dir.resolve(GROUPS), results, false);
        writeMunicipalities(dir.resolve(MUNICIPALITIES), results);
    }

    /** The observation date of a step: the last day of the month simulated (step 0: 2025-12-31). */
    public static String date(int step) {
        return Scenario.START.plusMonths(step - 1L).atEndOfMonth().toString();
    }

    private static List<String> metricColumns() {
        List<String> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            out.add(m.column());
        }
        return out;
    }

    private static void addValues(List<String> row, double[] values) {
        for (Metric m : Metric.values()) {
            row.add(Cells.value(m.kind(), values[m.ordinal()]));
        }
    }

    /**
     * Writes the monthly group values: {@code national.csv} keeps only the national rows and leaves
     * out the group columns, {@code groups.csv} has every group.
     */
    private static void writeMonths(Path file, List<ScenarioResults> results, boolean nationalOnly) throws IOException {
        List<String> header = new ArrayList<>(List.of("scenario", "replicate", "seed", "step", "date"));
        if (!nationalOnly) {
            header.addAll(List.of("group_type", "group"));
        }
        header.addAll(metricColumns());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, FORMAT)) {
            out.printRecord(header);
            for (ScenarioResults s : results) {
                for (ReplicateResult r : s.replicates()) {
                    for (GroupMonth g : r.months()) {
                        if (nationalOnly && !g.groupType().equals("national")) {
                            continue;
                        }
                        List<String> row = new ArrayList<>(List.of(Cells.text(s.scenario().name()),
                                Integer.toString(r.replicate()), Long.toString(r.seed()), Integer.toString(g.step()),
                                date(g.step())));
                        if (!nationalOnly) {
                            row.add(g.groupType());
                            row.add(Cells.text(g.group()));
                        }
                        addValues(row, g.values());
                        out.printRecord(row);
                    }
                }
            }
        }
    }

    private static void writeMunicipalities(Path file, List<ScenarioResults> results) throws IOException {
        List<String> header = new ArrayList<>(List.of("scenario", "replicate", "seed", "year", "kommunenummer", "name",
                "county", "centrality", "size_class", "imputed"));
        header.addAll(metricColumns());
        header.add("exits");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, FORMAT)) {
            out.printRecord(header);
            for (ScenarioResults s : results) {
                for (ReplicateResult r : s.replicates()) {
                    for (MunicipalityYear y : r.years()) {
                        MunicipalityData m = s.municipalities().get(y.municipality());
                        List<String> row = new ArrayList<>(List.of(Cells.text(s.scenario().name()),
                                Integer.toString(r.replicate()), Long.toString(r.seed()), Integer.toString(y.year()),
                                m.code(), Cells.text(m.name()), Cells.text(m.county()), Integer.toString(m.centrality()),
                                SizeClass.of(m.residents()).label(), m.imputed() ? "1" : "0"));
                        addValues(row, y.values());
                        row.add(Cells.value(Metric.Kind.COUNT, y.get(Metric.EXITS_RETIREMENT) + y.get(Metric.EXITS_OTHER)));
                        out.printRecord(row);
                    }
                }
            }
        }
    }

    /** The calendar year of a step's observation. */
    public static int year(int step) {
        YearMonth m = Scenario.START.plusMonths(step - 1L);
        return m.getYear();
    }
}
