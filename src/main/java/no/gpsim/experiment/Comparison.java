package no.gpsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.engine.LocalEngine;
import no.gpsim.model.ModelInputs;

/**
 * Runs several scenarios with common random numbers: replicate r of every scenario uses seed + r,
 * so the scenarios meet the same draws and their differences are paired. All (scenario,
 * replicate) runs share one pool of threads, replicate-major so that early progress is
 * representative.
 *
 * <p>Results are handed to a {@link Sink} as they finish, in a fixed order whatever the thread
 * count: replicate 0 of every scenario (base first), then replicate 1, and so on. A run that
 * finishes before an earlier one waits in a small reorder window (twice the threads) until the
 * earlier ones have been handed over, and no run starts more than that window ahead of the
 * sink, so memory stays flat however many replicates are run ({@link LocalEngine#runOrdered}).
 */
public final class Comparison {

    /** Told when a run finishes (called from worker threads, in any order). */
    @FunctionalInterface
    public interface Listener {
        void finished(int scenario, int replicate);
    }

    /** Receives each run's result, on the calling thread, in replicate order and base first within a replicate. */
    @FunctionalInterface
    public interface Sink {
        void accept(int scenario, ReplicateResult result) throws IOException;
    }

    private Comparison() {
    }

    /**
     * Runs {@code replicates} replicates of each scenario and hands every result to {@code sink}
     * in order (see the class comment).
     *
     * @param inputs model inputs per scenario, all for the same horizon
     * @throws IOException when the sink fails; the remaining runs are cancelled
     */
    public static void stream(List<ModelInputs> inputs, long seed, int replicates, int threads, Listener listener,
                              Sink sink) throws IOException {
        stream(inputs, seed, replicates, threads, listener, sink, null);
    }

    /**
     * As {@link #stream(List, long, int, int, Listener, Sink)}, with each replicate's parameters
     * drawn from a calibration's posterior (the same draw in every scenario), or fixed when
     * {@code posterior} is null.
     */
    public static void stream(List<ModelInputs> fixed, long seed, int replicates, int threads, Listener listener,
                              Sink sink, PosteriorDraws posterior) throws IOException {
        java.util.function.BiFunction<Integer, Integer, ModelInputs> inputsOf = posterior == null
                ? (i, r) -> fixed.get(i) : (i, r) -> posterior.inputs(fixed.get(i), seed + r);
        int s = fixed.size();
        List<Integer> runs = new ArrayList<>();
        for (int n = 0; n < s * replicates; n++) {
            runs.add(n);
        }
        // replicate-major: run n is replicate n / s of scenario n % s
        LocalEngine.runOrdered(runs, n -> Replicates.runOne(inputsOf.apply(n % s, n / s), seed + n / s, n / s), threads,
                n -> listener.finished(n % s, n / s), (n, result) -> sink.accept(n % s, result));
    }

    /**
     * As {@link #stream(List, long, int, int, Listener, Sink, PosteriorDraws)} on an engine other
     * than the local threads (Spark): each run goes out as a {@link ReplicateJob} (the scenario files,
     * years and posterior file), in the same order, so the results and the files written from them
     * are the same.
     */
    public static void stream(no.gpsim.engine.Engine engine, ReplicateJob job, int scenarios, long seed, int replicates,
                              Listener listener, Sink sink) throws IOException {
        List<ReplicateJob.Task> tasks = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < scenarios; i++) {
                tasks.add(new ReplicateJob.Task(i, r, seed + r));
            }
        }
        engine.run(tasks, job, n -> listener.finished(n % scenarios, n / scenarios),
                (n, result) -> sink.accept(n % scenarios, result));
    }

    /**
     * Runs the scenarios and keeps every result in memory: for tests and small experiments only;
     * the commands use {@link #stream}.
     *
     * @param names output names, one per input, unique
     */
    public static List<ScenarioRun> run(List<String> names, List<ModelInputs> inputs, long seed, int replicates,
                                        int threads, Listener listener) {
        List<List<ReplicateResult>> results = new ArrayList<>();
        inputs.forEach(i -> results.add(new ArrayList<>()));
        try {
            stream(inputs, seed, replicates, threads, listener, (scenario, result) -> results.get(scenario).add(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ScenarioRun> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            out.add(new ScenarioRun(names.get(i), inputs.get(i).scenario(), inputs.get(i), results.get(i)));
        }
        return out;
    }
}
