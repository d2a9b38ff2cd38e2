package no.gpsim.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and validates the municipality data file. Every row is checked (code format and
 * uniqueness, centrality range, non-negative counts, age groups adding up to the population,
 * consistent list figures) and the first problem is reported with its line number.
 */
public final class MunicipalityReader {

    /** Columns the model needs; others are allowed and ignored. */
    public static final List<String> REQUIRED_COLUMNS = List.of("kommunenummer", "name", "county_code", "county",
            "centrality", "centrality_index", "ba_region_code", "ba_region_name", "population", "pop_0_17", "pop_18_66",
            "pop_67_79", "pop_80plus", "gp_data", "lists_with_gp", "lists_without_gp", "patients_on_lists_with_gp",
            "patients_on_lists_without_gp", "list_capacity_sum", "female_gps");

    private static final long MAX_FILE_BYTES = 50_000_000;

    /** A municipality as read, before imputation: the GP figures are null when gp_data is "no". */
    public record Row(long line, String code, String name, String countyCode, String county, int centrality,
                      int centralityIndex, String baRegionCode, String baRegionName, long population, long[] byAge,
                      GpFigures gp) { }

    /** The 2025 list figures of one municipality. */
    public record GpFigures(int listsWithGp, int listsWithoutGp, long patientsWithGp, long patientsWithoutGp,
                            long capacity, int femaleGps) { }

    public List<Row> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new DataException(file, 0, "the file is larger than " + MAX_FILE_BYTES + " bytes");
            }
        } catch (NoSuchFileException e) {
            throw new DataException(file, 0, "municipality data file not found");
        } catch (IOException e) {
            throw new DataException(file, 0, "cannot read the file: " + e.getMessage());
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            for (String column : REQUIRED_COLUMNS) {
                if (!header.contains(column)) {
                    throw new DataException(file, 1, "missing column '" + column + "'; the file needs "
                            + String.join(",", REQUIRED_COLUMNS));
                }
            }
            List<Row> rows = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                Row row = row(file, line, record);
                if (!codes.add(row.code())) {
                    throw new DataException(file, line, "kommunenummer " + row.code() + " appears twice");
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw new DataException(file, 1, "the file has no municipalities");
            }
            return rows;
        } catch (DataException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0];
            throw new DataException(file, 0, "not a readable CSV file: " + message);
        }
    }

    private static Row row(Path file, long line, CSVRecord r) {
        if (!r.isConsistent()) {
            throw new DataException(file, line, "the row has " + r.size() + " fields, the header " + r.getParser().getHeaderNames().size());
        }
        String code = r.get("kommunenummer");
        if (!code.matches("\\d{4}")) {
            throw new DataException(file, line, "kommunenummer '" + printable(code) + "' is not four digits");
        }
        String name = r.get("name");
        if (name.isBlank()) {
            throw new DataException(file, line, "name is empty");
        }
        int centrality = (int) count(file, line, r, "centrality", 1, 6);
        int index = (int) count(file, line, r, "centrality_index", 0, 1000);
        String ba = r.get("ba_region_code");
        if (ba.isBlank()) {
            throw new DataException(file, line, "ba_region_code is empty");
        }
        long population = count(file, line, r, "population", 0, 100_000_000);
        long[] byAge = {
            count(file, line, r, "pop_0_17", 0, 100_000_000),
            count(file, line, r, "pop_18_66", 0, 100_000_000),
            count(file, line, r, "pop_67_79", 0, 100_000_000),
            count(file, line, r, "pop_80plus", 0, 100_000_000),
        };
        if (byAge[0] + byAge[1] + byAge[2] + byAge[3] != population) {
            throw new DataException(file, line, "the age groups add up to " + (byAge[0] + byAge[1] + byAge[2] + byAge[3])
                    + ", not the population " + population);
        }
        if (population == 0) {
            throw new DataException(file, line, "population is 0");
        }
        String gpData = r.get("gp_data");
        GpFigures gp = null;
        if (gpData.equals("yes")) {
            int with = (int) count(file, line, r, "lists_with_gp", 0, 1_000_000);
            int without = (int) count(file, line, r, "lists_without_gp", 0, 1_000_000);
            long pWith = count(file, line, r, "patients_on_lists_with_gp", 0, 100_000_000);
            long pWithout = count(file, line, r, "patients_on_lists_without_gp", 0, 100_000_000);
            long capacity = count(file, line, r, "list_capacity_sum", 0, 1_000_000_000);
            int female = (int) count(file, line, r, "female_gps", 0, 1_000_000);
            if (with + without == 0) {
                throw new DataException(file, line, "gp_data is yes but the municipality has no lists");
            }
            if (pWith > 0 && with == 0) {
                throw new DataException(file, line, "patients_on_lists_with_gp is " + pWith + " but lists_with_gp is 0");
            }
            if (pWithout > 0 && without == 0) {
                throw new DataException(file, line, "patients_on_lists_without_gp is " + pWithout + " but lists_without_gp is 0");
            }
            if (female > with) {
                throw new DataException(file, line, "female_gps (" + female + ") exceeds lists_with_gp (" + with + ")");
            }
            if ((pWith + pWithout) / (double) (with + without) > 5_000) {
                throw new DataException(file, line, "more than 5,000 patients per list; check the list and patient counts");
            }
            gp = new GpFigures(with, without, pWith, pWithout, capacity, female);
        } else if (!gpData.equals("no")) {
            throw new DataException(file, line, "gp_data '" + printable(gpData) + "' must be yes or no");
        }
        return new Row(line, code, name, r.get("county_code"), r.get("county"), centrality, index, ba,
                r.get("ba_region_name"), population, byAge, gp);
    }

    private static long count(Path file, long line, CSVRecord r, String column, long min, long max) {
        String text = r.get(column);
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new DataException(file, line, column + " '" + printable(text) + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new DataException(file, line, column + " " + value + " is out of range " + min + " to " + max);
        }
        return value;
    }

    private static String printable(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 30 ? clean : clean.substring(0, 27) + "...";
    }
}
