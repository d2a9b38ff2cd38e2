package no.gpsim.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.BadInputException;

/**
 * Reads and validates the municipality data file. Every row is checked (code format and
 * uniqueness, county code, centrality range, non-negative whole counts, age groups adding up to
 * the population, consistent list figures) and the first problem is reported with its line
 * number. The file format itself (UTF-8, header, columns, a final line break) is checked by
 * {@link CsvFile}.
 */
public final class MunicipalityReader {

    /** Columns the model needs; others are allowed and ignored. */
    public static final List<String> REQUIRED_COLUMNS = List.of("kommunenummer", "name", "county_code", "county",
            "centrality", "centrality_index", "ba_region_code", "ba_region_name", "population", "pop_0_17", "pop_18_66",
            "pop_67_79", "pop_80plus", "gp_data", "lists_with_gp", "lists_without_gp", "patients_on_lists_with_gp",
            "patients_on_lists_without_gp", "list_capacity_sum", "female_gps");

    private static final long MAX_FILE_BYTES = 50_000_000;
    /**
     * Plausible average list lengths of a municipality; outside them the counts are mixed up. The
     * 2025 data range from 170 to about 1,500 patients per list.
     */
    private static final int MIN_PER_LIST = 20;
    private static final int MAX_PER_LIST = 5_000;

    /** A municipality as read, before imputation: the GP figures are null when gp_data is "no". */
    public record Row(long line, String code, String name, String countyCode, String county, int centrality,
                      int centralityIndex, String baRegionCode, String baRegionName, long population, long[] byAge,
                      GpFigures gp) { }

    /** The 2025 list figures of one municipality. */
    public record GpFigures(int listsWithGp, int listsWithoutGp, long patientsWithGp, long patientsWithoutGp,
                            long capacity, int femaleGps) { }

    public List<Row> read(Path file) {
        CsvFile csv = CsvFile.read(file, "municipality data file", REQUIRED_COLUMNS, MAX_FILE_BYTES);
        List<Row> rows = new ArrayList<>();
        Map<String, Long> codes = new HashMap<>();
        boolean anyGpData = false;
        for (CsvFile.Row record : csv.rows()) {
            Row row = row(csv, record);
            Long first = codes.putIfAbsent(row.code(), row.line());
            if (first != null) {
                throw new DataException(file, row.line(), "kommunenummer " + row.code() + " appears twice (first at line "
                        + first + ")");
            }
            anyGpData |= row.gp() != null && row.gp().listsWithGp() > 0 && row.gp().patientsWithGp() > 0;
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new DataException(file, 1, "the file has no municipalities");
        }
        if (!anyGpData) {
            throw new DataException(file, 0, "no municipality has GP figures (gp_data yes, with GPs and patients), so the "
                    + "missing figures cannot be imputed");
        }
        return rows;
    }

    private static Row row(CsvFile csv, CsvFile.Row r) {
        Path file = csv.file();
        long line = r.line();
        String code = csv.code(r);
        String name = r.get("name");
        if (name.isBlank()) {
            throw new DataException(file, line, "name is empty");
        }
        String countyCode = r.get("county_code");
        if (!countyCode.matches("[0-9]{2}")) {
            throw new DataException(file, line, "county_code '" + printable(countyCode) + "' is not two digits");
        }
        int centrality = (int) csv.whole(r, "centrality", 1, 6);
        int index = (int) csv.whole(r, "centrality_index", 0, 1000);
        String ba = r.get("ba_region_code");
        if (ba.isBlank()) {
            throw new DataException(file, line, "ba_region_code is empty");
        }
        long population = csv.whole(r, "population", 0, 100_000_000);
        long[] byAge = {
            csv.whole(r, "pop_0_17", 0, 100_000_000),
            csv.whole(r, "pop_18_66", 0, 100_000_000),
            csv.whole(r, "pop_67_79", 0, 100_000_000),
            csv.whole(r, "pop_80plus", 0, 100_000_000),
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
            int with = (int) csv.whole(r, "lists_with_gp", 0, 1_000_000);
            int without = (int) csv.whole(r, "lists_without_gp", 0, 1_000_000);
            long pWith = csv.whole(r, "patients_on_lists_with_gp", 0, 100_000_000);
            long pWithout = csv.whole(r, "patients_on_lists_without_gp", 0, 100_000_000);
            long capacity = csv.whole(r, "list_capacity_sum", 0, 1_000_000_000);
            int female = (int) csv.whole(r, "female_gps", 0, 1_000_000);
            if (with + without == 0) {
                throw new DataException(file, line, "gp_data is yes but the municipality has no lists");
            }
            if (pWith + pWithout == 0) {
                throw new DataException(file, line, "gp_data is yes but no patients are on the lists; the model's population "
                        + "of a municipality is the patients on its lists");
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
            double perList = (pWith + pWithout) / (double) (with + without);
            if (perList > MAX_PER_LIST || perList < MIN_PER_LIST) {
                throw new DataException(file, line, String.format(java.util.Locale.ROOT, "%.1f patients per list on average "
                        + "(%d patients on %d lists), outside %d to %d; check the list and patient counts", perList,
                        pWith + pWithout, with + without, MIN_PER_LIST, MAX_PER_LIST));
            }
            gp = new GpFigures(with, without, pWith, pWithout, capacity, female);
        } else if (!gpData.equals("no")) {
            throw new DataException(file, line, "gp_data '" + printable(gpData) + "' must be yes or no");
        }
        return new Row(line, code, name, countyCode, r.get("county"), centrality, index, ba,
                r.get("ba_region_name"), population, byAge, gp);
    }

    private static String printable(String s) {
        return BadInputException.quote(s, 30);
    }
}
