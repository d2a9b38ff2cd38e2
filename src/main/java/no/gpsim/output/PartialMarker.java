package no.gpsim.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The small file {@value #NAME} inside a hidden partial run directory ({@code .NAME.partial-*},
 * or {@code .NAME.old-*} while a replaced run is deleted) that says which process writes it: its
 * PID, the start time of that process and the host it runs on. A later run uses it to tell a
 * directory left by a killed run from one that a live run is writing.
 *
 * <p>A directory is removed only when it was written on this host and its process has ended: no
 * process with that PID, or one that started at another time (the PID was reused). A directory
 * of another host (a shared file system) or without a marker (an older gpsim, or a run killed
 * in the instant between creating the directory and writing the marker) is reported and kept.
 */
final class PartialMarker {

    /** The marker's file name. */
    static final String NAME = ".gpsim-partial";

    /** Hidden run directories: {@code .NAME.partial-XXX} while written, {@code .NAME.old-XXX} while deleted. */
    private static final Pattern PARTIAL = Pattern.compile("\\..+\\.(partial|old)-[0-9a-z]+");

    /** Start times are compared to the second: the JVM derives them from clock ticks since boot. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(1);

    /** A marker just created may still lack its file; leave unmarked directories younger than this alone. */
    private static final Duration UNMARKED_GRACE = Duration.ofMinutes(1);

    private PartialMarker() {
    }

    /** Marks {@code dir} as written by this process. */
    static void write(Path dir) throws IOException {
        Properties p = new Properties();
        ProcessHandle self = ProcessHandle.current();
        p.setProperty("pid", Long.toString(self.pid()));
        self.info().startInstant().ifPresent(t -> p.setProperty("start", t.toString()));
        p.setProperty("host", host());
        try (Writer w = Files.newBufferedWriter(dir.resolve(NAME), StandardCharsets.UTF_8)) {
            p.store(w, "gpsim: this hidden directory is a run being written by the process below");
        }
    }

    /** Removes the marker, just before the directory becomes the run directory. */
    static void remove(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(NAME));
    }

    /**
     * Reports the stale partial directories in {@code parent} on {@code err} (one line each) and
     * removes those whose process has ended on this host.
     *
     * @return the directories removed
     */
    static List<Path> removeStale(Path parent, PrintWriter err) throws IOException {
        List<Path> candidates;
        try (Stream<Path> s = Files.list(parent)) {
            candidates = s.filter(p -> PARTIAL.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        List<Path> removed = new ArrayList<>();
        String here = null;
        for (Path dir : candidates) {
            Properties marker = read(dir);
            if (marker == null) {
                if (olderThan(dir, UNMARKED_GRACE)) {
                    err.println("gpsim: note: " + dir + " looks like the partial output of an interrupted run but does "
                            + "not say which process wrote it; delete it by hand if no run is writing it");
                }
                continue;
            }
            long pid;
            try {
                pid = Long.parseLong(marker.getProperty("pid", ""));
            } catch (NumberFormatException e) {
                err.println("gpsim: note: " + dir + " has an unreadable " + NAME + "; delete it by hand if no run is writing it");
                continue;
            }
            here = here == null ? host() : here;
            String host = marker.getProperty("host", "");
            if (!host.equals(here)) {
                err.println("gpsim: note: " + dir + " is the partial output of process " + pid + " on host " + host
                        + "; it cannot be checked from here, so it is kept (delete it by hand if that run has ended)");
                continue;
            }
            if (alive(pid, marker.getProperty("start"))) {
                continue;
            }
            RunDirectory.deleteTree(dir);
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                err.println("gpsim: note: " + dir + " is the partial output of a run that ended (process " + pid
                        + ") but could not be removed");
            } else {
                err.println("gpsim: removed " + dir + ", the partial output of a run that was killed (process " + pid
                        + " has ended)");
                removed.add(dir);
            }
        }
        err.flush();
        return removed;
    }

    /** Whether process {@code pid} is running and, when both start times are known, is the one that started then. */
    static boolean alive(long pid, String start) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        if (start == null) {
            return true;
        }
        Optional<Instant> actual = handle.get().info().startInstant();
        try {
            Instant recorded = Instant.parse(start);
            return actual.isEmpty() || Duration.between(recorded, actual.get()).abs().compareTo(START_TOLERANCE) <= 0;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static Properties read(Path dir) {
        Path file = dir.resolve(NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            return new Properties();
        }
    }

    private static boolean olderThan(Path dir, Duration age) {
        try {
            return Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }

    /** This host's name: the kernel's on Linux (no name lookup), else the JVM's. */
    static String host() {
        Path kernel = Path.of("/proc/sys/kernel/hostname");
        try {
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel, StandardCharsets.UTF_8).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
