package no.gpsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import no.gpsim.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expected file round-trips to the printed digit, and a broken one is a one-line error with the fix. */
class ExpectedFileTest {

    @TempDir
    Path dir;

    static final String REFRESH = "gpsim check s.yaml --update";

    @Test
    void roundTripKeepsEveryDigitAndOrder() throws Exception {
        ExpectedFile f = ComparisonTest.EXPECTED;
        Path file = dir.resolve("expected/s.json");
        f.write(file);
        ExpectedFile back = ExpectedFile.read(file, REFRESH);
        assertEquals(f.byKey(), back.byKey());
        assertEquals(f, back);
        String text = Files.readString(file);
        assertTrue(text.contains("{\"metric\":\"gps\",\"group_type\":\"national\",\"group\":\"all\",\"year\":2026,\"mean\":14,"
                + "\"ci_low\":12.037,\"ci_high\":15.963,\"n\":5}"), text);
        assertTrue(text.contains("\"mean\":0.000000"), "shares keep their six decimals: " + text);
        byte[] once = Files.readAllBytes(file);
        back.write(file);
        assertEquals(new String(once), Files.readString(file), "the same contents give the same bytes");
    }

    @Test
    void missingFileTellsHowToCreateIt() {
        BadInputException e = assertThrows(BadInputException.class, () -> ExpectedFile.read(dir.resolve("none.json"), REFRESH));
        assertTrue(e.getMessage().contains("none.json: no expected results yet; create them with: " + REFRESH), e.getMessage());
    }

    @Test
    void brokenFilesNameTheFileAndTheFix() throws Exception {
        Path file = dir.resolve("x.json");
        for (String text : new String[] {"{", "{\"format\":\"gpsim-expected/0\"}", "{\"format\":\"gpsim-expected/1\",\"extra\":1}",
            Files.readString(write()).replace("\"gps\"", "\"gpz\"")}) {
            Files.writeString(file, text);
            BadInputException e = assertThrows(BadInputException.class, () -> ExpectedFile.read(file, REFRESH));
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().endsWith(REFRESH), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }

    private Path write() {
        Path file = dir.resolve("good.json");
        ComparisonTest.EXPECTED.write(file);
        return file;
    }
}
