package no.gpsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import no.gpsim.model.GpSim;
import no.gpsim.model.ModelInputs;
import no.gpsim.observe.Collector;
import no.gpsim.process.InvariantCheck;
import no.gpsim.process.Processes;

/**
 * Runs replicates of a scenario, in parallel on a fixed number of threads. Each replicate is a
 * separate model with its own seed (scenario seed + replicate number), and results come back in
 * replicate order, so outputs do not depend on the number of threads.
 */
public final class Replicates {

    private Replicates() {
    }

    /** Runs one replicate to the end. */
    public static ReplicateResult runOne(ModelInputs inputs, long seed, int replicate) {
        GpSim sim = new GpSim(seed, inputs, Processes.monthly());
        Collector collector = new Collector();
        sim.addObserver(collector);
        sim.start();
        Processes.deriveInitial(sim);
        InvariantCheck.check(sim);
        collector.observe(sim);
        sim.runToEnd();
        sim.finish();
        return new ReplicateResult(replicate, seed, collector.months(), collector.years());
    }

    /**
     * Runs replicates 0 to {@code count - 1} with seeds {@code seed + r}.
     *
     * @param done called with the replicate number as each one finishes (from worker threads)
     */
    public static List<ReplicateResult> run(ModelInputs inputs, long seed, int count, int threads, IntConsumer done) {
        if (threads <= 1 || count == 1) {
            List<ReplicateResult> out = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                out.add(runOne(inputs, seed + r, r));
                done.accept(r);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), runnable -> {
            Thread t = new Thread(runnable, "gpsim-replicate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReplicateResult>> futures = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                int replicate = r;
                futures.add(pool.submit(() -> {
                    ReplicateResult result = runOne(inputs, seed + replicate, replicate);
                    done.accept(replicate);
                    return result;
                }));
            }
            List<ReplicateResult> out = new ArrayList<>();
            for (Future<ReplicateResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
