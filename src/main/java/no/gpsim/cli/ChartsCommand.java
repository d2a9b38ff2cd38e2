package no.gpsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.gpsim.BadInputException;
import no.gpsim.output.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gpsim charts RUN_DIR}: draws the charts and maps and writes report.html again from a run's CSV files. */
@Command(name = "charts", mixinStandardHelpOptions = true,
        description = {"Redraws the charts, the maps and report.html of an earlier run from its files.",
            "Draws charts/*.png and charts/*.svg (the maps of the municipalities as charts/map-*) and writes report.html",
            "again from the run.json, summary.csv, differences.csv and municipalities_summary.csv of an earlier run."})
public final class ChartsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "Directory written by gpsim compare (or gpsim run with --replicates 2 or more).")
    Path runDir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(runDir)) {
            throw new BadInputException(runDir + ": no such directory");
        }
        Report.Result result = Report.generate(runDir);
        result.headline().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().printf("%nWrote %d charts and %d maps (PNG and SVG) in %s and %s%n", result.charts(),
                result.maps(), runDir.resolve(Report.CHARTS_DIR), runDir.resolve(Report.REPORT));
        return GpsimCli.OK;
    }
}
