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
                + "\"sd\":1.581,\"n\":5}"), text);
        assertTrue(text.startsWith("{\n  \"format\": \"gpsim-expected/2\",\n"), text);
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
        for (String text : new String[] {"{", "{\"format\":\"gpsim-expected/0\"}", "{\"format\":\"gpsim-expected/2\",\"extra\":1}",
            "{\"format\":\"gpsim-expected/1\",\"extra\":1}", Files.readString(write()).replace("\"sd\"", "\"ci_low\""),
            Files.readString(write()).replace("\"gps\"", "\"gpz\"")}) {
            Files.writeString(file, text);
            BadInputException e = assertThrows(BadInputException.class, () -> ExpectedFile.read(file, REFRESH));
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().endsWith(REFRESH), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void anOldFormatFileIsReadWithItsSdRecoveredAndAWarning() throws Exception {
        // format 1 stored the 95 % interval 14 -/+ t(0.975, 4) * 1.581 / sqrt(5) = 12.037 .. 15.963 instead of the sd
        String v2 = Files.readString(write());
        String v1 = v2.replace("gpsim-expected/2", "gpsim-expected/1").replaceAll("\"sd\":([0-9.]+),", "\"ci_low\":X,\"ci_high\":Y,")
                .replace("\"mean\":14,\"ci_low\":X,\"ci_high\":Y,", "\"mean\":14,\"ci_low\":12.037,\"ci_high\":15.963,")
                .replace("X", "0").replace("Y", "0");
        Path file = dir.resolve("old.json");
        Files.writeString(file, v1);
        ExpectedFile old = ExpectedFile.read(file, REFRESH);
        assertEquals(ExpectedFile.FORMAT_1, old.format());
        Summary gps = old.byKey().get(ComparisonTest.GPS_2026);
        assertEquals(new java.math.BigDecimal("1.581"), gps.sd());
        assertEquals(new java.math.BigDecimal("14"), gps.mean());
        Comparison.Result r = Comparison.compare(old, ComparisonTest.facts("h0"), ComparisonTest.run(0, 2), Mode.EXACT, 0.01);
        assertTrue(r.passed(), "the means still match exactly: " + r.failures());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("the expected file has the old format gpsim-expected/1")
                && w.contains("refresh the file with --update")), r.warnings().toString());
        Path rewritten = dir.resolve("new.json");
        old.write(rewritten);
        assertTrue(Files.readString(rewritten).contains("\"format\": \"gpsim-expected/2\""), "written in the new format");
    }

    private Path write() {
        Path file = dir.resolve("good.json");
        ComparisonTest.EXPECTED.write(file);
        return file;
    }
}
