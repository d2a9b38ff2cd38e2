package no.gpsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hard kill leaves behind is cleaned up by the next run, and only that; run folders get the usual permissions. */
class StalePartialTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A partial directory as a killed run leaves it: a marker naming a process, and a half-written file. */
    private Path partial(String name, long pid, String start, String host) throws IOException {
        Path p = Files.createDirectory(dir.resolve(name));
        String marker = "pid=" + pid + "\n" + (start == null ? "" : "start=" + start.replace(":", "\\:") + "\n")
                + "host=" + host + "\n";
        Files.writeString(p.resolve(PartialMarker.NAME), marker);
        Files.writeString(p.resolve("national.csv"), "half");
        return p;
    }

    /** The PID of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, p.waitFor());
        long pid = p.pid();
        assumeTrue(ProcessHandle.of(pid).isEmpty(), "the PID was reused at once");
        return pid;
    }

    private static String ownStart() {
        return ProcessHandle.current().info().startInstant().map(Instant::toString).orElse(null);
    }

    @Test
    void aPartialOfADeadProcessIsRemovedAndOneOfALiveProcessKept() throws Exception {
        String host = PartialMarker.host();
        partial(".baseline-1.partial-dead1", deadPid(), null, host);
        partial(".compare-2.old-live1", ProcessHandle.current().pid(), ownStart(), host);
        try (RunDirectory d = RunDirectory.create(dir.resolve("run"), false, new PrintWriter(err, true))) {
            Files.writeString(d.path().resolve("national.csv"), "x\n");
            d.commit();
        }
        assertEquals(List.of(".compare-2.old-live1", "run"), entries(), err.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("gpsim: removed " + dir.resolve(".baseline-1.partial-dead1")
                + ", the partial output of a run that was killed (process "), lines.get(0));
    }

    @Test
    void aReusedPidDoesNotKeepAStalePartial() throws IOException {
        partial(".run.partial-reused", ProcessHandle.current().pid(), "2001-01-01T00:00:00Z", PartialMarker.host());
        assertEquals(List.of(dir.resolve(".run.partial-reused")), PartialMarker.removeStale(dir, new PrintWriter(err)));
        assertEquals(List.of(), entries());
    }

    @Test
    void anotherHostsOrAnUnmarkedPartialIsReportedAndKept() throws Exception {
        partial(".run.partial-elsewhere", deadPid(), null, "some-other-host");
        Path unmarked = Files.createDirectory(dir.resolve(".run.partial-123456"));
        Files.setLastModifiedTime(unmarked, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.createDirectory(dir.resolve(".run.partial-justnow"));
        Files.createDirectory(dir.resolve(".hidden-but-not-ours"));
        assertEquals(List.of(), PartialMarker.removeStale(dir, new PrintWriter(err)));
        assertEquals(List.of(".hidden-but-not-ours", ".run.partial-123456", ".run.partial-elsewhere",
                ".run.partial-justnow"), entries());
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).contains(".run.partial-123456 looks like the partial output of an interrupted run"),
                lines.get(0));
        assertTrue(lines.get(1).contains("on host some-other-host; it cannot be checked from here"), lines.get(1));
    }

    @Test
    void theWorkingDirectoryIsMarkedAndTheFinishedOneIsNot() throws IOException {
        try (RunDirectory d = RunDirectory.create(dir.resolve("run"), false, new PrintWriter(err))) {
            String marker = Files.readString(d.path().resolve(PartialMarker.NAME));
            assertTrue(marker.contains("pid=" + ProcessHandle.current().pid()), marker);
            assertTrue(PartialMarker.alive(ProcessHandle.current().pid(), ownStart()));
            assertEquals(List.of(), PartialMarker.removeStale(dir, new PrintWriter(err)), "a live run's directory stays");
            d.commit();
        }
        assertFalse(Files.exists(dir.resolve("run").resolve(PartialMarker.NAME)));
        assertEquals("", err.toString());
    }

    @Test
    void finishedRunsGetTheUsualPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path usualDir = Files.createDirectory(dir.resolve("usual"));
        Path usualFile = Files.writeString(usualDir.resolve("f"), "x");
        Path target = dir.resolve("run");
        try (RunDirectory d = RunDirectory.create(target, false, new PrintWriter(err))) {
            Files.writeString(d.path().resolve("national.csv"), "x\n");
            d.commit();
        }
        Set<PosixFilePermission> dirPerms = Files.getPosixFilePermissions(target);
        assertEquals(Files.getPosixFilePermissions(usualDir), dirPerms, "as a directory made under the umask");
        assertEquals(Files.getPosixFilePermissions(usualFile), Files.getPosixFilePermissions(target.resolve("national.csv")));
        assumeTrue(Files.getPosixFilePermissions(usualDir).contains(PosixFilePermission.GROUP_READ), "umask 077");
        assertTrue(dirPerms.contains(PosixFilePermission.GROUP_READ), "not owner-only");
    }
}
