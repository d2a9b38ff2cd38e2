package no.gpsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import no.gpsim.experiment.Comparison;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.experiment.Summaries;
import no.gpsim.model.ModelInputs;
import no.gpsim.output.CentralityTable;
import no.gpsim.output.RunDirectory;
import no.gpsim.output.RunManifest;
import no.gpsim.output.RunOutputs;
import no.gpsim.output.SummaryFiles;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gpsim run SCENARIO}: runs replicates of one scenario and writes its outputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs replicates of one scenario and writes its outputs.",
            "Writes national.csv, groups.csv, municipalities.csv (as chosen with --outputs, .csv.gz with --gzip) and",
            "run.json; with --replicates 2 or more also summary.csv and municipalities_summary.csv (means and 95 %%",
            "intervals). Rows are written as the replicates finish, so memory does not grow with --replicates.",
            "Outputs are written to a temporary directory and moved into place only when the run succeeds."})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenarioFile;

    @Mixin
    RunOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Set<RunOutputs.Kind> chosen = options.outputs();
        Scenario scenario = new ScenarioLoader().load(scenarioFile);
        int years = options.years(scenario.run().years());
        int replicates = options.replicates(scenario.run().replicates());
        long seed = options.seed(scenario.run().seed());
        int threads = options.threads();
        ModelInputs inputs = ModelInputsReader.read(scenario, years);
        no.gpsim.experiment.PosteriorDraws posterior = options.posteriorDraws();
        RunOptions.notePoliciesAfterHorizon(spec.commandLine().getErr(), scenario, years);
        Path target = options.out != null ? options.out : defaultOut(scenario.name());
        try (RunDirectory dir = RunDirectory.create(target, options.force, spec.commandLine().getErr())) {
            long start = System.nanoTime();
            Summaries summaries = replicates > 1 ? new Summaries(List.of(scenario.name()), List.of(inputs)) : null;
            CentralityTable table = new CentralityTable(years * 12, scenario.start());
            List<String> outputs;
            try (RunOutputs files = RunOutputs.open(dir.path(), List.of(new RunOutputs.Source(scenario.name(),
                    inputs.municipalities(), scenario.start())), chosen, options.gzip)) {
                Comparison.stream(List.of(inputs), seed, replicates, threads, (s, r) -> { }, (s, result) -> {
                    files.accept(s, result);
                    table.add(result);
                    if (summaries != null) {
                        summaries.add(s, result);
                    }
                }, posterior);
                outputs = new ArrayList<>(files.finish());
            }
            if (summaries != null) {
                SummaryFiles.writeSingle(dir.path(), summaries);
                outputs.addAll(List.of(SummaryFiles.SUMMARY, SummaryFiles.MUNICIPALITIES_SUMMARY));
            }
            double wall = (System.nanoTime() - start) / 1e9;
            RunManifest.write(dir.path().resolve("run.json"), "run", List.of(RunManifest.scenarioEntry(scenario)), seed,
                    replicates, years, threads, wall, outputs, posterior == null ? null : posterior.file());
            dir.commit();
            out.printf("gpsim: ran %s, %d replicate(s) x %d years in %.1f s on %d thread(s)%n", scenario.name(), replicates,
                    years, wall, threads);
            table.print(out);
            out.printf("%nOutputs in %s%n", dir.target());
        }
        return GpsimCli.OK;
    }

    static Path defaultOut(String scenarioName) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("output", scenarioName + "-" + stamp);
    }
}
