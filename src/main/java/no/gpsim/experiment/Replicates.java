package no.gpsim.experiment;

import java.util.List;
import java.util.function.IntConsumer;
import no.gpsim.model.GpSim;
import no.gpsim.model.ModelInputs;
import no.gpsim.observe.Collector;
import no.gpsim.process.InvariantCheck;
import no.gpsim.process.Processes;

/**
 * Runs replicates of a scenario. Each replicate is a separate model with its own seed (scenario
 * seed + replicate number); {@link Comparison#stream} shares them over a pool of threads and hands
 * them on in replicate order, so outputs do not depend on the number of threads.
 */
public final class Replicates {

    private Replicates() {
    }

    /** Runs one replicate to the end. */
    public static ReplicateResult runOne(ModelInputs inputs, long seed, int replicate) {
        GpSim sim = new GpSim(seed, inputs, Processes.initial(), Processes.monthly());
        Collector collector = new Collector();
        sim.addObserver(collector);
        sim.start();
        InvariantCheck.check(sim);
        collector.observe(sim);
        sim.runToEnd();
        sim.finish();
        return new ReplicateResult(replicate, seed, collector.months(), collector.years());
    }

    /**
     * Runs replicates 0 to {@code count - 1} with seeds {@code seed + r} and keeps them all in
     * memory: for tests and small runs; the commands stream them with {@link Comparison#stream}.
     *
     * @param done called with the replicate number as each one finishes (from worker threads)
     */
    public static List<ReplicateResult> run(ModelInputs inputs, long seed, int count, int threads, IntConsumer done) {
        return Comparison.run(List.of(inputs.scenario().name()), List.of(inputs), seed, count, threads,
                (scenario, replicate) -> done.accept(replicate)).get(0).replicates();
    }
}
