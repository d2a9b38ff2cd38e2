package no.gpsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import no.gpsim.model.GpSim;
import no.gpsim.model.ModelInputs;
import no.gpsim.observe.Collector;
import no.gpsim.process.InvariantCheck;
import no.gpsim.process.Processes;
import sim.engine.Steppable;

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
        return runOne(inputs, seed, replicate, UnaryOperator.identity());
    }

    /**
     * Runs one replicate to the end with each monthly process and the observer wrapped by
     * {@code around} (which must step what it wraps exactly once): for {@code gpsim bench
     * --by-process}, which times them.
     */
    public static ReplicateResult runOne(ModelInputs inputs, long seed, int replicate, UnaryOperator<Steppable> around) {
        List<Steppable> monthly = new ArrayList<>();
        for (Steppable process : Processes.monthly()) {
            monthly.add(around.apply(process));
        }
        GpSim sim = new GpSim(seed, inputs, Processes.initial(), monthly);
        Collector collector = new Collector();
        sim.addObserver(around.apply(collector));
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
