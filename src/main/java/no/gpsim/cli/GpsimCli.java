package no.gpsim.cli;

import java.io.PrintWriter;
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
        subcommands = {RunCommand.class, CompareCommand.class, ChartsCommand.class, CheckCommand.class, BenchCommand.class,
            KeysCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a regression check failed (gpsim check)",
            "2:bad input: a scenario key, a data row, a missing file or a wrong option",
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
        CommandLine cli = new CommandLine(new GpsimCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine cmd = ex.getCommandLine();
            err.println("gpsim: " + ex.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            boolean debug = parseResult.matchedOption("--debug") != null
                    || parseResult.subcommand() != null && hasDebug(parseResult);
            if (ex instanceof BadInputException) {
                err.println("gpsim: " + oneLine(ex.getMessage()));
                if (debug) {
                    ex.printStackTrace(err);
                }
                err.flush();
                return BAD_INPUT;
            }
            String what = ex instanceof InvariantViolation ? "model invariant broken" : "internal error";
            err.println("gpsim: " + what + ": " + oneLine(String.valueOf(ex.getMessage()))
                    + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    private static boolean hasDebug(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.matchedOption("--debug") != null) {
                return true;
            }
        }
        return false;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").trim();
    }

    /** Prints the version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gpsim " + RunManifest.version()};
        }
    }
}
