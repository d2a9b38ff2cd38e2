package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.gpsim.sweep.Factor;
import no.gpsim.sweep.ParameterRanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gpsim sensitivity} on the model: Morris and Sobol files, charts and report; a key the
 * scenario does not use has no effect at all; the shipped [calib] ranges are valid; bad input.
 */
class SensitivityCommandTest {

    @TempDir
    Path dir;

    @Test
    void morrisRanksKeysAndGivesAnUnusedKeyNoEffect() throws IOException {
        Path scenario = CliRun.countyScenario(dir, "baseline", "troms", "");
        Path out = dir.resolve("morris");
        CliRun r = CliRun.of("sensitivity", scenario.toString(), "--method", "morris", "--trajectories", "4",
                "--vary", "exit.baseAnnualHazard=0.03:0.1", "--vary", "labourMarket.candidatesPerYear=500:1200",
                // extra study places are off in the baseline: the completion share cannot matter
                "--vary", "training.completionShare=0.7:1", "--years", "2", "--bootstrap", "200", "--out", out.toString());
        assertEquals(0, r.exit, r.toString());
        List<String> rows = Files.readAllLines(out.resolve("morris.csv"));
        assertEquals("outcome,unit,rank,key,low,high,mu,mu_star,mu_star_ci_low,mu_star_ci_high,sigma", rows.get(0));
        assertEquals(4, rows.size());
        String unused = rows.stream().filter(l -> l.contains("training.completionShare")).findFirst().orElseThrow();
        assertTrue(unused.contains(",0,0,"), unused);
        assertTrue(rows.get(3).contains("training.completionShare"), "ranked last: " + rows);
        // a higher exit hazard leaves more residents without a GP
        String hazard = rows.stream().filter(l -> l.contains("exit.baseAnnualHazard")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(hazard.split(",")[6]) > 0, hazard);
        assertEquals(1 + 4 * 4, Files.readAllLines(out.resolve("runs.csv")).size());
        assertTrue(Files.exists(out.resolve("charts/morris-share-without-gp-at-2027.svg")));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"));
        assertTrue(r.out.contains("exit.baseAnnualHazard"), r.out);
    }

    @Test
    void sobolIsReproducibleAndAnalysesADifference() throws IOException {
        Path scenario = CliRun.countyScenario(dir, "district-package", "package", "");
        Path base = CliRun.countyScenario(dir, "baseline", "troms", "");
        String[] args = {"sensitivity", scenario.toString(), "--method", "sobol", "--samples", "16", "--against",
            base.toString(), "--vary", "exit.baseAnnualHazard=0.03:0.1", "--vary", "behaviour.ruralAversionDomestic=0.5:3",
            "--years", "2", "--bootstrap", "100", "--outcome", "share_without_gp@2027", "--outcome",
            "recruits@2026-2027:centrality/6", "--base-levels"};
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CliRun first = CliRun.of(concat(args, "--threads", "2", "--out", a.toString()));
        assertEquals(0, first.exit, first.toString());
        assertEquals(0, CliRun.of(concat(args, "--threads", "1", "--out", b.toString())).exit);
        for (String f : List.of("sobol.csv", "runs.csv", "points.csv", "run.json", "report.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(a.resolve("sobol.csv"));
        // two outcomes, as differences and as the base's own levels, two keys each
        assertEquals(1 + 2 * 2 * 2, rows.size());
        assertTrue(rows.get(1).startsWith("share_without_gp@2027 (package - troms)"), rows.get(1));
        assertTrue(rows.get(5).startsWith("share_without_gp@2027 [troms],percentage points,"), rows.get(5));
        assertEquals(1 + 16 * 4, Files.readAllLines(a.resolve("runs.csv")).size());
    }

    @Test
    void theShippedCalibRangesAreValidKeys() {
        List<Factor> factors = ParameterRanges.read(SensitivityCommand.DEFAULT_PARAMETERS);
        assertTrue(factors.size() >= 60, "the [calib] keys: " + factors.size());
        assertTrue(factors.stream().anyMatch(f -> f.key().path().equals("labourMarket.candidatesPerYear")
                && f.low() == 500 && f.high() == 1200), "the calibration prior");
    }

    @Test
    void badInputIsOneLine() throws IOException {
        Path scenario = CliRun.countyScenario(dir, "baseline", "troms", "");
        Path out = dir.resolve("bad");
        CliRun r = CliRun.of("sensitivity", scenario.toString(), "--method", "sobol", "--samples", "100",
                "--vary", "exit.baseAnnualHazard=0.03:0.1", "--years", "1", "--out", out.toString());
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.contains("power of 2"), r.err);
        r = CliRun.of("sensitivity", scenario.toString(), "--method", "fast", "--years", "1", "--out", out.toString());
        assertEquals(2, r.exit, r.toString());
        Path ranges = dir.resolve("ranges.yaml");
        Files.writeString(ranges, "parameters:\n  - key: exit.baseAnnualHazard\n    low: 0.5\n    high: 2\n");
        r = CliRun.of("sensitivity", scenario.toString(), "--method", "morris", "--parameters", ranges.toString(),
                "--years", "1", "--out", out.toString());
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.contains("ranges.yaml:2") && r.err.contains("exit.baseAnnualHazard"), r.err);
        assertFalse(Files.exists(out));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
