package no.gpsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import no.gpsim.BadInputException;
import no.gpsim.TestScenarios;
import no.gpsim.experiment.Comparison;
import no.gpsim.experiment.ScenarioRun;
import no.gpsim.model.ModelInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streamed outputs: the same bytes as writing from memory, chosen files only, reproducible gzip. */
class RunOutputsTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static List<ScenarioRun> runs;
    private static List<RunOutputs.Source> sources;

    @BeforeAll
    static void runTwoScenarios() {
        ModelInputs a = TestScenarios.inputs(TestScenarios.troms(shared, "a", ""), 1);
        ModelInputs b = TestScenarios.inputs(TestScenarios.troms(shared, "b",
                "policies:\n  - from: 2026-03\n    funding.basicGrant.adjustedRate: 1200\n"), 1);
        runs = Comparison.run(List.of("a", "b"), List.of(a, b), 3, 3, 1, (s, r) -> { });
        sources = List.of(new RunOutputs.Source("a", a.municipalities(), a.scenario().start()), new RunOutputs.Source("b", b.municipalities(), b.scenario().start()));
    }

    /** Streams the runs as Comparison.stream hands them over: replicate-major, base first. */
    private static List<String> stream(Path into, Set<RunOutputs.Kind> kinds, boolean gzip) throws IOException {
        try (RunOutputs out = RunOutputs.open(into, sources, kinds, gzip)) {
            for (int r = 0; r < 3; r++) {
                for (int s = 0; s < 2; s++) {
                    out.accept(s, runs.get(s).replicates().get(r));
                }
            }
            return out.finish();
        }
    }

    private void writeFromMemory(Path into) throws IOException {
        RunOutputs.write(into, List.of(
                new RunOutputs.ScenarioResults(runs.get(0).scenario(), sources.get(0).municipalities(), runs.get(0).replicates()),
                new RunOutputs.ScenarioResults(runs.get(1).scenario(), sources.get(1).municipalities(), runs.get(1).replicates())));
    }

    @Test
    void replicateMajorStreamGivesScenarioMajorFilesAndLeavesNoPartFiles() throws IOException {
        Path streamed = Files.createDirectory(dir.resolve("streamed"));
        Path memory = Files.createDirectory(dir.resolve("memory"));
        assertEquals(List.of("national.csv", "groups.csv", "municipalities.csv"),
                stream(streamed, EnumSet.allOf(RunOutputs.Kind.class), false));
        writeFromMemory(memory);
        for (String f : List.of("national.csv", "groups.csv", "municipalities.csv")) {
            assertArrayEquals(Files.readAllBytes(memory.resolve(f)), Files.readAllBytes(streamed.resolve(f)), f);
        }
        List<String> national = Files.readAllLines(streamed.resolve("national.csv"));
        assertEquals(1 + 2 * 3 * 13, national.size());
        assertTrue(national.get(1).startsWith("a,0,3,0,") && national.get(1 + 13).startsWith("a,1,4,0,")
                && national.get(1 + 3 * 13).startsWith("b,0,3,0,"), "scenario a's replicates, then b's");
        try (var entries = Files.list(streamed)) {
            assertEquals(3, entries.count(), "no part files left");
        }
    }

    @Test
    void gzipHoldsTheSameBytesWithAReproducibleHeader() throws IOException {
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Path zipped = Files.createDirectory(dir.resolve("zipped"));
        Path again = Files.createDirectory(dir.resolve("again"));
        stream(plain, EnumSet.of(RunOutputs.Kind.GROUPS), false);
        assertEquals(List.of("national.csv.gz", "groups.csv.gz"),
                stream(zipped, EnumSet.of(RunOutputs.Kind.GROUPS, RunOutputs.Kind.NATIONAL), true));
        stream(again, EnumSet.of(RunOutputs.Kind.NATIONAL, RunOutputs.Kind.GROUPS), true);
        byte[] gz = Files.readAllBytes(zipped.resolve("groups.csv.gz"));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(zipped.resolve("groups.csv.gz")))) {
            assertArrayEquals(Files.readAllBytes(plain.resolve("groups.csv")), in.readAllBytes());
        }
        assertArrayEquals(new byte[4], new byte[] {gz[4], gz[5], gz[6], gz[7]}, "no modification time in the header");
        assertEquals(0, gz[3], "no file name or other optional header fields");
        assertArrayEquals(gz, Files.readAllBytes(again.resolve("groups.csv.gz")), "the same bytes every time");
        try (var entries = Files.list(zipped)) {
            assertEquals(2, entries.count(), "only the files chosen, no part files");
        }
    }

    @Test
    void outputsOptionIsParsedStrictly() {
        assertEquals(EnumSet.of(RunOutputs.Kind.NATIONAL, RunOutputs.Kind.MUNICIPALITIES),
                RunOutputs.Kind.parse("municipalities,national"));
        assertEquals(EnumSet.of(RunOutputs.Kind.GROUPS), RunOutputs.Kind.parse("groups, groups"));
        BadInputException e = assertThrows(BadInputException.class, () -> RunOutputs.Kind.parse("national,regions"));
        assertEquals("--outputs: 'regions' is not one of national, groups, municipalities (give one or more, separated "
                + "by commas)", e.getMessage());
        assertThrows(BadInputException.class, () -> RunOutputs.Kind.parse(""));
        assertThrows(BadInputException.class, () -> RunOutputs.Kind.parse("national,"));
    }
}
