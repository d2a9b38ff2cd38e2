package no.gpsim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, as a new user types it: the launcher script runs the packaged jar
 * on the baseline (one year here, to keep the build short) and the outputs appear.
 */
class LauncherIT {

    @TempDir
    Path dir;

    @Test
    void launcherRunsTheBaseline() throws IOException, InterruptedException {
        Path out = dir.resolve("baseline-run");
        Process p = new ProcessBuilder("./gpsim", "run", "scenarios/baseline.yaml", "--years", "1", "--out", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run finished");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("By centrality class"), output);
        for (String f : new String[] {"national.csv", "groups.csv", "municipalities.csv", "run.json"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(1 + 13, Files.readAllLines(out.resolve("national.csv")).size());
    }

    @Test
    void versionAndHelpWork() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("java", "-jar", "target/gpsim.jar", "--help").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(output.contains("Exit codes:") && output.contains("run"), output);
    }
}
