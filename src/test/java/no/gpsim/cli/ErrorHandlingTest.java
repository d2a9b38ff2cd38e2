package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Exit codes and the one-line rule for every kind of failure, and --debug for the details. */
class ErrorHandlingTest {

    @TempDir
    Path dir;

    Workspace ws;

    @BeforeEach
    void copy() throws IOException {
        ws = new Workspace(dir);
    }

    /** A subcommand that fails in a chosen way, added to the real command line. */
    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        @CommandLine.Parameters(index = "0")
        String how;

        @Override
        public Integer call() throws Exception {
            switch (how) {
                case "bug" -> throw new IllegalStateException("list 7 has no municipality\nsecond line");
                case "null" -> throw new NullPointerException();
                case "stack" -> throw new StackOverflowError();
                case "memory" -> throw new OutOfMemoryError("Java heap space");
                case "io" -> throw new java.io.IOException("No space left on device");
                case "unchecked-io" -> throw new java.io.UncheckedIOException("cannot move the output into /x",
                        new java.nio.file.AccessDeniedException("/x"));
                default -> throw new no.gpsim.BadInputException("bad\u2028input\u0007 here");
            }
        }
    }

    static Workspace.Result withFail(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GpsimCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cli.addSubcommand("fail", new Fail());
        int code = GpsimCli.execute(cli, args, new PrintWriter(err, true));
        return new Workspace.Result(code, out.toString(), err.toString());
    }

    @Test
    void aBugIsExitThreeInOneLine() {
        Workspace.Result r = withFail("fail", "bug");
        assertEquals(GpsimCli.INTERNAL_ERROR, r.code());
        Workspace.assertOneLine(r);
        assertEquals("gpsim: internal error: IllegalStateException: list 7 has no municipality second line "
                + "(run with --debug for details)\n", r.err());
        Workspace.Result n = withFail("fail", "null");
        assertEquals("gpsim: internal error: NullPointerException (run with --debug for details)\n", n.err());
    }

    @Test
    void errorsThatPicocliPassesThroughAreCaughtToo() {
        Workspace.Result r = withFail("fail", "stack");
        assertEquals(GpsimCli.INTERNAL_ERROR, r.code());
        Workspace.assertOneLine(r);
        assertTrue(r.err().startsWith("gpsim: internal error: StackOverflowError"), r.toString());
        Workspace.Result m = withFail("fail", "memory");
        assertEquals(GpsimCli.INTERNAL_ERROR, m.code());
        assertTrue(m.err().startsWith("gpsim: out of memory; give Java more"), m.toString());
    }

    @Test
    void fileSystemTroubleIsTheUsersToFix() {
        Workspace.Result r = withFail("fail", "io");
        assertEquals(GpsimCli.BAD_INPUT, r.code());
        assertEquals("gpsim: cannot read or write a file: IOException: No space left on device\n", r.err());
        Workspace.Result u = withFail("fail", "unchecked-io");
        assertEquals(GpsimCli.BAD_INPUT, u.code());
        assertEquals("gpsim: cannot read or write a file: cannot move the output into /x: /x (permission denied)\n", u.err());
    }

    @Test
    void messagesAreOneLineWhateverTheInputHolds() {
        Workspace.Result r = withFail("fail", "input");
        assertEquals(GpsimCli.BAD_INPUT, r.code());
        assertEquals("gpsim: bad input\\u0007 here\n", r.err());
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        String line = ws.line("  exemptionAge: ");
        Path file = ws.broken("typo.yaml", line, line.replace("exemptionAge", "exemptonAge"));
        Workspace.Result plain = Workspace.run("run", file.toString(), "--out", ws.output.resolve("x").toString());
        assertFalse(plain.err().contains("\tat "));
        Workspace.Result debug = Workspace.run("run", file.toString(), "--debug", "--out", ws.output.resolve("x").toString());
        assertEquals(GpsimCli.BAD_INPUT, debug.code());
        assertTrue(debug.err().startsWith(plain.err()), "the same first line: " + debug);
        assertTrue(debug.err().contains("\tat no.gpsim.scenario."), debug.toString());
        Workspace.Result top = Workspace.run("--debug", "run", file.toString(), "--out", ws.output.resolve("x").toString());
        assertTrue(top.err().contains("\tat no.gpsim.scenario."), "--debug before the subcommand works too: " + top);
        Workspace.Result bug = withFail("--debug", "fail", "bug");
        assertTrue(bug.err().startsWith("gpsim: internal error: IllegalStateException: list 7 has no municipality second "
                + "line\n"), bug.toString());
        assertTrue(bug.err().contains("\tat no.gpsim.cli.ErrorHandlingTest$Fail.call"), bug.toString());
        Workspace.Result error = withFail("fail", "stack", "--debug");
        assertTrue(error.err().contains("java.lang.StackOverflowError"), error.toString());
    }

    @Test
    void wrongOptionsAreBadInputInOneLine() {
        Workspace.Result r = Workspace.run("run", "--years");
        Workspace.assertBadInput(r, "see 'gpsim run --help'");
        Workspace.assertBadInput(Workspace.run("frobnicate"), "Unmatched argument at index 0: 'frobnicate'");
        Workspace.assertBadInput(Workspace.run("run", "x.yaml", "--years", "many"), "Invalid value for option '--years'");
        Workspace.assertBadInput(Workspace.run("run", "x.yaml", "--threads", "0"), "x.yaml: file not found");
    }

    @Test
    void anExistingRunDirectoryIsReplacedOnlyWithForce() throws IOException {
        Path scenario = ws.scenario("troms.yaml", "extends: baseline.yaml\nname: troms\ndata.county: '55'\n");
        Path out = Files.createDirectory(ws.output.resolve("run"));
        Files.writeString(out.resolve("keep.txt"), "mine\n");
        Workspace.Result r = Workspace.run("run", scenario.toString(), "--years", "1", "--out", out.toString());
        Workspace.assertBadInput(r, "the output directory exists; choose another --out or add --force to replace it");
        assertTrue(Files.isRegularFile(out.resolve("keep.txt")), "untouched without --force");
        assertEquals(List.of(out), ws.outputEntries(), "and no temporary directory left");
        Workspace.Result forced = Workspace.run("run", scenario.toString(), "--years", "1", "--threads", "1", "--force",
                "--out", out.toString());
        assertEquals(0, forced.code(), forced.toString());
        assertFalse(Files.exists(out.resolve("keep.txt")), "replaced with --force");
        assertTrue(Files.isRegularFile(out.resolve("run.json")));
        assertEquals(List.of(out), ws.outputEntries(), "no temporary or old directory left");
    }

    @Test
    void helpListsTheExitCodes() {
        Workspace.Result r = Workspace.run("--help");
        assertEquals(0, r.code());
        for (String line : List.of("Exit codes:", "0   success", "1   a regression check failed", "2   bad input",
                "3   internal error", "validate")) {
            assertTrue(r.out().contains(line), line + " in " + r.out());
        }
    }
}
