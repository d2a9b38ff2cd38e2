package no.gpsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.gpsim.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run directory appears whole or not at all. */
class RunDirectoryTest {

    @TempDir
    Path dir;

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesAreWrittenHiddenAndMovedIntoPlaceOnCommit() throws IOException {
        Path target = dir.resolve("run");
        try (RunDirectory d = RunDirectory.create(target, false)) {
            assertTrue(d.path().getFileName().toString().startsWith(".run.partial-"), d.path().toString());
            Files.writeString(d.path().resolve("national.csv"), "x\n");
            assertFalse(Files.exists(target), "nothing at the target before the commit");
            d.commit();
        }
        assertEquals(List.of("run"), entries());
        assertEquals("x\n", Files.readString(target.resolve("national.csv")));
    }

    @Test
    void aFailedRunLeavesNothing() throws IOException {
        Path target = dir.resolve("run");
        assertThrows(IllegalStateException.class, () -> {
            try (RunDirectory d = RunDirectory.create(target, false)) {
                Files.writeString(d.path().resolve("national.csv"), "half");
                Files.createDirectories(d.path().resolve("charts"));
                Files.writeString(d.path().resolve("charts/a.svg"), "<svg/>");
                throw new IllegalStateException("the model failed");
            }
        });
        assertEquals(List.of(), entries());
    }

    @Test
    void whatTheShutdownHookDoesOnCtrlC() throws IOException {
        Path target = dir.resolve("run");
        RunDirectory d = RunDirectory.create(target, false);
        Files.writeString(d.path().resolve("national.csv"), "half");
        d.abandon();
        assertEquals(List.of(), entries(), "the hook deletes the partial output");
        assertThrows(IllegalStateException.class, d::commit, "a run still going cannot move it into place afterwards");
        assertEquals(List.of(), entries());
        d.close();
    }

    @Test
    void theHookLeavesACommittedRunAlone() throws IOException {
        Path target = dir.resolve("run");
        RunDirectory d = RunDirectory.create(target, false);
        Files.writeString(d.path().resolve("run.json"), "{}");
        d.commit();
        d.abandon();
        assertEquals(List.of("run"), entries());
        assertTrue(Files.isRegularFile(target.resolve("run.json")));
        d.close();
    }

    @Test
    void anExistingDirectoryIsReplacedOnlyWithForce() throws IOException {
        Path target = Files.createDirectory(dir.resolve("run"));
        Files.writeString(target.resolve("old.csv"), "old");
        BadInputException e = assertThrows(BadInputException.class, () -> RunDirectory.create(target, false));
        assertEquals(target + ": the output directory exists; choose another --out or add --force to replace it",
                e.getMessage());
        assertEquals(List.of("run"), entries());
        try (RunDirectory d = RunDirectory.create(target, true)) {
            Files.writeString(d.path().resolve("new.csv"), "new");
            d.commit();
        }
        assertEquals(List.of("run"), entries(), "no old or temporary directory left");
        assertFalse(Files.exists(target.resolve("old.csv")));
        assertTrue(Files.exists(target.resolve("new.csv")));
    }

    @Test
    void aDirectoryThatAppearsDuringTheRunIsNotOverwritten() throws IOException {
        Path target = dir.resolve("run");
        try (RunDirectory d = RunDirectory.create(target, false)) {
            Files.createDirectory(target);
            Files.writeString(target.resolve("theirs.csv"), "theirs");
            assertThrows(BadInputException.class, d::commit);
        }
        assertEquals(List.of("run"), entries());
        assertTrue(Files.exists(target.resolve("theirs.csv")));
    }

    @Test
    void aFileInTheWayOrTheRootIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThrows(BadInputException.class, () -> RunDirectory.create(file, true));
        assertThrows(BadInputException.class, () -> RunDirectory.create(file.resolve("run"), false));
        assertThrows(BadInputException.class, () -> RunDirectory.create(Path.of("/"), true));
        assertEquals(List.of("file"), entries());
    }
}
