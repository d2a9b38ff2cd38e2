package no.gpsim.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import no.gpsim.fuzz.Mutations.Mutation;

/**
 * Fuzzes the input checks: mutated copies of the baseline scenario, a small derived scenario and
 * the municipality data go through {@code gpsim validate} (and, for fewer cases, a one-year run
 * of one county), and every case must end in exit 0, or exit 2 with one line naming the file,
 * within 5 seconds, never with a stack trace, exit 3 or a hang.
 *
 * <p>The number of cases per property is the system property {@code fuzz.tries}: 300 in the
 * normal build, {@code mvn -B verify -Dfuzz.tries=10000} for the long campaign. A failing case
 * is shrunk by jqwik and reported with its mutations and seed; the file that failed is kept
 * under {@code target/fuzz-failures}.
 */
class InputFuzzTest {

    static Path root;
    static String baseline;
    static String derived;
    static String municipalities;
    static String troms;

    /** A derived scenario with a section, dotted keys, a county and two policies. */
    static final String DERIVED = """
            extends: baseline.yaml
            name: fuzz-derived
            description: A small derived scenario for the fuzzer.
            years: 5
            data:
              county: '55'
            onCall:
              lis1Sufficient: true
              maxHoursPerGp: none
            funding.basicGrant.model: breakpoint
            funding.basicGrant.rateBelow: 700
            demand.consultationsPerYear: [1.5, 3, 4.5, 6]
            policies:
              - from: 2028-01
                funding.basicGrant.rateAbove: 600
              - from: 2029-07
                demand:
                  teamRelief: 0.1
            """;

    /** A one-county scenario on mutated Troms data, to which the run cases add settings. */
    static final String TROMS_RUN = """
            extends: baseline.yaml
            name: fuzz-run
            data.municipalities: data/fuzz.csv
            """;

    @BeforeContainer
    static void copyInputs() throws IOException {
        root = Files.createTempDirectory("gpsim-fuzz-");
        Files.createDirectories(root.resolve("data"));
        baseline = Files.readString(Path.of("scenarios/baseline.yaml"));
        municipalities = Files.readString(Path.of("scenarios/data/municipalities.csv"));
        Files.writeString(root.resolve("baseline.yaml"), baseline);
        Files.writeString(root.resolve("data/municipalities.csv"), municipalities);
        StringBuilder t = new StringBuilder();
        for (String line : municipalities.split("\n")) {
            if (t.length() == 0 || line.split(",")[2].equals("55")) {
                t.append(line).append('\n');
            }
        }
        troms = t.toString();
        Files.writeString(root.resolve("data/troms.csv"), troms);
        derived = DERIVED;
        Files.writeString(root.resolve("derived.yaml"), derived);
        Files.writeString(root.resolve("fuzz-data.yaml"), "extends: baseline.yaml\nname: fuzz-data\ndata.municipalities: "
                + "data/fuzz.csv\n");
        Files.writeString(root.resolve("fuzz-run.yaml"), TROMS_RUN);
    }

    @AfterContainer
    static void removeInputs() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<List<Mutation>> yaml() {
        return Mutations.of(Mutations.YAML_OPS);
    }

    @Provide
    Arbitrary<List<Mutation>> csv() {
        return Mutations.of(Mutations.CSV_OPS);
    }

    @Provide
    Arbitrary<List<ExtremeValues.Setting>> extremes() {
        return ExtremeValues.settings();
    }

    @Provide
    Arbitrary<List<Mutation>> csvValues() {
        return Mutations.of(Mutations.CSV_VALUE_OPS).list().ofMaxSize(1).map(l -> l.isEmpty() ? List.of() : l.get(0));
    }

    @Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @FuzzTries
    void mutatedBaselineValidatesOrFailsCleanly(@ForAll("yaml") List<Mutation> mutations) {
        Path file = write("fuzz.yaml", Mutations.apply(baseline, mutations));
        check(mutations, file, Cli.run("validate", file.toString()));
    }

    @Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @FuzzTries
    void mutatedDerivedScenarioValidatesOrFailsCleanly(@ForAll("yaml") List<Mutation> mutations) {
        Path file = write("fuzz.yaml", Mutations.apply(derived, mutations));
        check(mutations, file, Cli.run("validate", file.toString()));
    }

    @Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @FuzzTries
    void mutatedMunicipalityDataValidatesOrFailsCleanly(@ForAll("csv") List<Mutation> mutations) {
        Path data = write("data/fuzz.csv", Mutations.apply(municipalities, mutations));
        check(mutations, data, Cli.run("validate", root.resolve("fuzz-data.yaml").toString()));
    }

    /**
     * Fewer, slower cases: the model runs a year of Troms with settings at the edges of their
     * ranges, on data whose numbers may be changed, and must finish or refuse the input cleanly.
     */
    @Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @FuzzTries(divisor = 10)
    void extremeSettingsRunOrFailCleanly(@ForAll("extremes") List<ExtremeValues.Setting> scenario,
                                         @ForAll("csvValues") List<Mutation> data) throws IOException {
        Path file = write("fuzz-run-case.yaml", (TROMS_RUN + ExtremeValues.yaml(scenario)).getBytes(StandardCharsets.UTF_8));
        write("data/fuzz.csv", Mutations.apply(troms, data));
        Path outputs = Files.createDirectories(root.resolve("outputs"));
        Path out = outputs.resolve("run");
        Cli.Outcome o = Cli.run("run", file.toString(), "--years", "1", "--replicates", "1", "--threads", "1",
                "--out", out.toString());
        try {
            check(scenario + " " + data, file, o);
            try (Stream<Path> left = Files.list(outputs)) {
                List<Path> entries = left.toList();
                if (o.code() == 0) {
                    assertEquals(List.of(out), entries, "a successful run leaves exactly its directory");
                    assertTrue(Files.isRegularFile(out.resolve("run.json")), "the run is complete");
                } else {
                    assertEquals(List.of(), entries, "a failed run leaves nothing in the output folder: " + o);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(outputs)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void check(Object mutations, Path file, Cli.Outcome o) {
        Statistics.label("exit code").collect(o.code());
        Statistics.label("problem").collect(o.code() == 0 ? "none" : kind(o.err()));
        try {
            Cli.assertCleanOutcome(o, mutations.toString());
        } catch (AssertionError e) {
            keep(file);
            throw e;
        }
    }

    /** The kind of error, for the statistics: the message without file, line, key and values. */
    static String kind(String err) {
        String m = err.strip().replaceFirst("^gpsim: \\S+?\\.(yaml|csv)(:\\d+)*: ", "");
        m = m.replaceAll("'[^']*'|\"[^\"]*\"|\\S*[0-9]\\S*|\\S+\\.\\S+", "_");
        String[] words = m.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 6))).replace("null", "");
    }

    private static Path write(String name, byte[] bytes) {
        try {
            Path file = root.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a failing input to target/fuzz-failures for a regression test. */
    private static void keep(Path file) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.copy(file, dir.resolve(System.nanoTime() + "-" + file.getFileName()));
        } catch (IOException e) {
            // the assertion message still says what failed
        }
    }
}
