package no.gpsim.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cases the fuzzer found, kept as regression tests. They were found on the lead's first
 * version of the input checks (before this work) by the properties of
 * {@link InputFuzzTest}; each test writes the essence of the failing file explicitly, so it does
 * not depend on the mutation pools or on the text of the generated baseline, and notes the
 * mutations that found it.
 */
class FuzzRegressionTest {

    @BeforeAll
    static void copyInputs() throws IOException {
        InputFuzzTest.copyInputs();
    }

    @AfterAll
    static void removeInputs() throws IOException {
        InputFuzzTest.removeInputs();
    }

    private static Cli.Outcome scenario(String text) throws IOException {
        Path file = InputFuzzTest.root.resolve("fuzz.yaml");
        Files.writeString(file, text);
        Cli.Outcome o = Cli.run("validate", file.toString());
        Cli.assertCleanOutcome(o, text);
        return o;
    }

    private static Cli.Outcome data(byte[] csv) throws IOException {
        Files.write(InputFuzzTest.root.resolve("data/fuzz.csv"), csv);
        Cli.Outcome o = Cli.run("validate", InputFuzzTest.root.resolve("fuzz-data.yaml").toString());
        Cli.assertCleanOutcome(o, "data/fuzz.csv");
        return o;
    }

    private static byte[] dataWithLine(int line, String text) {
        List<String> lines = new ArrayList<>(List.of(InputFuzzTest.municipalities.split("\n")));
        lines.set(line - 1, text);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String file(String name) {
        return Pattern.quote(InputFuzzTest.root.resolve(name).toString());
    }

    private static final String CHECKING = " \\(checking .*fuzz-data\\.yaml\\)\n";

    /**
     * Was exit 3, "gpsim: internal error: Nul character not allowed": a NUL in a path reached
     * Path.resolve. Found by REPLACE_VALUE(290947, 707043, 187898) on the derived scenario.
     */
    @Test
    void aNulCharacterInAPathIsBadInput() throws IOException {
        Cli.Outcome o = scenario("extends: \"\\u0000\"\nname: x\n");
        assertTrue(o.err().matches("gpsim: " + file("fuzz.yaml") + ":1:10: extends: '\\\\u0000' is not a valid path: Nul "
                + "character not allowed\n"), o.err());
        o = scenario("extends: baseline.yaml\ndemography.projectionFile: \"a\\u0000b.csv\"\n");
        assertTrue(o.err().contains(":2:28: demography.projectionFile: found the text \"a\\u0000b.csv\", expected a file path"),
                o.err());
    }

    /**
     * Was "not a readable CSV file: java.nio.charset.MalformedInputException: Input length = 1",
     * at no line. Found by INSERT_SYNTAX(241400, 327863, 357226), BAD_BYTES(411243, 515241,
     * 146030) on the municipality data; 468 of 10,000 data cases.
     */
    @Test
    void csvThatIsNotUtf8() throws IOException {
        byte[] utf8 = InputFuzzTest.municipalities.getBytes(StandardCharsets.UTF_8);
        int at = InputFuzzTest.municipalities.indexOf("\n1103,");
        utf8[at + 3] = (byte) 0xFF;
        Cli.Outcome o = data(utf8);
        int line = (int) InputFuzzTest.municipalities.substring(0, at + 1).chars().filter(c -> c == '\n').count() + 1;
        assertTrue(o.err().matches("gpsim: " + file("data/fuzz.csv") + ":" + line + ": the file is not UTF-8 text; save it as "
                + "CSV UTF-8" + CHECKING), o.err());
    }

    /**
     * Was "not a readable CSV file: org.apache.commons.csv.CSVException: (startline 310) EOF
     * reached before encapsulated token finished", at no line. Found by REPLACE_FIELD(717950,
     * 886848, 201029): a lone double quote as a field.
     */
    @Test
    void csvWithAnUnclosedQuote() throws IOException {
        String row = InputFuzzTest.municipalities.split("\n")[309];
        Cli.Outcome o = data(dataWithLine(310, row.replaceFirst(",", ",\"")));
        assertTrue(o.err().matches("gpsim: " + file("data/fuzz.csv") + ":310: not a readable CSV file: \\(startline 310\\) EOF "
                + "reached before encapsulated token finished" + CHECKING), o.err());
    }

    /** Was printed with a raw tab: "extends: basel	ine.yaml not found". Found by ODD_UNICODE(505484, 871231, 705521). */
    @Test
    void aTabInAValueIsShownAsAnEscape() throws IOException {
        Cli.Outcome o = scenario("extends: basel\tine.yaml\n");
        assertTrue(o.err().contains(":1:10: extends: basel\\tine.yaml not found"), o.err());
    }

    /**
     * Was printed with a raw paragraph separator (U+2029) inside a number, which breaks the line
     * on a terminal. Found by TRUNCATE(564655, 580937, 557856), ODD_UNICODE(805059, 499262, 353865).
     */
    @Test
    void aLineSeparatorInANumberIsShownAsAnEscape() throws IOException {
        String row = InputFuzzTest.municipalities.split("\n")[5];
        String[] fields = row.split(",");
        String population = fields[8];
        fields[8] = population.substring(0, 2) + "\u2029" + population.substring(2);
        Cli.Outcome o = data(dataWithLine(6, String.join(",", fields)));
        assertTrue(o.err().contains(":6: population '" + population.substring(0, 2) + "\\u2029" + population.substring(2)
                + "' is not a whole number"), o.err());
    }

    /**
     * Was "gpsim: /tmp/.../n: file not found": the copy was cut inside "municipalSupplementFile:
     * none", so the key named a file "n", and the message did not say which scenario line named
     * it. Found by TRUNCATE(449561, 518663, 548815) on the baseline. Now the cut is caught first,
     * and a missing file is reported at the line that names it.
     */
    @Test
    void aFileCutShortIsNotMisreadAsNamingAFile() throws IOException {
        String cutAfter = "  municipalSupplementFile: n";
        String cut = InputFuzzTest.baseline.substring(0, InputFuzzTest.baseline.indexOf(cutAfter) + cutAfter.length());
        Cli.Outcome o = scenario(cut);
        assertTrue(o.err().matches("gpsim: " + file("fuzz.yaml") + ":\\d+: the file does not end with a line break, so it may "
                + "be cut short; check its end \\(last line: '  municipalSupplementFile: n'\\) and end it with a line break\n"),
                o.err());
        Cli.Outcome missing = scenario(cut + "\n");
        assertTrue(missing.err().matches("gpsim: " + file("fuzz.yaml") + ":\\d+:\\d+: funding.municipalSupplementFile: file not "
                + "found: " + file("n") + "\n"), missing.err());
    }

    /**
     * Was "gpsim: /dev/null: municipality data file not found", naming neither the scenario nor
     * the line. Found by REPLACE_VALUE(767828, 617750, 571633), INSERT_LINE(286839, 82398, 975023),
     * RENAME_KEY(691109, 495659, 554066).
     */
    @Test
    void aDataFileThatIsNotARegularFile() throws IOException {
        Cli.Outcome o = scenario("extends: baseline.yaml\ndata.municipalities: /dev/null\n");
        assertEquals(2, o.code());
        assertTrue(o.err().matches("gpsim: " + file("fuzz.yaml") + ":2:22: data.municipalities: /dev/null is not a regular file\n"),
                o.err());
    }

    /**
     * Found by the run cases: with a high candidate-inflow elasticity, or a preference parameter far
     * from its default, the inflow factor exp(elasticity * utility difference) overflowed and a
     * one-year run of Troms did not end (it drew billions of candidates). Found by
     * [funding.basicGrant.adjustedRate: 5000, labourMarket.elasticity: 36.2080] and
     * [behaviour.incomeWeightMean: 10]. Fixed: the reference regime keeps the scenario's
     * preferences, and the factor is bounded to a fifth to five times the base inflow.
     */
    @Test
    void extremeButValidSettingsStillEndTheRun() throws IOException {
        for (String settings : List.of("funding.basicGrant.adjustedRate: 5000\nlabourMarket.elasticity: 36.208\n",
                "behaviour.incomeWeightMean: 10\n")) {
            Path file = InputFuzzTest.root.resolve("fuzz-run-case.yaml");
            Files.writeString(file, InputFuzzTest.TROMS_RUN.replace("data/fuzz.csv", "data/troms.csv") + settings);
            Path out = InputFuzzTest.root.resolve("outputs/run");
            Cli.Outcome o = Cli.run("run", file.toString(), "--years", "1", "--threads", "1", "--out", out.toString(),
                    "--force");
            Cli.assertCleanOutcome(o, settings);
        }
    }
}
