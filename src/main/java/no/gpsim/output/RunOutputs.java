package no.gpsim.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import no.gpsim.BadInputException;
import no.gpsim.data.MunicipalityData;
import no.gpsim.experiment.Comparison;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import no.gpsim.observe.MunicipalityYear;
import no.gpsim.observe.SizeClass;
import no.gpsim.scenario.Scenario;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the per-replicate CSV outputs of one or more scenarios as the replicates finish:
 * {@code national.csv} (one row per replicate and month), {@code groups.csv} (the same per
 * centrality and size class) and {@code municipalities.csv} (one row per replicate, year-end and
 * municipality). Every row names the scenario, replicate and seed.
 *
 * <p>Rows are written as each replicate is {@linkplain #accept handed over} and then forgotten, so
 * memory does not grow with the replicates. A file holds the first scenario's replicates, then the
 * second's, and so on; since replicates arrive replicate-major, every scenario but the first is
 * written to a hidden part file beside it and appended by {@link #finish()}. Which files are
 * written is chosen by {@link Kind}; with {@code gzip} they are {@code .csv.gz}, whose bytes are
 * reproducible (the gzip header carries no time stamp or file name).
 */
public final class RunOutputs implements Comparison.Sink, Closeable {

    public static final String NATIONAL = "national.csv";
    public static final String GROUPS = "groups.csv";
    public static final String MUNICIPALITIES = "municipalities.csv";

    /** The per-replicate files, named on the command line by {@link #option()}. */
    public enum Kind {
        NATIONAL("national"), GROUPS("groups"), MUNICIPALITIES("municipalities");

        private final String option;

        Kind(String option) {
            this.option = option;
        }

        /** The name in {@code --outputs} and the file's stem. */
        public String option() {
            return option;
        }

        /** The file name: {@code national.csv}, or {@code national.csv.gz} with {@code gzip}. */
        public String file(boolean gzip) {
            return option + (gzip ? ".csv.gz" : ".csv");
        }

        /**
         * Parses a comma-separated {@code --outputs} value such as {@code national,groups}.
         *
         * @throws BadInputException naming the option and the word that is not a file
         */
        public static Set<Kind> parse(String list) {
            Set<Kind> out = EnumSet.noneOf(Kind.class);
            for (String word : list.split(",", -1)) {
                Kind kind = null;
                for (Kind k : values()) {
                    if (k.option.equals(word.strip().toLowerCase(Locale.ROOT))) {
                        kind = k;
                    }
                }
                if (kind == null) {
                    throw new BadInputException("--outputs: '" + word.strip() + "' is not one of national, groups, "
                            + "municipalities (give one or more, separated by commas)");
                }
                out.add(kind);
            }
            return out;
        }
    }

    /** One scenario as the files name it, with the municipalities it runs on. */
    public record Source(String name, List<MunicipalityData> municipalities, YearMonth start) { }

    /** One scenario's results held in memory, with the municipalities it ran on. */
    public record ScenarioResults(Scenario scenario, List<MunicipalityData> municipalities,
                                  List<ReplicateResult> replicates) { }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final int BUFFER = 1 << 16;

    /** One output file: the file itself (the first scenario's rows) and a part file per other scenario. */
    private static final class Output {
        final Kind kind;
        final Path file;
        final OutputStream stream;
        final CSVPrinter main;
        final List<Path> parts = new ArrayList<>();
        final List<CSVPrinter> partPrinters = new ArrayList<>();

        Output(Kind kind, Path file, OutputStream stream) throws IOException {
            this.kind = kind;
            this.file = file;
            this.stream = stream;
            this.main = new CSVPrinter(writer(stream), FORMAT);
        }

        CSVPrinter printer(int scenario) {
            return scenario == 0 ? main : partPrinters.get(scenario - 1);
        }
    }

    private final List<Source> scenarios;
    private final List<Output> outputs = new ArrayList<>();
    private final boolean gzip;
    private boolean finished;

    private RunOutputs(List<Source> scenarios, boolean gzip) {
        this.scenarios = List.copyOf(scenarios);
        this.gzip = gzip;
    }

    /**
     * Creates the chosen files in {@code dir} and writes their headers.
     *
     * @param scenarios the scenarios in file order; {@link #accept}'s scenario index refers to it
     */
    public static RunOutputs open(Path dir, List<Source> scenarios, Set<Kind> kinds, boolean gzip) throws IOException {
        RunOutputs out = new RunOutputs(scenarios, gzip);
        try {
            for (Kind kind : EnumSet.copyOf(kinds)) {
                Path file = dir.resolve(kind.file(gzip));
                OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
                if (gzip) {
                    stream = new GZIPOutputStream(stream, BUFFER);
                }
                Output o = new Output(kind, file, stream);
                out.outputs.add(o);
                o.main.printRecord(header(kind));
                for (int i = 1; i < scenarios.size(); i++) {
                    Path part = dir.resolve("." + kind.option() + ".part-" + i + ".csv");
                    o.parts.add(part);
                    o.partPrinters.add(new CSVPrinter(writer(new BufferedOutputStream(Files.newOutputStream(part),
                            BUFFER)), FORMAT));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }

    private static Writer writer(OutputStream stream) {
        return new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /** Writes all three files, uncompressed, from results held in memory (tests and small runs). */
    public static void write(Path dir, List<ScenarioResults> results) throws IOException {
        List<Source> sources = new ArrayList<>();
        results.forEach(s -> sources.add(new Source(s.scenario().name(), s.municipalities(), s.scenario().start())));
        try (RunOutputs out = open(dir, sources, EnumSet.allOf(Kind.class), false)) {
            for (int i = 0; i < results.size(); i++) {
                for (ReplicateResult r : results.get(i).replicates()) {
                    out.accept(i, r);
                }
            }
            out.finish();
        }
    }

    /** Writes one replicate's rows; each scenario's replicates must come in replicate order. */
    @Override
    public void accept(int scenario, ReplicateResult result) throws IOException {
        if (finished) {
            throw new IllegalStateException("the outputs are finished");
        }
        Source source = scenarios.get(scenario);
        for (Output o : outputs) {
            CSVPrinter printer = o.printer(scenario);
            switch (o.kind) {
                case NATIONAL -> writeMonths(printer, source, result, true);
                case GROUPS -> writeMonths(printer, source, result, false);
                case MUNICIPALITIES -> writeMunicipalities(printer, source, result);
            }
        }
    }

    /**
     * Appends the part files to their files, closes everything and deletes the parts.
     *
     * @return the names of the files written, in {@link Kind} order
     */
    public List<String> finish() throws IOException {
        finished = true;
        List<String> names = new ArrayList<>();
        for (Output o : outputs) {
            for (CSVPrinter p : o.partPrinters) {
                p.close();
            }
            o.main.flush();
            for (Path part : o.parts) {
                Files.copy(part, o.stream);
                Files.delete(part);
            }
            o.main.close();
            names.add(o.file.getFileName().toString());
        }
        return names;
    }

    /** Closes the files without appending the parts (after a failure; the run directory is then abandoned). */
    @Override
    public void close() throws IOException {
        finished = true;
        IOException first = null;
        for (Output o : outputs) {
            List<CSVPrinter> all = new ArrayList<>(o.partPrinters);
            all.add(o.main);
            for (CSVPrinter p : all) {
                try {
                    p.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The file names of the chosen kinds, in {@link Kind} order. */
    public static List<String> names(Set<Kind> kinds, boolean gzip) {
        List<String> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (kinds.contains(k)) {
                out.add(k.file(gzip));
            }
        }
        return out;
    }

    /**
     * The observation date of a step of a run starting in {@code start}: the last day of the month
     * simulated (step 0: the day before the start, e.g. 2025-12-31).
     */
    public static String date(YearMonth start, int step) {
        return start.plusMonths(step - 1L).atEndOfMonth().toString();
    }

    private static List<String> header(Kind kind) {
        List<String> header = new ArrayList<>(List.of("scenario", "replicate", "seed"));
        if (kind == Kind.MUNICIPALITIES) {
            header.addAll(List.of("year", "kommunenummer", "name", "county", "centrality", "size_class", "imputed"));
        } else {
            header.addAll(List.of("step", "date"));
            if (kind == Kind.GROUPS) {
                header.addAll(List.of("group_type", "group"));
            }
        }
        for (Metric m : Metric.values()) {
            header.add(m.column());
        }
        if (kind == Kind.MUNICIPALITIES) {
            header.add("exits");
        }
        return header;
    }

    private static void addValues(List<String> row, double[] values) {
        for (Metric m : Metric.values()) {
            row.add(Cells.value(m.kind(), values[m.ordinal()]));
        }
    }

    /**
     * Writes one replicate's monthly group values: {@code national.csv} keeps only the national
     * rows and leaves out the group columns, {@code groups.csv} has every group.
     */
    private static void writeMonths(CSVPrinter out, Source s, ReplicateResult r, boolean nationalOnly)
            throws IOException {
        for (GroupMonth g : r.months()) {
            if (nationalOnly && !g.groupType().equals("national")) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(Cells.text(s.name()), Integer.toString(r.replicate()),
                    Long.toString(r.seed()), Integer.toString(g.step()), date(s.start(), g.step())));
            if (!nationalOnly) {
                row.add(g.groupType());
                row.add(Cells.text(g.group()));
            }
            addValues(row, g.values());
            out.printRecord(row);
        }
    }

    private static void writeMunicipalities(CSVPrinter out, Source s, ReplicateResult r) throws IOException {
        for (MunicipalityYear y : r.years()) {
            MunicipalityData m = s.municipalities().get(y.municipality());
            List<String> row = new ArrayList<>(List.of(Cells.text(s.name()), Integer.toString(r.replicate()),
                    Long.toString(r.seed()), Integer.toString(y.year()), m.code(), Cells.text(m.name()),
                    Cells.text(m.county()), Integer.toString(m.centrality()), SizeClass.of(m.residents()).label(),
                    m.imputed() ? "1" : "0"));
            addValues(row, y.values());
            row.add(Cells.value(Metric.Kind.COUNT, y.get(Metric.EXITS_RETIREMENT) + y.get(Metric.EXITS_OTHER)));
            out.printRecord(row);
        }
    }

    /** The calendar year of a step's observation in a run starting in {@code start}. */
    public static int year(YearMonth start, int step) {
        return start.plusMonths(step - 1L).getYear();
    }
}
