package no.gpsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.gpsim.output.profile.Place;
import no.gpsim.output.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gpsim profile RUN_DIR --municipality 1856}: one self-contained HTML page per municipality,
 * on-call district or BA region of a finished comparison (or run with 2 or more replicates).
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Writes a profile page of a municipality, an on-call district or a BA region.",
            "One self-contained HTML page each: key figures at the start, the trajectory",
            "under each scenario with intervals and the centrality class beside it, the",
            "end-year figures with the differences from the base, and how it compares",
            "with the municipalities of its class. Written to RUN_DIR/profiles/ unless",
            "--out is given. The run must have written municipalities.csv (the default)."})
public final class ProfileCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR",
            description = "Directory written by gpsim compare (or gpsim run with --replicates 2 or more).")
    Path runDir;

    @Option(names = "--municipality", split = ",", paramLabel = "CODE|NAME",
            description = "A municipality by kommunenummer (1856) or name (Røst; 'Oslo' finds 'Oslo - Oslove'); "
                    + "several separated by commas.")
    List<String> municipalities = new ArrayList<>();

    @Option(names = "--district", split = ",", paramLabel = "CODE|NAME",
            description = "The on-call district of the base scenario, as set at the start, that holds this "
                    + "municipality (or, with onCall.district: file, the district of this name); the members are "
                    + "added up.")
    List<String> districts = new ArrayList<>();

    @Option(names = "--region", split = ",", paramLabel = "CODE|NAME",
            description = "A housing and labour-market (BA) region by code or name, from the data file's "
                    + "ba_region_code and ba_region_name; the members are added up.")
    List<String> regions = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE",
            description = "The HTML file to write, for a single profile (default: RUN_DIR/profiles/<code>-<name>.html).")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        List<Profiles.Request> requests = new ArrayList<>();
        municipalities.forEach(q -> requests.add(new Profiles.Request(Place.Kind.MUNICIPALITY, q)));
        districts.forEach(q -> requests.add(new Profiles.Request(Place.Kind.DISTRICT, q)));
        regions.forEach(q -> requests.add(new Profiles.Request(Place.Kind.REGION, q)));
        for (Profiles.Written w : Profiles.write(runDir, requests, out)) {
            stdout.printf("gpsim: wrote %s (%s)%n", w.file(), w.place().title());
        }
        stdout.flush();
        return GpsimCli.OK;
    }
}
