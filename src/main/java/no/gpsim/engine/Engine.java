package no.gpsim.engine;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Runs many independent tasks (a sweep's points, a sensitivity design, a calibration's parameter
 * sets) and hands their results back in task order, whatever the back-end and however many threads
 * or executors it uses, so that the files written from them are the same byte for byte.
 *
 * <p>Two back-ends: {@link LocalEngine} (a pool of threads in this JVM, the default) and
 * {@code SparkEngine} (Apache Spark, local or on a cluster; see docs/SWEEPS.md), chosen with
 * {@link Engines#create}.
 */
public interface Engine extends AutoCloseable {

    /** Told when a task finishes (from any thread, in any order), for progress. */
    @FunctionalInterface
    interface Listener {
        void finished(int task);
    }

    /** Receives each task's result on the calling thread, in task order. */
    @FunctionalInterface
    interface Sink<R> {
        void accept(int task, R result) throws IOException;
    }

    /**
     * Runs {@code job} on every task and hands the results to {@code sink} in task order.
     *
     * @throws IOException when the sink fails; the remaining tasks are cancelled
     */
    <T extends Serializable, R extends Serializable> void run(List<T> tasks, Job<T, R> job, Listener listener,
                                                             Sink<R> sink) throws IOException;

    /** How many tasks it runs at once. */
    int parallelism();

    /** A short description for messages, e.g. "2 local threads". */
    String description();

    @Override
    void close();
}
