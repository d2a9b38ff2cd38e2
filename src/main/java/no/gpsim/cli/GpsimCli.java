package no.gpsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import no.gpsim.BadInputException;
import no.gpsim.model.InvariantViolation;
import no.gpsim.output.RunManifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The gpsim command line: a top-level command with one small subcommand per job. */
@Command(name = "gpsim",
        mixinStandardHelpOptions = true,
        versionProvider = GpsimCli.Version.class,
        description = "Agent-based simulator of Norway's regular GP scheme (fastlegeordningen).",
        subcommands = {RunCommand.class, CompareCommand.class, ChartsCommand.class, CheckCommand.class, CalibrateCommand.class,
            SweepCommand.class, SensitivityCommand.class, HistoryCommand.class, ProfileCommand.class,
            ValidateCommand.class, BenchCommand.class, KeysCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a regression check failed (gpsim check)",
            "2:bad input: a scenario key, a data row, a missing file, a wrong option, or a file that cannot be read "
                + "or written",
            "3:internal error (a bug: please report it with --debug output)"})
public final class GpsimCli implements Runnable {

    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(args, out, err));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(commandLine(out, err), args, err);
    }

    /**
     * Runs a command line made by {@link #commandLine} (tests add subcommands to it). Whatever
     * happens, the user sees at most one line on {@code err} unless --debug is given, and the
     * exit code says what kind of failure it was.
     */
    static int execute(CommandLine cli, String[] args, PrintWriter err) {
        try {
            return cli.execute(args);
        } catch (Throwable t) {
            // picocli passes Errors (out of memory, stack overflow) through its handlers
            return report(t, java.util.Arrays.asList(args).contains("--debug"), err);
        }
    }

    /** The command line with its streams and error handling, before it parses anything. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GpsimCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine cmd = ex.getCommandLine();
            err.println("gpsim: " + oneLine(ex.getMessage()) + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
            err.flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> report(ex, hasDebug(parseResult), err));
        return cli;
    }

    /** Prints one line about a failure (and the stack trace with --debug) and returns the exit code. */
    static int report(Throwable ex, boolean debug, PrintWriter err) {
        int code;
        if (ex instanceof BadInputException) {
            err.println("gpsim: " + oneLine(ex.getMessage()));
            code = BAD_INPUT;
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            // the disk is full, a folder is not writable: the user's to fix, not a bug
            Throwable io = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
            err.println("gpsim: cannot read or write a file: " + oneLine(describe(ex))
                    + (io != ex ? ": " + oneLine(describe(io)) : ""));
            code = BAD_INPUT;
        } else if (ex instanceof OutOfMemoryError) {
            err.println("gpsim: out of memory; give Java more with GPSIM_JAVA_OPTS=-Xmx4g (or java -Xmx4g -jar ...), "
                    + "or run fewer replicates at once with --threads");
            code = INTERNAL_ERROR;
        } else {
            // InvariantViolation's message reads "invariant broken in <municipality>, <month>: <invariant>"
            String what = ex instanceof InvariantViolation ? "model " : "internal error: ";
            err.println("gpsim: " + what + oneLine(describe(ex)) + (debug ? "" : " (run with --debug for details)"));
            code = INTERNAL_ERROR;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return t instanceof NoSuchFileException ? message + " (no such file or directory)"
                : t instanceof AccessDeniedException ? message + " (permission denied)"
                : t instanceof BadInputException || t instanceof InvariantViolation || t instanceof UncheckedIOException
                ? message : t.getClass().getSimpleName() + ": " + message;
    }

    private static boolean hasDebug(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.matchedOption("--debug") != null) {
                return true;
            }
        }
        return false;
    }

    /** A message as one printable line, whatever characters the input put in it. */
    static String oneLine(String s) {
        return BadInputException.oneLine(s);
    }

    /** Prints the version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gpsim " + RunManifest.version()};
        }
    }
}
