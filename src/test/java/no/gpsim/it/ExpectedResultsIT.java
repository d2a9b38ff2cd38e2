package no.gpsim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.gpsim.cli.GpsimCli;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own regression gate: {@code gpsim check} on every committed expected file in
 * scenarios/expected/, in exact mode, so that {@code mvn -B verify} fails when a change moves a
 * baseline. The failure message is the check's report: the metrics that moved, with expected,
 * actual and the Holm-adjusted p-value (shifts beyond noise marked *), and the command that
 * refreshes the file when the move was intended.
 */
class ExpectedResultsIT {

    static final Path EXPECTED = Path.of("scenarios", "expected");

    @TempDir
    Path dir;

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GpsimCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(code), out + err.toString()};
    }

    @TestFactory
    Stream<DynamicTest> everyCommittedBaselineStillHolds() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(EXPECTED)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.contains(EXPECTED.resolve("baseline.json")) && files.contains(EXPECTED.resolve("baseline-troms.json")),
                "the committed expected files: " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest("gpsim check " + file, () -> {
            String scenarioFile = new ObjectMapper().readTree(file.toFile()).get("scenario_file").asText();
            Path scenario = EXPECTED.resolve(scenarioFile).normalize();
            Path out = dir.resolve(file.getFileName().toString().replace(".json", ""));
            String[] r = run("check", scenario.toString(), "--out", out.toString());
            assertEquals(String.valueOf(GpsimCli.OK), r[0], "\ngpsim check " + scenario + " no longer reproduces " + file
                    + ". The check said:\n\n" + r[1]);
        }));
    }

    /**
     * The acceptance check (a policy scenario checked against a baseline's file fails and
     * names what moved), on the one-county baseline to keep the build short; the national one,
     * {@code gpsim check district-package.yaml --expected scenarios/expected/baseline.json}, behaves
     * the same (docs/REGRESSION.md).
     */
    @Test
    void aPolicyScenarioAgainstTheBaselineFailsAndNamesTheShift() throws IOException {
        Path scenario = dir.resolve("district-package.yaml");
        Files.writeString(scenario, "extends: " + Path.of("scenarios/baseline-troms.yaml").toAbsolutePath()
                + "\nname: district-package\nonCall.districtPackage.enabled: true\n");
        String expected = EXPECTED.resolve("baseline-troms.json").toString();
        String[] r = run("check", scenario.toString(), "--expected", expected, "--out", dir.resolve("district").toString());
        assertEquals(String.valueOf(GpsimCli.CHECK_FAILED), r[0], r[1]);
        assertTrue(r[1].matches("(?s).*\nmean_oncall_hours +(national|class \\d) +\\d{4} .* \\*\n.*"),
                "on-call hours named as a shift beyond noise:\n" + r[1]);
        assertTrue(r[1].contains("check " + scenario + " --update"), r[1]);
    }
}
