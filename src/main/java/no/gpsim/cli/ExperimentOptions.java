package no.gpsim.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import no.gpsim.BadInputException;
import no.gpsim.scenario.Scenario;
import picocli.CommandLine.Option;

/** Options shared by the commands that run a design over a scenario: gpsim sweep and gpsim sensitivity. */
public final class ExperimentOptions {

    @Option(names = "--against", paramLabel = "BASE",
            description = "A base scenario run at every point with the same values and seeds: outcomes are scenario - base.")
    Path against;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of replicate 0 (default: the scenario's); replicate r "
            + "uses S + r at every point. Also seeds a random design and the bootstrap.")
    Long seed;

    @Option(names = "--years", paramLabel = "Y", description = "Years to simulate (default: the scenario's).")
    Integer years;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: output/<command>-<scenario>-<timestamp>).")
    Path out;

    @Option(names = "--force", description = "Replace the output directory if it exists.")
    boolean force;

    /** Years to simulate: --years, else the scenario's. */
    int years(Scenario s) {
        int y = years != null ? years : s.run().years();
        if (y < 1 || y > 50) {
            throw new BadInputException("--years: " + y + " is out of range, expected 1 to 50");
        }
        return y;
    }

    /** Seed of replicate 0: --seed, else the scenario's. */
    long seed(Scenario s) {
        long v = seed != null ? seed : s.run().seed();
        if (v < 0) {
            throw new BadInputException("--seed: " + v + " is negative");
        }
        return v;
    }

    /** The output directory: --out, else output/PREFIX-SCENARIO-TIMESTAMP. */
    Path target(String prefix, Scenario s) {
        return out != null ? out : Path.of("output", prefix + "-" + s.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
}
