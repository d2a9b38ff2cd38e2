package no.gpsim.engine;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Apache Spark back-end: tasks are cut into batches, each Spark task runs one batch and returns
 * its summary rows (never a run's per-month tables). Batches go out in waves of a few per executor
 * core, two waves in flight, and results come back to the driver in task order, so the files are the
 * same as with {@link LocalEngine}.
 *
 * <p>Loaded only when asked for ({@link Engines#create}); Spark is a provided dependency that
 * {@code spark-submit} (or the test class path) supplies.
 */
public final class SparkEngine implements Engine {

    private final JavaSparkContext context;
    private final int batchSize;

    /**
     * Starts (or joins) a Spark context.
     *
     * @param master the master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn}), or null for
     *               the one spark-submit set
     * @param batchSize runs per Spark task, or 0 to choose from the number of tasks and cores
     */
    public SparkEngine(String master, int batchSize) {
        SparkConf conf = new SparkConf().setAppName("gpsim");
        if (master != null) {
            conf.setMaster(master);
        }
        if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("no Spark master: give --master (local[2], spark://HOST:7077, yarn) "
                    + "or run through spark-submit --master");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        this.context = JavaSparkContext.fromSparkContext(org.apache.spark.SparkContext.getOrCreate(conf));
        this.batchSize = batchSize;
    }

    @Override
    public <T extends Serializable, R extends Serializable> void run(List<T> tasks, Job<T, R> job, Listener listener,
                                                                    Sink<R> sink) throws IOException {
        int total = tasks.size();
        if (total == 0) {
            return;
        }
        int cores = parallelism();
        int size = batchSize > 0 ? batchSize : Math.max(1, Math.min(64, total / (cores * 8)));
        List<ArrayList<T>> batches = new ArrayList<>();
        for (int from = 0; from < total; from += size) {
            batches.add(new ArrayList<>(tasks.subList(from, Math.min(total, from + size))));
        }
        int wave = Math.max(1, 2 * cores);
        Deque<JavaFutureAction<List<ArrayList<R>>>> inFlight = new ArrayDeque<>();
        Deque<Integer> firstTask = new ArrayDeque<>();
        int nextBatch = 0;
        int handed = 0;
        try {
            while (handed < total) {
                while (nextBatch < batches.size() && inFlight.size() < 2) {
                    List<ArrayList<T>> part = batches.subList(nextBatch, Math.min(batches.size(), nextBatch + wave));
                    firstTask.add(nextBatch * size);
                    inFlight.add(context.parallelize(new ArrayList<>(part), part.size()).map(batch -> {
                        ArrayList<R> out = new ArrayList<>(batch.size());
                        for (T t : batch) {
                            out.add(job.run(t));
                        }
                        return out;
                    }).collectAsync());
                    nextBatch += part.size();
                }
                int task = firstTask.remove();
                for (ArrayList<R> results : inFlight.remove().get()) {
                    for (R r : results) {
                        listener.finished(task);
                        sink.accept(task++, r);
                        handed++;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException("a Spark job failed: " + cause,
                    cause);
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    @Override
    public int parallelism() {
        return Math.max(1, context.defaultParallelism());
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "Spark at %s (%d core(s))", context.master(), parallelism());
    }

    @Override
    public void close() {
        context.stop();
    }
}
