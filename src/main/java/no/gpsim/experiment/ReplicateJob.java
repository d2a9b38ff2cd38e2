package no.gpsim.experiment;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.gpsim.engine.Job;
import no.gpsim.model.ModelInputs;

/**
 * One replicate of one scenario of a comparison, as a job a Spark executor can run: it carries the
 * scenario files, the years and the posterior file (if any), reads each once per JVM, and returns
 * the replicate's result. Used by {@link Comparison#stream} on the Spark engine; on local threads
 * the comparison runs on the inputs already in memory.
 */
public final class ReplicateJob implements Job<ReplicateJob.Task, ReplicateResult> {

    private static final long serialVersionUID = 1L;
    private static final Map<String, PosteriorDraws> POSTERIORS = new ConcurrentHashMap<>();

    /**
     * A run: scenario {@code scenario} (its position in the comparison), replicate {@code replicate}.
     *
     * @param seed the replicate's seed (the comparison's seed + replicate)
     */
    public record Task(int scenario, int replicate, long seed) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final String[] files;
    private final int years;
    private final String posterior;

    /**
     * @param files the scenario files, in the comparison's order
     * @param years years simulated
     * @param posterior a posterior.csv each replicate draws its parameters from, or null
     */
    public ReplicateJob(List<Path> files, int years, Path posterior) {
        this.files = files.stream().map(f -> f.toAbsolutePath().normalize().toString()).toArray(String[]::new);
        this.years = years;
        this.posterior = posterior == null ? null : posterior.toAbsolutePath().normalize().toString();
    }

    @Override
    public ReplicateResult run(Task task) {
        String file = files[task.scenario()];
        ModelInputs inputs = ModelInputsReader.readOnce(Path.of(file), years);
        if (posterior != null) {
            inputs = POSTERIORS.computeIfAbsent(posterior, p -> PosteriorDraws.read(Path.of(p))).inputs(inputs,
                    task.seed());
        }
        return Replicates.runOne(inputs, task.seed(), task.replicate());
    }
}
