package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --posterior}: replicates draw their parameters from a calibration's posterior, the same
 * draw in every scenario, and the run says so in run.json and the report.
 */
class PosteriorOptionTest {

    @TempDir
    Path tmp;

    private Path posterior(String rows) throws IOException {
        Path file = tmp.resolve("posterior.csv");
        Files.writeString(file, "generation,epsilon,evaluations,particle,weight,distance,labourMarket.candidatesPerYear,"
                + "exit.noticeMonths\n" + rows);
        return file;
    }

    @Test
    void replicatesDrawTheirParametersAndTheRunSaysSo() throws IOException {
        Path base = CliRun.countyScenario(tmp, "baseline", "tb", "");
        Path grant = CliRun.countyScenario(tmp, "basic-grant-50", "tg", "");
        Path post = posterior("4,0.5,100,0,0.5,0.4,500,2\n4,0.5,100,1,0.5,0.3,1200,5\n");
        Path run = tmp.resolve("with");
        CliRun c = CliRun.of("compare", base.toString(), grant.toString(), "--replicates", "4", "--years", "2",
                "--threads", "2", "--posterior", post.toString(), "--out", run.toString());
        assertEquals(0, c.exit, c.toString());
        String manifest = Files.readString(run.resolve("run.json"));
        assertTrue(manifest.contains("\"posterior\"") && manifest.contains("parameter uncertainty"), manifest);
        assertTrue(Files.readString(run.resolve("report.html")).contains("drew its parameter set from the calibration"));
        Path without = tmp.resolve("without");
        CliRun plain = CliRun.of("compare", base.toString(), grant.toString(), "--replicates", "4", "--years", "2",
                "--threads", "1", "--out", without.toString());
        assertEquals(0, plain.exit, plain.toString());
        assertTrue(Files.readString(without.resolve("report.html")).contains("differ by chance only"));
        assertNotEquals(Files.readString(run.resolve("national.csv")), Files.readString(without.resolve("national.csv")),
                "the drawn parameters act");
        Path again = tmp.resolve("again");
        CliRun c1 = CliRun.of("compare", base.toString(), grant.toString(), "--replicates", "4", "--years", "2",
                "--threads", "1", "--posterior", post.toString(), "--out", again.toString());
        assertEquals(0, c1.exit, c1.toString());
        assertEquals(Files.readString(run.resolve("national.csv")), Files.readString(again.resolve("national.csv")),
                "the same draws at any thread count");
    }

    @Test
    void aBadPosteriorIsBadInputAndWritesNothing() throws IOException {
        Path base = CliRun.countyScenario(tmp, "baseline", "tb2", "");
        Path post = posterior("4,0.5,100,0,0.5,0.4,abc,2\n");
        Path out = tmp.resolve("bad");
        CliRun c = CliRun.of("run", base.toString(), "--replicates", "2", "--years", "1", "--posterior", post.toString(),
                "--out", out.toString());
        assertEquals(2, c.exit, c.toString());
        assertTrue(c.err.contains("posterior.csv:2"), c.err);
        assertTrue(!Files.exists(out), "nothing half-written");
    }
}
