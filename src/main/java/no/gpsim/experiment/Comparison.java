package no.gpsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.gpsim.model.ModelInputs;

/**
 * Runs several scenarios with common random numbers: replicate r of every scenario uses seed + r,
 * so the scenarios meet the same draws and their differences are paired. All (scenario,
 * replicate) runs share one pool of threads, replicate-major so that early progress is
 * representative; results are stored by position, so they do not depend on the thread count.
 */
public final class Comparison {

    /** Told when a run finishes (called from worker threads). */
    @FunctionalInterface
    public interface Listener {
        void finished(int scenario, int replicate);
    }

    private Comparison() {
    }

    /**
     * Runs {@code replicates} replicates of each scenario.
     *
     * @param names output names, one per input, unique
     * @param inputs model inputs per scenario, all for the same horizon
     */
    public static List<ScenarioRun> run(List<String> names, List<ModelInputs> inputs, long seed, int replicates,
                                        int threads, Listener listener) {
        int s = inputs.size();
        ReplicateResult[][] results = new ReplicateResult[s][replicates];
        if (threads <= 1) {
            for (int r = 0; r < replicates; r++) {
                for (int i = 0; i < s; i++) {
                    results[i][r] = Replicates.runOne(inputs.get(i), seed + r, r);
                    listener.finished(i, r);
                }
            }
        } else {
            runPooled(inputs, seed, replicates, threads, listener, results);
        }
        List<ScenarioRun> out = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            out.add(new ScenarioRun(names.get(i), inputs.get(i).scenario(), inputs.get(i), List.of(results[i])));
        }
        return out;
    }

    private static void runPooled(List<ModelInputs> inputs, long seed, int replicates, int threads, Listener listener,
                                  ReplicateResult[][] results) {
        int s = inputs.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, s * replicates), runnable -> {
            Thread t = new Thread(runnable, "gpsim-compare");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int r = 0; r < replicates; r++) {
                for (int i = 0; i < s; i++) {
                    int scenario = i;
                    int replicate = r;
                    futures.add(pool.submit(() -> {
                        results[scenario][replicate] = Replicates.runOne(inputs.get(scenario), seed + replicate, replicate);
                        listener.finished(scenario, replicate);
                    }));
                }
            }
            for (Future<?> f : futures) {
                f.get();
            }
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
