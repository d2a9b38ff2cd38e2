package no.gpsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import no.gpsim.output.RunOutputs;
import no.gpsim.scenario.Scenario;
import picocli.CommandLine.Option;

/** Options shared by the commands that run scenarios; they override the scenario file. */
public final class RunOptions {

    @Option(names = "--replicates", paramLabel = "N", description = "Replicates per scenario (default: the scenario's replicates key).")
    Integer replicates;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of replicate 0; replicate r uses S + r (default: the scenario's seed).")
    Long seed;

    @Option(names = "--years", paramLabel = "Y", description = "Years to simulate from 2026-01 (default: the scenario's years).")
    Integer years;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: output/<scenario>-<timestamp>; for compare output/compare-<timestamp>).")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Replicates run in parallel on T threads (default: all cores). Results do not depend on T.")
    Integer threads;

    @Option(names = "--force", description = "Replace the output directory if it exists.")
    boolean force;

    @Option(names = "--outputs", paramLabel = "LIST",
            description = "Per-replicate files to write, comma-separated: national, groups, municipalities (default: all "
                    + "three). The summaries are always written.")
    String outputs;

    @Option(names = "--gzip", description = "Write the per-replicate files compressed, as .csv.gz.")
    boolean gzip;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "A posterior.csv of gpsim calibrate: replicate r draws its parameter set from it (the same "
                    + "draw in every scenario), so the intervals cover parameter uncertainty as well as chance.")
    Path posterior;

    /** The posterior draws of --posterior, or null without it. */
    no.gpsim.experiment.PosteriorDraws posteriorDraws() {
        return posterior == null ? null : no.gpsim.experiment.PosteriorDraws.read(posterior);
    }

    /** The per-replicate files chosen with --outputs (default all). */
    Set<RunOutputs.Kind> outputs() {
        return outputs == null ? EnumSet.allOf(RunOutputs.Kind.class) : RunOutputs.Kind.parse(outputs);
    }

    int threads() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) {
            throw new no.gpsim.BadInputException("--threads: " + t + " is out of range, expected 1 to 1024");
        }
        return t;
    }

    int replicates(int fromScenario) {
        int r = replicates == null ? fromScenario : replicates;
        if (r < 1 || r > 10_000) {
            throw new no.gpsim.BadInputException("--replicates: " + r + " is out of range, expected 1 to 10000");
        }
        return r;
    }

    int years(int fromScenario) {
        int y = years == null ? fromScenario : years;
        if (y < 1 || y > 50) {
            throw new no.gpsim.BadInputException("--years: " + y + " is out of range, expected 1 to 50");
        }
        return y;
    }

    long seed(long fromScenario) {
        long s = seed == null ? fromScenario : seed;
        if (s < 0) {
            throw new no.gpsim.BadInputException("--seed: " + s + " is negative");
        }
        return s;
    }

    /** Tells the user on stderr about policies a shortened run (--years) leaves out. */
    static void notePoliciesAfterHorizon(PrintWriter err, Scenario s, int years) {
        YearMonth end = s.start().plusYears(years);
        for (Scenario.Policy p : s.policies()) {
            if (!p.from().isBefore(end)) {
                err.printf("gpsim: note: %s: the policy from %s starts after the run ends (%s); it has no effect%n",
                        s.name(), p.from(), end.minusMonths(1));
            }
        }
        err.flush();
    }
}
