package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the project's scenarios in a temporary directory, with an empty output folder, for
 * black-box tests of the command line: {@code scenarios/baseline.yaml}, the municipality data
 * beside it in {@code scenarios/data}, and {@code output/}.
 */
final class Workspace {

    final Path root;
    final Path scenarios;
    final Path output;
    final String baseline;

    /** What a command printed and returned. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    Workspace(Path root) throws IOException {
        this.root = root;
        scenarios = Files.createDirectories(root.resolve("scenarios"));
        Files.createDirectories(scenarios.resolve("data"));
        output = Files.createDirectories(root.resolve("output"));
        baseline = Files.readString(Path.of("scenarios/baseline.yaml"));
        Files.writeString(scenarios.resolve("baseline.yaml"), baseline);
        Files.copy(Path.of("scenarios/data/municipalities.csv"), scenarios.resolve("data/municipalities.csv"));
    }

    /** Writes a scenario file next to the baseline. */
    Path scenario(String name, String text) throws IOException {
        Path file = scenarios.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** A copy of the baseline with {@code from} replaced by {@code to} (which must occur once). */
    Path broken(String name, String from, String to) throws IOException {
        int at = baseline.indexOf(from);
        assertTrue(at >= 0 && baseline.indexOf(from, at + 1) < 0, "'" + from + "' must occur once in baseline.yaml");
        return scenario(name, baseline.substring(0, at) + to + baseline.substring(at + from.length()));
    }

    /** The one line of the baseline that starts with {@code prefix} (a key and its indentation). */
    String line(String prefix) {
        List<String> found = baseline.lines().filter(l -> l.startsWith(prefix)).toList();
        assertEquals(1, found.size(), "one line of baseline.yaml starts with '" + prefix + "'");
        return found.get(0);
    }

    /** The 1-based line of the first occurrence of {@code text} in the baseline. */
    int lineOf(String text) {
        int at = baseline.indexOf(text);
        assertTrue(at >= 0, text);
        return (int) baseline.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static Result run(String... args) {
        CliRun r = CliRun.of(args);
        return new Result(r.exit, r.out, r.err);
    }

    List<Path> outputEntries() throws IOException {
        try (Stream<Path> s = Files.list(output)) {
            return s.toList();
        }
    }

    /** Exit 2, one line on stderr that starts with "gpsim: " and holds {@code expected}, no stack trace. */
    static void assertBadInput(Result r, String expected) {
        assertEquals(2, r.code(), r.toString());
        assertOneLine(r);
        assertFalse(r.err().contains("Exception"), "no exception name: " + r);
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in " + r);
    }

    static void assertOneLine(Result r) {
        assertTrue(r.err().startsWith("gpsim: "), r.toString());
        assertEquals(1, r.err().split("\n", -1).length - 1, "one line on stderr: " + r);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
    }
}
