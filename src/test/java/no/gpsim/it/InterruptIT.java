package no.gpsim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a run leaves no half-written run directory: the packaged jar runs a long job as a
 * subprocess, gets SIGINT (or SIGTERM, as from kill or a closing terminal) once its hidden
 * temporary directory exists, and must exit leaving the output folder empty.
 *
 * <p>A process started from a script in the background inherits SIGINT as ignored (the JVM then
 * never sees Ctrl-C), as under CI runners; the SIGINT case therefore starts the jar through a
 * tiny python3 wrapper that restores the default disposition, and is skipped without python3.
 */
class InterruptIT {

    @TempDir
    Path dir;

    private Process start(List<String> prefix, Path output) throws IOException {
        Path scenario = dir.resolve("scenarios/baseline.yaml");
        Files.createDirectories(scenario.resolveSibling("data"));
        Files.copy(Path.of("scenarios/baseline.yaml"), scenario);
        Files.copy(Path.of("scenarios/data/municipalities.csv"), scenario.resolveSibling("data/municipalities.csv"));
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                Path.of("target/gpsim.jar").toAbsolutePath().toString(), "run",
                scenario.toString(), "--years", "10", "--replicates", "200", "--threads", "1",
                "--out", output.resolve("run").toString()));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    /** Waits until the run has created its temporary directory, so it is writing when interrupted. */
    private static void awaitTemporaryDirectory(Process p, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "the run ended before it could be interrupted");
            if (entries(output).stream().anyMatch(n -> n.startsWith(".run.partial-"))) {
                Thread.sleep(300);
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no temporary run directory appeared within 60 s");
    }

    private static List<String> entries(Path output) throws IOException {
        try (Stream<Path> s = Files.list(output)) {
            return s.map(f -> f.getFileName().toString()).toList();
        }
    }

    private void assertCleanExit(Process p, Path output, int expectedCode) throws Exception {
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the run stopped after the signal");
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertEquals(expectedCode, p.exitValue(), err);
        assertEquals(List.of(), entries(output), "no run directory and no temporary directory left; stderr: " + err);
        assertTrue(err.contains("gpsim: interrupted; no output was written to " + output.resolve("run")), err);
        assertTrue(!err.contains("\tat "), err);
    }

    @Test
    void ctrlCLeavesNothingBehind() throws Exception {
        assumeTrue(commandExists("python3") && commandExists("kill"), "needs python3 and kill");
        Path output = Files.createDirectories(dir.resolve("output"));
        Process p = start(List.of("python3", "-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                + "os.execvp(sys.argv[1], sys.argv[1:])"), output);
        try {
            awaitTemporaryDirectory(p, output);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
            assertEquals(0, kill.waitFor(), "kill -INT");
            assertCleanExit(p, output, 130);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void sigtermLeavesNothingBehind() throws Exception {
        Path output = Files.createDirectories(dir.resolve("output"));
        Process p = start(List.of(), output);
        try {
            awaitTemporaryDirectory(p, output);
            p.destroy();
            assertCleanExit(p, output, 143);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void sigkillLeavesAPartialDirectoryThatTheNextRunRemoves() throws Exception {
        Path output = Files.createDirectories(dir.resolve("output"));
        Process p = start(List.of(), output);
        try {
            awaitTemporaryDirectory(p, output);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "SIGKILL ends the run");
        } finally {
            p.destroyForcibly();
        }
        List<String> left = entries(output);
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).startsWith(".run.partial-"), "a hard kill runs no clean-up: " + left);
        Process next = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target/gpsim.jar").toAbsolutePath().toString(), "run", dir.resolve("scenarios/baseline.yaml").toString(),
                "--years", "1", "--replicates", "1", "--out", output.resolve("next").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("next-stderr.txt").toFile()).start();
        assertTrue(next.waitFor(120, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("next-stderr.txt"));
        assertEquals(0, next.exitValue(), err);
        assertEquals(List.of("next"), entries(output), err);
        assertTrue(err.startsWith("gpsim: removed " + output.resolve(left.get(0)) + ", the partial output of a run that "
                + "was killed (process " + p.pid() + " has ended)"), err);
    }

    private static boolean commandExists(String name) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + name).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
