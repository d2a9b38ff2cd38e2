package no.gpsim.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.regex.Pattern;
import no.gpsim.cli.GpsimCli;

/**
 * Runs the command line in-process with captured streams and a time limit, and checks the
 * contract every input must meet: exit 0, or exit 2 with exactly one line on stderr that names a
 * file; never a stack trace, exit 1 or 3, or a hang.
 */
final class Cli {

    /** The limit per case. */
    static final Duration LIMIT = Duration.ofSeconds(5);

    /** Lines in {@code gpsim: <file>[:line[:column]]: <problem>}. */
    private static final Pattern ERROR_LINE = Pattern.compile("gpsim: \\S.*\\.(yaml|csv)(:\\d+)*(:| \\(|: ).*");

    record Outcome(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    private Cli() {
    }

    static Outcome run(String... args) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = GpsimCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Outcome(code, out.toString(), err.toString());
        }, () -> "gpsim " + String.join(" ", args) + " took longer than " + LIMIT.toSeconds() + " s");
    }

    /** Exit 0 or 2; on 2, one line on stderr that names a file, and no stack trace. */
    static void assertCleanOutcome(Outcome o, String what) {
        assertTrue(o.code() == 0 || o.code() == 2, what + ": expected exit 0 or 2, got " + o);
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception") || o.err().contains("java.lang."),
                what + ": stack trace or exception name on stderr: " + o);
        if (o.code() == 2) {
            assertOneLine(o.err(), what);
            assertTrue(ERROR_LINE.matcher(o.err().strip()).matches(), what + ": the error does not name a file: " + o);
        }
    }

    /** Exactly one line, ended by a line break, with no other line or paragraph separator inside. */
    static void assertOneLine(String err, String what) {
        assertTrue(err.endsWith("\n"), what + ": stderr does not end with a line break: " + err);
        String line = err.substring(0, err.length() - 1);
        assertFalse(line.isBlank(), what + ": empty error line");
        for (char c : new char[] {'\n', '\r', '\u0085', '\u2028', '\u2029', '\u000B', '\u000C'}) {
            assertEquals(-1, line.indexOf(c), what + ": stderr holds more than one line: " + err);
        }
        for (int i = 0; i < line.length(); i++) {
            assertFalse(Character.isISOControl(line.charAt(i)), what + ": control character in the error line: " + err);
        }
    }
}
