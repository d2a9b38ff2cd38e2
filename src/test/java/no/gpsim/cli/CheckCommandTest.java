package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.TestScenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * gpsim check end to end through the command line, black-box, on Troms over 3 years (20 replicates
 * take well under a second): an expected file made by --update passes; another seed fails exact
 * mode and passes statistical mode (Welch's t-test with Holm's correction); a lever moved by 20 %
 * fails both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckCommandTest {

    @TempDir
    static Path dir;

    Path reference;
    Path expected;
    int outs;

    /** What a command printed and returned. */
    record Result(int code, String out, String err) {
        String all() {
            return "exit " + code + "\n" + out + err;
        }
    }

    Result gpsim(String... args) {
        CliRun r = CliRun.of(args);
        return new Result(r.exit, r.out, r.err);
    }

    /** gpsim check with a fresh --out directory (returned as the last element of the args it used). */
    Result check(String... args) {
        List<String> a = new ArrayList<>(List.of("check"));
        a.addAll(List.of(args));
        a.addAll(List.of("--out", dir.resolve("out-" + ++outs).toString(), "--threads", "2"));
        return gpsim(a.toArray(String[]::new));
    }

    Path lastOut() {
        return dir.resolve("out-" + outs);
    }

    @BeforeAll
    void referenceFile() {
        reference = TestScenarios.troms(dir, "ref", "years: 3");
        expected = dir.resolve("expected/ref.json");
        Result r = check(reference.toString(), "--update", "--replicates", "20");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Wrote " + expected + " (new)"), r.out());
    }

    /** A scenario that extends the reference with one more line. */
    Path derived(String name, String yaml) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "extends: " + reference + "\nname: " + name + "\n" + yaml + "\n");
        return file;
    }

    @Test
    void theCommittedRunPassesAndLeavesItsOutputs() throws Exception {
        Result r = check(reference.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("PASS: 150 metrics match to the last printed digit and the outputs hash matches"), r.out());
        assertFalse(r.out().contains("--update"), "no refresh advice when nothing failed: " + r.out());
        for (String f : List.of("national.csv", "groups.csv", "municipalities.csv", "run.json", "check.json")) {
            assertTrue(Files.size(lastOut().resolve(f)) > 0, f);
        }
        JsonNode json = new ObjectMapper().readTree(lastOut().resolve("check.json").toFile());
        assertTrue(json.get("passed").asBoolean());
        assertEquals(150, json.get("metrics_checked").asInt());
        assertEquals(0, json.get("failures").size());
        assertEquals("exact", json.get("mode").asText());
        assertEquals(20, json.get("replicates").asInt());
    }

    @Test
    void anUpdateWithoutChangesMovesNothingAndKeepsTheBytes() throws Exception {
        byte[] before = Files.readAllBytes(expected);
        Result r = check(reference.toString(), "--update");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("0 of 150 metrics moved, 0 of them shifts beyond the old file's noise"), r.out());
        assertArrayEquals(before, Files.readAllBytes(expected));
    }

    @Test
    void anUpdateAfterAChangePrintsWhatMoved() throws Exception {
        Path moving = derived("moving", "");
        assertEquals(0, check(moving.toString(), "--update", "--replicates", "20").code());
        Files.writeString(moving, Files.readString(moving) + "funding.basicGrant.adjustedRate: 1010.16\n");
        Result r = check(moving.toString(), "--update");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().matches("(?s).*Updated \\S+moving.json: \\d+ of 150 metrics moved, \\d+ of them shifts beyond the old file's noise .*"),
                r.out());
        assertTrue(r.out().contains("metric             group    year             old             new    change  Holm p"),
                r.out());
        assertTrue(r.out().matches("(?s).*\nstate_cost_nok +national 2026 .* \\*\n.*"), r.out());
        assertTrue(r.out().contains("note: the scenario file (or a file it extends) changed"), r.out());
        assertEquals(0, check(moving.toString()).code(), "the refreshed file passes");
    }

    @Test
    void anotherSeedFailsExactModeAndPassesStatisticalMode() throws Exception {
        Result exact = check(reference.toString(), "--seed", "777");
        assertEquals(GpsimCli.CHECK_FAILED, exact.code(), exact.all());
        assertTrue(exact.out().contains("FAIL: ") && exact.out().contains("metrics differ from the expected values"), exact.out());
        assertTrue(exact.out().contains("metric             group    year        expected          actual    change  Holm p"),
                exact.out());
        assertTrue(exact.out().contains("Of the ") && exact.out().contains(" are shifts beyond noise"), exact.out());
        assertTrue(exact.out().contains("If the change was intended, refresh the expected file with:\n  ")
                && exact.out().contains("check " + reference + " --update"), exact.out());
        assertTrue(exact.out().contains("warning: seed 777 instead of the recorded 20260101"), exact.out());
        JsonNode json = new ObjectMapper().readTree(lastOut().resolve("check.json").toFile());
        assertFalse(json.get("passed").asBoolean());
        assertTrue(json.get("refresh_command").asText().endsWith("check " + reference + " --update"));

        Result statistical = check(reference.toString(), "--seed", "777", "--tolerance", "statistical");
        assertEquals(0, statistical.code(), statistical.all());
        assertTrue(statistical.out().contains("PASS: none of 150 metrics shifted beyond noise (Welch's t-test of each mean, "
                + "Holm-corrected, family-wise alpha 0.01)"), statistical.out());
    }

    @Test
    void aLeverMovedByTwentyPercentFailsBothModes() throws Exception {
        Path grant = derived("grant-up-20", "funding.basicGrant.adjustedRate: 1010.16");
        for (String mode : List.of("exact", "statistical")) {
            Result r = check(grant.toString(), "--expected", expected.toString(), "--tolerance", mode);
            assertEquals(GpsimCli.CHECK_FAILED, r.code(), r.all());
            assertTrue(r.out().matches("(?s).*\nstate_cost_nok +national 2026 .* \\*\n.*"), "state cost beyond noise: " + r.out());
            assertTrue(r.out().contains("warning: the expected file was written for scenario 'ref', this run is 'grant-up-20'"),
                    r.out());
            assertTrue(r.out().contains("The expected file belongs to scenario 'ref'; to record grant-up-20's own expected "
                    + "results instead:\n  ") && r.out().contains("check " + grant + " --update\n"), r.out());
        }
    }

    @Test
    void aPolicyScenarioAgainstTheBaselineNamesWhatMoved() throws Exception {
        Path district = derived("district", "onCall.districtPackage.enabled: true");
        Result r = check(district.toString(), "--expected", expected.toString(), "--tolerance", "statistical");
        assertEquals(GpsimCli.CHECK_FAILED, r.code(), r.all());
        assertTrue(r.out().contains("\nmean_oncall_hours  "), r.out());
        JsonNode failures = new ObjectMapper().readTree(lastOut().resolve("check.json").toFile()).get("failures");
        assertTrue(failures.size() > 0);
        for (JsonNode f : failures) {
            assertFalse(f.get("pass").asBoolean());
            assertTrue(f.has("expected_mean") && f.has("expected_sd") && f.has("actual_mean") && f.has("actual_sd")
                    && f.has("p_value") && f.has("p_holm") && f.get("beyond_noise").asBoolean(), f.toString());
            assertTrue(f.get("p_holm").asDouble() <= 0.01 && f.get("p_value").asDouble() <= f.get("p_holm").asDouble(), f.toString());
        }
    }

    @Test
    void aRunWithAnotherStartIsCheckedAtItsOwnYears() throws Exception {
        Path early = TestScenarios.troms(dir, "early", "years: 2\nstart: 2020-01");
        Result r = check(early.toString(), "--update", "--replicates", "2");
        assertEquals(0, r.code(), r.all());
        JsonNode file = new ObjectMapper().readTree(dir.resolve("expected/early.json").toFile());
        assertEquals("[2020,2021]", file.get("checked_years").toString());
        Result again = check(early.toString());
        assertEquals(0, again.code(), again.all());
        assertTrue(again.out().contains("PASS"), again.out());
        // the committed reference starts in 2026: its years are missing from a 2020 run, which fails and says so
        Result other = check(derived("early-vs-ref", "start: 2020-01").toString(), "--expected", expected.toString());
        assertEquals(GpsimCli.CHECK_FAILED, other.code(), other.all());
    }

    @Test
    void aMissingExpectedFileIsBadInputThatSaysHowToCreateIt() throws Exception {
        Path other = TestScenarios.troms(dir, "other", "years: 2");
        Result r = check(other.toString());
        assertEquals(GpsimCli.BAD_INPUT, r.code(), r.all());
        assertEquals("gpsim: " + dir.resolve("expected/other.json") + ": no expected results yet; create them with: "
                + (Files.isExecutable(Path.of("gpsim")) ? "./gpsim" : "gpsim") + " check " + other + " --update\n", r.err());
        assertFalse(Files.exists(lastOut()), "no output directory for bad input");
    }

    @Test
    void anUpdateReplacesABrokenFile() throws Exception {
        Path broken = TestScenarios.troms(dir, "broken", "years: 1");
        Files.createDirectories(dir.resolve("expected"));
        Files.writeString(dir.resolve("expected/broken.json"), "{ not json");
        Result failed = check(broken.toString());
        assertEquals(GpsimCli.BAD_INPUT, failed.code(), failed.all());
        assertTrue(failed.err().contains("broken.json: line 1: ") && failed.err().contains("regenerate it with: "), failed.err());
        Result r = check(broken.toString(), "--update", "--replicates", "2");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("note: replacing an unreadable expected file: "), r.out());
        assertEquals(0, check(broken.toString()).code());
    }

    @Test
    void badOptionsAreBadInput() throws Exception {
        String s = reference.toString();
        for (String[] args : new String[][] {
            {s, "--tolerance", "loose"}, {s, "--alpha", "0"}, {s, "--alpha", "0.6"}, {s, "--widen", "4"},
            {s, "--replicates", "5"}, {s, "--years", "2"},
            {s, "--update", "--replicates", "1", "--expected", dir.resolve("new.json").toString()}}) {
            Result r = check(args);
            assertEquals(GpsimCli.BAD_INPUT, r.code(), String.join(" ", args) + "\n" + r.all());
            assertTrue(r.err().startsWith("gpsim: ") && r.err().strip().lines().count() == 1, r.err());
        }
        Path other = derived("other-scenario", "");
        Result r = check(other.toString(), "--expected", expected.toString(), "--update");
        assertEquals(GpsimCli.BAD_INPUT, r.code(), r.all());
        assertTrue(r.err().contains("holds the expected results of scenario 'ref', not 'other-scenario'"), r.err());
    }
}
