package no.gpsim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Municipality files: missing columns, duplicate or malformed codes, negative or non-numeric
 * counts and broken CSV are reported with their line numbers, in one line.
 */
class CsvInputTest {

    static List<String> lines;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws IOException {
        lines = Files.readAllLines(Path.of("scenarios/data/municipalities.csv"));
    }

    private Path write(List<String> content) throws IOException {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, String.join("\n", content) + "\n");
        return file;
    }

    private String error(Path file) {
        String m = assertThrows(DataException.class, () -> new MunicipalityReader().read(file)).getMessage();
        return m.substring(file.toString().length());
    }

    /** The data with one field of one row (1-based line, as an editor shows it) replaced. */
    private Path withField(int line, String column, String value) throws IOException {
        List<String> copy = new ArrayList<>(lines);
        List<String> header = List.of(copy.get(0).split(","));
        String[] fields = copy.get(line - 1).split(",", -1);
        fields[header.indexOf(column)] = value;
        copy.set(line - 1, String.join(",", fields));
        return write(copy);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5|kommunenummer|301|:5: kommunenummer '301' is not four digits",
        "5|kommunenummer|03O1|:5: kommunenummer '03O1' is not four digits",
        "5|kommunenummer|١٢٣٤|:5: kommunenummer '١٢٣٤' is not four digits",
        "7|county_code|3|:7: county_code '3' is not two digits",
        "9|centrality|7|:9: centrality 7 is out of range 1 to 6",
        "9|centrality|two|:9: centrality 'two' is not a whole number",
        "9|pop_80plus|-3|:9: pop_80plus -3 is out of range 0 to 100000000",
        "9|pop_80plus|12.5|:9: pop_80plus '12.5' is not a whole number",
        "9|pop_80plus|1 234|:9: pop_80plus '1 234' is not a whole number",
        "9|pop_80plus|٣|:9: pop_80plus '٣' is not a whole number",
        "9|pop_80plus|99999999999999999999|:9: pop_80plus 99999999999999999999 is out of range 0 to 100000000",
        "9|lists_with_gp|NaN|:9: lists_with_gp 'NaN' is not a whole number",
        "9|gp_data|ja|:9: gp_data 'ja' must be yes or no",
        "9|name|''|:9: name is empty",
        "9|female_gps|1000|:9: female_gps (1000) exceeds lists_with_gp (",
    })
    void badFieldsAreReportedWithTheirLine(int line, String column, String value, String expected) throws IOException {
        String message = error(withField(line, column, value));
        assertEquals(expected, message.substring(0, Math.min(message.length(), expected.length())), message);
    }

    @Test
    void theAgeGroupsMustAddUp() throws IOException {
        String message = error(withField(4, "pop_0_17", "0"));
        assertEquals(":4: the age groups add up to ", message.substring(0, 29));
    }

    @Test
    void implausibleListLengthsAreRefused() throws IOException {
        assertEquals(":2: 0.0 patients per list on average (1 patients on 61100 lists), outside 20 to 5000; check the list "
                + "and patient counts", error(withFields(2, "lists_with_gp", "61100", "patients_on_lists_with_gp", "1")));
    }

    private Path withFields(int line, String c1, String v1, String c2, String v2) throws IOException {
        withField(line, c1, v1);
        List<String> copy = Files.readAllLines(dir.resolve("m.csv"));
        List<String> header = List.of(copy.get(0).split(","));
        String[] fields = copy.get(line - 1).split(",", -1);
        fields[header.indexOf(c2)] = v2;
        copy.set(line - 1, String.join(",", fields));
        return write(copy);
    }

    @Test
    void duplicateCodesNameBothLines() throws IOException {
        List<String> copy = new ArrayList<>(lines);
        copy.add(copy.get(3));
        assertEquals(":" + copy.size() + ": kommunenummer " + lines.get(3).substring(0, 4) + " appears twice (first at line 4)",
                error(write(copy)));
    }

    @Test
    void missingColumnsAreNamed() throws IOException {
        List<String> copy = new ArrayList<>(lines);
        copy.set(0, copy.get(0).replace("pop_67_79", "pop_67_80"));
        assertEquals(":1: missing column 'pop_67_79'; the file needs " + String.join(",", MunicipalityReader.REQUIRED_COLUMNS),
                error(write(copy)));
    }

    @Test
    void semicolonFilesGetAHint() throws IOException {
        List<String> copy = new ArrayList<>();
        for (String l : lines.subList(0, 3)) {
            copy.add(l.replace(',', ';'));
        }
        String message = error(write(copy));
        assertEquals(true, message.endsWith("(the header has no commas: the file seems to use ';' between columns; save it "
                + "with commas)"), message);
    }

    @Test
    void brokenCsvIsReportedWithItsLine() throws IOException {
        List<String> copy = new ArrayList<>(lines);
        copy.set(9, copy.get(9).replaceFirst(",", ",\""));
        assertEquals(":10: not a readable CSV file: (startline 10) EOF reached before encapsulated token finished",
                error(write(copy)));
        copy = new ArrayList<>(lines);
        copy.set(6, copy.get(6) + ",extra");
        assertEquals(":7: the row has 21 fields, the header 20", error(write(copy)));
        copy = new ArrayList<>(lines);
        copy.set(0, copy.get(0) + ",name");
        assertEquals(":1: the header names the column 'name' twice", error(write(copy)));
    }

    @Test
    void excelHabitsAreFine() throws IOException {
        Path file = dir.resolve("excel.csv");
        String text = "\uFEFF" + String.join("\r\n", lines.subList(0, 6)) + "\r\n\r\n";
        Files.writeString(file, text);
        assertEquals(5, new MunicipalityReader().read(file).size(), "a byte-order mark, CRLF and a blank last line");
    }

    @Test
    void textThatIsNotUtf8IsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (String.join("\n", lines.subList(0, 40)) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        int firstNonAscii = 0;
        for (int i = 0; i < 40 && firstNonAscii == 0; i++) {
            if (!lines.get(i).chars().allMatch(c -> c < 128)) {
                firstNonAscii = i + 1;
            }
        }
        assertEquals(":" + firstNonAscii + ": the file is not UTF-8 text; save it as CSV UTF-8", error(file));
    }

    @Test
    void aFileCutShortIsRefused() throws IOException {
        Path file = dir.resolve("cut.csv");
        String text = String.join("\n", lines.subList(0, 11));
        Files.writeString(file, text.substring(0, text.length() - 2));
        assertEquals(":11: the file does not end with a line break, so it may be cut short; check its last line and end it "
                + "with a line break", error(file));
    }

    @Test
    void emptyAndMissingFiles() throws IOException {
        assertEquals(": the file is empty; it needs a header line of column names", error(write(List.of(""))));
        assertEquals(":1: the file has no municipalities", error(write(lines.subList(0, 1))));
        Path missing = dir.resolve("missing.csv");
        assertEquals(missing + ": municipality data file not found",
                assertThrows(DataException.class, () -> new MunicipalityReader().read(missing)).getMessage());
        assertEquals(dir + ": is a directory, not a municipality data file",
                assertThrows(DataException.class, () -> new MunicipalityReader().read(dir)).getMessage());
    }

    @Test
    void aFileWithoutAnyGpFiguresCannotBeImputed() throws IOException {
        List<String> copy = new ArrayList<>();
        copy.add(lines.get(0));
        for (String l : lines.subList(1, 6)) {
            copy.add(l.replace(",yes,", ",no,"));
        }
        assertEquals(": no municipality has GP figures (gp_data yes, with GPs and patients), so the missing figures cannot be "
                + "imputed", error(write(copy)));
    }
}
