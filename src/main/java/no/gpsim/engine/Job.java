package no.gpsim.engine;

import java.io.Serializable;

/**
 * The work an {@link Engine} does for one task. Serialisable, with serialisable tasks and results,
 * so that the Spark engine can ship it to executors; a job must give the same result for the same
 * task wherever it runs (its randomness comes from the task's seed).
 *
 * @param <T> the task
 * @param <R> its result: summary values, never a run's per-month tables
 */
@FunctionalInterface
public interface Job<T, R> extends Serializable {

    R run(T task);
}
