package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.model.GpSim;
import no.gpsim.model.InvariantViolation;
import no.gpsim.model.ModelInputs;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.output.RunDirectory;
import no.gpsim.process.InvariantCheck;
import no.gpsim.process.Processes;
import no.gpsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Model guards: when the state breaks an invariant during a run, the run stops with a message
 * naming the municipality, the month and the invariant, the command exits with code 3 and no run
 * directory is left. The state is broken on purpose by a test-only process, scheduled before the
 * invariant check through GpSim's public constructor.
 */
class InvariantGuardTest {

    @TempDir
    Path dir;

    Workspace ws;
    ModelInputs inputs;

    @BeforeEach
    void load() throws IOException {
        ws = new Workspace(dir);
        Path troms = ws.scenario("troms.yaml", "extends: baseline.yaml\nname: troms\ndata.county: '55'\n");
        inputs = ModelInputsReader.read(new ScenarioLoader().load(troms), 1);
    }

    /** Breaks one invariant in the first municipality, in the given month (1 = January 2026). */
    record Corrupt(String how, int month) implements Steppable {
        @Override
        public void step(SimState state) {
            GpSim sim = (GpSim) state;
            if (sim.monthsDone() != month) {
                return;
            }
            Municipality m = sim.municipalities().get(0);
            PatientList held = m.lists().stream().filter(l -> l.holder() != null).findFirst().orElseThrow();
            switch (how) {
                case "population" -> m.changePopulation(1, 25);
                case "cap" -> held.setCap(-1);
                case "income" -> held.holder().setNetIncome(Double.NaN);
                case "hours" -> held.holder().setWorkload(Double.POSITIVE_INFINITY, 0, 0);
                default -> throw new IllegalArgumentException(how);
            }
        }
    }

    /** The monthly processes with the corruption just before the invariant check. */
    static List<Steppable> corrupted(String how, int month) {
        List<Steppable> processes = new ArrayList<>(Processes.monthly());
        int check = processes.size() - 1;
        assertTrue(processes.get(check) instanceof InvariantCheck, "the check runs last");
        processes.add(check, new Corrupt(how, month));
        return processes;
    }

    static void runToEnd(ModelInputs inputs, List<Steppable> processes) {
        GpSim sim = new GpSim(7, inputs, Processes.initial(), processes);
        sim.start();
        InvariantCheck.check(sim);
        sim.runToEnd();
        sim.finish();
    }

    @ParameterizedTest
    @CsvSource({
        "population, 3, 2026-03, patients not conserved: , aged 18-66",
        "cap, 1, 2026-01, negative cap on list , ''",
        "income, 5, 2026-05, GP , and income NaN",
        "hours, 12, 2026-12, GP , has hours Infinity",
    })
    void aBrokenInvariantStopsTheRunNamingMunicipalityMonthAndInvariant(String how, int month, String when, String what,
                                                                       String detail) {
        InvariantViolation e = assertThrows(InvariantViolation.class, () -> runToEnd(inputs, corrupted(how, month)));
        String first = inputs.municipalities().get(0).code() + " " + inputs.municipalities().get(0).name();
        assertTrue(e.getMessage().startsWith("invariant broken in " + first + ", " + when + ": " + what), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    @Test
    void theUncorruptedRunKeepsEveryInvariant() {
        runToEnd(inputs, Processes.monthly());
    }

    /** gpsim run's steps, on the corrupted model: create the run directory, run, commit. */
    @Command(name = "corrupt-run")
    final class CorruptRun implements Callable<Integer> {
        @CommandLine.Option(names = "--out")
        Path out;

        @Override
        public Integer call() {
            try (RunDirectory d = RunDirectory.create(out, false)) {
                runToEnd(inputs, corrupted("population", 2));
                d.commit();
            }
            return GpsimCli.OK;
        }
    }

    @Test
    void theCommandLineExitsWithThreeAndLeavesNoRunDirectory() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GpsimCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cli.addSubcommand("corrupt-run", new CorruptRun());
        int code = GpsimCli.execute(cli, new String[] {"corrupt-run", "--out", ws.output.resolve("run").toString()},
                new PrintWriter(err, true));
        Workspace.Result r = new Workspace.Result(code, out.toString(), err.toString());
        assertEquals(GpsimCli.INTERNAL_ERROR, code, r.toString());
        Workspace.assertOneLine(r);
        String first = inputs.municipalities().get(0).code() + " " + inputs.municipalities().get(0).name();
        assertTrue(r.err().startsWith("gpsim: model invariant broken in " + first + ", 2026-02: patients not conserved: "),
                r.toString());
        assertTrue(r.err().endsWith(" (run with --debug for details)\n"), r.toString());
        assertEquals(List.of(), ws.outputEntries(), "no run directory, no temporary directory");
        assertTrue(Files.isDirectory(ws.output));
    }
}
