package no.gpsim.output.profile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import no.gpsim.BadInputException;
import no.gpsim.output.RunOutputs;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the raw per-replicate {@code municipalities.csv} (or {@code .csv.gz}) of a run
 * directory: one row per scenario, replicate, year end and municipality, year 2025 being the
 * data. Only the rows of the wanted municipalities are handed on, and nothing is kept, so a file
 * of many replicates is read in constant memory.
 */
final class RawMunicipalities {

    /** The columns a profile reads, besides the scenario, replicate, year and code. */
    static final List<String> COLUMNS = List.of("population", "gps", "lists", "lists_vacant", "patients_without_gp",
            "mean_list_length", "mean_oncall_hours", "recruits", "mean_months_to_fill", "municipal_cost_nok");

    /** One year-end row of one municipality in one replicate of one scenario. */
    record Row(String scenario, int replicate, int year, String code, double population, double gps, double lists,
               double listsVacant, double patientsWithoutGp, double meanListLength, double meanOncallHours,
               double recruits, double monthsToFill, double municipalCost) { }

    private RawMunicipalities() {
    }

    /**
     * The raw file of a run directory, plain or compressed.
     *
     * @throws BadInputException when the run did not write it (it was left out of {@code --outputs})
     */
    static Path find(Path runDir) {
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = runDir.resolve(RunOutputs.Kind.MUNICIPALITIES.file(gzip));
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new BadInputException(runDir + ": no municipalities.csv or municipalities.csv.gz; profiles need the "
                + "per-replicate municipality rows, so rerun with municipalities in --outputs (the default writes it)");
    }

    /** Reads the file and hands every row whose kommunenummer is {@code wanted} to {@code sink}, in file order. */
    static void read(Path file, Predicate<String> wanted, Consumer<Row> sink) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (String column : header()) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new BadInputException(file + ": no column '" + column + "'; not a gpsim municipalities file");
                }
            }
            for (CSVRecord r : parser) {
                String code = r.get("kommunenummer");
                if (!wanted.test(code)) {
                    continue;
                }
                sink.accept(new Row(uncell(r.get("scenario")), Integer.parseInt(r.get("replicate")),
                        Integer.parseInt(r.get("year")), code, number(r, "population"), number(r, "gps"),
                        number(r, "lists"), number(r, "lists_vacant"), number(r, "patients_without_gp"),
                        number(r, "mean_list_length"), number(r, "mean_oncall_hours"), number(r, "recruits"),
                        number(r, "mean_months_to_fill"), number(r, "municipal_cost_nok")));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(file + ": not a readable gpsim municipalities file: "
                    + BadInputException.oneLine(e.getMessage()));
        }
    }

    private static List<String> header() {
        List<String> all = new java.util.ArrayList<>(List.of("scenario", "replicate", "year", "kommunenummer"));
        all.addAll(COLUMNS);
        return all;
    }

    private static double number(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    /** Undoes the spreadsheet guard of the CSV writer: a leading apostrophe before = + - @. */
    static String uncell(String s) {
        if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0) {
            return s.substring(1);
        }
        return s;
    }
}
