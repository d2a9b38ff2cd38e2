package no.gpsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.gpsim.BadInputException;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gpsim validate FILE...}: checks scenario files, the files they extend and the data files
 * they name, without running anything or writing a file. Prints {@code ok FILE} on standard
 * output for each valid file and one error line on standard error for each bad one; every file is
 * checked even after a bad one.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario files, the files they extend and the data files they name, without running them.",
            "Prints 'ok FILE' for each valid file and one error line (file:line:column: key: problem) for each bad one.",
            "Exit code 0 when every file is valid, 2 when any is not."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario YAML files.")
    List<Path> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = GpsimCli.OK;
        for (Path file : files) {
            try {
                check(file);
                out.println("ok " + GpsimCli.oneLine(file.toString()));
                out.flush();
            } catch (BadInputException e) {
                err.println("gpsim: " + GpsimCli.oneLine(e.getMessage()) + about(file, e));
                err.flush();
                code = Math.max(code, GpsimCli.BAD_INPUT);
            }
        }
        return code;
    }

    /** Loads the scenario and reads every input file it names, as a run would before it starts. */
    static void check(Path file) {
        Scenario scenario = new ScenarioLoader().load(file);
        ModelInputsReader.read(scenario, scenario.run().years());
    }

    /**
     * When the error is in another file (a parent scenario, a data file), says which of the
     * command's files it was found through, so several files can be checked at once.
     */
    private static String about(Path file, BadInputException e) {
        String abs = file.toAbsolutePath().normalize().toString();
        String message = e.getMessage();
        if (message.startsWith(abs + ":") || message.startsWith(file + ":")) {
            return "";
        }
        return " (checking " + GpsimCli.oneLine(file.toString()) + ")";
    }
}
