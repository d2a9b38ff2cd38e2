package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.gpsim.scenario.ExitConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gpsim sweep}: the design's points and paired seeds in the files, the outcomes against the
 * model, dose-response charts, bad input, and the same files from the local and the Spark engine
 * (Spark in local mode, from the test class path).
 */
class SweepCommandTest {

    @TempDir
    Path dir;

    @Test
    void factorialSweepWritesEveryRunAndPairsSeeds() throws IOException {
        Path scenario = CliRun.countyScenario(dir, "baseline", "troms", "");
        Path out = dir.resolve("sweep");
        CliRun run = CliRun.of("sweep", scenario.toString(), "--vary", "funding.basicGrant.adjustedRate=800:1400:3",
                "--outcome", "share_without_gp@2026", "--outcome", "recruits@2026:centrality/6", "--replicates", "2",
                "--years", "1", "--threads", "2", "--out", out.toString());
        assertEquals(0, run.exit, run.toString());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals("point,replicate,seed,funding.basicGrant.adjustedRate,share_without_gp@2026,"
                + "recruits@2026:centrality/6", runs.get(0));
        assertEquals(1 + 3 * 2, runs.size());
        assertTrue(runs.get(1).startsWith("0,0,20260101,800,"), runs.get(1));
        assertTrue(runs.get(2).startsWith("0,1,20260102,800,"), runs.get(2));
        assertTrue(runs.get(6).startsWith("2,1,20260102,1400,"), runs.get(6));
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertEquals(4, points.size());
        // a higher grant keeps more residents with a GP, on the same draws
        double low = Double.parseDouble(points.get(1).split(",")[2]);
        double high = Double.parseDouble(points.get(3).split(",")[2]);
        assertTrue(high < low, points.toString());
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            assertEquals(4, charts.count());
        }
    }

    @Test
    void sweepMatchesAPlainRunAtTheSamePoint() throws IOException {
        long notice = ExitConfig.NOTICE.defaultValue();
        Path scenario = CliRun.countyScenario(dir, "baseline", "troms", "");
        Path out = dir.resolve("sweep");
        String vary = "exit.noticeMonths=" + notice + ":" + (notice + 1) + ":2";
        assertEquals(0, CliRun.of("sweep", scenario.toString(), "--vary", vary, "--outcome", "gps@2026", "--replicates", "1", "--years", "1", "--out", out.toString()).exit);
        Path runOut = dir.resolve("run");
        assertEquals(0, CliRun.of("run", scenario.toString(), "--replicates", "1", "--years", "1", "--out",
                runOut.toString(), "--outputs", "national").exit);
        // point 0 is the baseline's notice: the plain run
        String december = Files.readAllLines(runOut.resolve("national.csv")).get(13);
        List<String> header = List.of(Files.readAllLines(runOut.resolve("national.csv")).get(0).split(","));
        String gps = december.split(",")[header.indexOf("gps")];
        assertEquals(gps, Files.readAllLines(out.resolve("runs.csv")).get(1).split(",")[4]);
    }

    @Test
    void sparkAndLocalEnginesWriteTheSameFiles() throws IOException {
        Path scenario = CliRun.countyScenario(dir, "baseline", "troms", "");
        String[] common = {"sweep", scenario.toString(), "--sample", "sobol", "--points", "6",
            "--vary", "funding.basicGrant.adjustedRate=800:1400", "--vary", "exit.noticeMonths=1:6",
            "--outcome", "share_without_gp@2026", "--outcome", "recruits@2026", "--replicates", "2", "--years", "1"};
        Path local = dir.resolve("local");
        CliRun l = CliRun.of(concat(common, "--threads", "2", "--out", local.toString()));
        assertEquals(0, l.exit, l.toString());
        Path spark = dir.resolve("spark");
        CliRun s = CliRun.of(concat(common, "--engine", "spark", "--master", "local[2]", "--batch", "3", "--out",
                spark.toString()));
        assertEquals(0, s.exit, s.toString());
        for (String f : List.of("runs.csv", "points.csv", "run.json",
                "charts/dose-exit.noticeMonths--share-without-gp-at-2026.svg")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f)), f);
        }
    }

    @Test
    void badInputIsOneLineAndLeavesNothing() throws IOException {
        Path scenario = CliRun.countyScenario(dir, "baseline", "troms", "");
        Path out = dir.resolve("bad");
        CliRun r = CliRun.of("sweep", scenario.toString(), "--vary", "funding.basicGrant.adjustedRate=800:1400",
                "--outcome", "share_without_gp@2026", "--years", "1", "--out", out.toString());
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.contains("LEVELS"), r.err);
        r = CliRun.of("sweep", scenario.toString(), "--vary", "funding.basicGrant.adjustedRate=800:1400:2",
                "--outcome", "share_without_gp@2031", "--years", "1", "--out", out.toString());
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.contains("2026-2026"), r.err);
        r = CliRun.of("sweep", scenario.toString(), "--vary", "no.such.key=1:2:2", "--outcome", "gps@2026",
                "--years", "1", "--out", out.toString());
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.contains("no.such.key"), r.err);
        r = CliRun.of("sweep", scenario.toString(), "--vary", "exit.noticeMonths=1:2:2", "--outcome", "gps@2026",
                "--engine", "cluster", "--out", out.toString());
        assertEquals(2, r.exit, r.toString());
        assertFalse(Files.exists(out));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
