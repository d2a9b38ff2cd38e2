package no.gpsim.engine;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The default engine: a pool of threads in this JVM. Results are handed over in task order; a task
 * that finishes before an earlier one waits in a reorder window of twice the threads, and no task
 * starts more than that window ahead of the sink, so memory stays flat however many tasks there are.
 */
public final class LocalEngine implements Engine {

    private final int threads;

    public LocalEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
    }

    @Override
    public <T extends Serializable, R extends Serializable> void run(List<T> tasks, Job<T, R> job, Listener listener,
                                                                    Sink<R> sink) throws IOException {
        runOrdered(tasks, job, threads, listener, sink);
    }

    /**
     * The ordered run behind {@link #run}, for work that is not serialisable (a comparison's runs
     * keep the model inputs in memory and return their per-month tables).
     */
    public static <T, R> void runOrdered(List<T> tasks, java.util.function.Function<T, R> job, int threads,
                                         Listener listener, Sink<R> sink) throws IOException {
        int total = tasks.size();
        if (threads <= 1 || total <= 1) {
            for (int i = 0; i < total; i++) {
                R result = job.apply(tasks.get(i));
                listener.finished(i);
                sink.accept(i, result);
            }
            return;
        }
        int window = 2 * threads;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total), runnable -> {
            Thread t = new Thread(runnable, "gpsim-engine");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int submitted = 0;
            for (int next = 0; next < total; next++) {
                while (submitted < total && pending.size() < window) {
                    int task = submitted;
                    pending.add(pool.submit(() -> {
                        R result = job.apply(tasks.get(task));
                        listener.finished(task);
                        return result;
                    }));
                    submitted++;
                }
                sink.accept(next, pending.remove().get());
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

    /** As {@link #runOrdered(List, java.util.function.Function, int, Listener, Sink)} with a {@link Job}. */
    private static <T, R> void runOrdered(List<T> tasks, Job<T, R> job, int threads, Listener listener, Sink<R> sink)
            throws IOException {
        runOrdered(tasks, (java.util.function.Function<T, R>) job::run, threads, listener, sink);
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "%d local thread(s)", threads);
    }

    @Override
    public void close() {
        // the pool lives only for one run
    }
}
