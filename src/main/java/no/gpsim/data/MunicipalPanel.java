package no.gpsim.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The observed share of patients on lists without a GP by municipality and year
 * ({@code gp_trend_by_municipality.csv}, SSB table 12005): what the history's class charts show and
 * what the calibration fits as its municipal panel. Coverage is partial before 2024, so a row with
 * no share is skipped, not an error.
 */
public final class MunicipalPanel {

    /** The file's name beside the national series. */
    public static final String FILE = "gp_trend_by_municipality.csv";

    private static final String SHARE = "share_patients_on_lists_without_gp_pct";
    private static final long MAX_FILE_BYTES = 50_000_000;

    private MunicipalPanel() {
    }

    /**
     * Year, then kommunenummer, to the share (a fraction, 0 to 1) of the rows that have one; read
     * strictly ({@link CsvFile}: a malformed row or number is a {@link DataException} naming the line).
     */
    public static Map<Integer, Map<String, Double>> sharesWithoutGp(Path file) {
        CsvFile csv = CsvFile.read(file, "municipal panel file", List.of("kommunenummer", "year", SHARE), MAX_FILE_BYTES);
        Map<Integer, Map<String, Double>> out = new TreeMap<>();
        for (CsvFile.Row row : csv.rows()) {
            if (row.get(SHARE).isBlank()) {
                continue;
            }
            int year = (int) csv.whole(row, "year", 1900, 2200);
            out.computeIfAbsent(year, y -> new TreeMap<>()).put(csv.code(row), csv.decimal(row, SHARE, 0, 100) / 100);
        }
        return out;
    }
}
