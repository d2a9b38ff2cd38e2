package no.gpsim.cli;

import no.gpsim.BadInputException;
import no.gpsim.engine.Engine;
import no.gpsim.engine.Engines;
import picocli.CommandLine.Option;

/** Where the runs of a sweep or sensitivity analysis go: local threads or Apache Spark. */
public final class EngineOptions {

    @Option(names = "--engine", paramLabel = "local|spark",
            description = "local (default): a pool of threads here; spark: Apache Spark, through spark-submit or with "
                    + "--master (docs/SWEEPS.md). Both write the same files.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master with --engine spark: local[2], spark://HOST:7077, yarn (default: spark-submit's).")
    String master;

    @Option(names = "--batch", paramLabel = "N",
            description = "Runs per Spark task with --engine spark (default: chosen from the runs and cores).")
    Integer batch;

    @Option(names = "--threads", paramLabel = "T", description = "Runs in parallel with the local engine (default: all cores).")
    Integer threads;

    /** The back-end named by {@code --engine} (null: local). */
    static Engines.Kind kind(String engine) {
        String name = engine == null ? "local" : engine.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "local" -> Engines.Kind.LOCAL;
            case "spark" -> Engines.Kind.SPARK;
            default -> throw new BadInputException("--engine: " + engine + " is not an engine; use local or spark");
        };
    }

    /** The engine chosen; the caller closes it. */
    Engine open() {
        Engines.Kind kind = kind(engine);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) {
            throw new BadInputException("--threads: " + t + " is out of range, expected 1 to 1024");
        }
        if (kind == Engines.Kind.SPARK && threads != null) {
            throw new BadInputException("--threads: only with the local engine; Spark uses its executors' cores");
        }
        Engines.check(kind, master, batch);
        return Engines.create(kind, t, master, batch == null ? 0 : batch);
    }
}
