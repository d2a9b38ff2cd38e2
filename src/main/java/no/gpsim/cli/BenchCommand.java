package no.gpsim.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.experiment.Replicates;
import no.gpsim.model.ModelInputs;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sim.engine.Steppable;

/**
 * {@code gpsim bench}: times whole replicates of a scenario after a warm-up, on one thread or
 * several at once, and reports milliseconds per replicate (CPU and wall-clock), simulated GP-months
 * per second and peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times replicates of a scenario after a warm-up, on one thread or several (no files are written).",
            "Ends with the lines: cpu_ms_per_replicate=<c> (the thread's CPU time) and",
            "ms_per_replicate=<x> gp_months_per_s=<y> (wall-clock time)"})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scenarios/baseline.yaml",
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).")
    Path scenarioFile;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "10", description = "Years per replicate (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "3", description = "Untimed replicates first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--replicates", paramLabel = "N", defaultValue = "10", description = "Timed replicates (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = {"Threads that run the replicates at once, each warmed up first (default: ${DEFAULT-VALUE}).",
                "ms_per_replicate over --threads 1's is the parallel speed-up once the JIT is done."})
    int threadCount;

    @Option(names = "--by-process", description = "Also print the time of each monthly process (and of the observer) per replicate.")
    boolean byProcess;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (years < 1 || years > 50 || warmup < 0 || replicates < 1 || threadCount < 1) {
            throw new no.gpsim.BadInputException(
                    "bench: --years 1-50, --warmup 0 or more, --replicates 1 or more and --threads 1 or more");
        }
        if (byProcess && threadCount > 1) {
            throw new no.gpsim.BadInputException("bench: --by-process times one thread; leave out --threads");
        }
        Scenario scenario = new ScenarioLoader().load(scenarioFile);
        ModelInputs inputs = ModelInputsReader.read(scenario, years);
        long seed = scenario.run().seed();
        // nanoseconds in each process over the timed replicates, by class name in schedule order (the
        // warm-up runs the same wrapped schedule, so the JIT has seen it, and its times are cleared)
        java.util.Map<String, long[]> byName = new java.util.LinkedHashMap<>();
        UnaryOperator<Steppable> around = !byProcess ? UnaryOperator.identity()
                : process -> {
                    long[] total = byName.computeIfAbsent(process.getClass().getSimpleName(), k -> new long[1]);
                    return state -> {
                        long t0 = System.nanoTime();
                        process.step(state);
                        total[0] += System.nanoTime() - t0;
                    };
                };
        ExecutorService pool = Executors.newFixedThreadPool(threadCount);
        try {
            // every thread warms up, at once, as the timed replicates will run
            List<Callable<double[]>> warm = new ArrayList<>();
            for (int i = 0; i < warmup * threadCount; i++) {
                int n = i;
                warm.add(() -> timed(inputs, seed + 1000 + n, n, around));
            }
            await(pool.invokeAll(warm));
            byName.values().forEach(t -> t[0] = 0);
            for (MemoryPoolMXBean memory : ManagementFactory.getMemoryPoolMXBeans()) {
                memory.resetPeakUsage();
            }
            List<Callable<double[]>> tasks = new ArrayList<>();
            for (int r = 0; r < replicates; r++) {
                int n = r;
                tasks.add(() -> timed(inputs, seed + n, n, around));
            }
            long start = System.nanoTime();
            List<double[]> done = await(pool.invokeAll(tasks));
            long elapsed = System.nanoTime() - start;
            double gpMonths = done.stream().mapToDouble(d -> d[0]).sum();
            double cpuSeconds = done.stream().mapToDouble(d -> d[1]).sum();
            double seconds = elapsed / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean memory : ManagementFactory.getMemoryPoolMXBeans()) {
                if (memory.getType() == MemoryType.HEAP) {
                    peak += memory.getPeakUsage().getUsed();
                }
            }
            out.printf("scenario=%s years=%d warmup=%d replicates=%d threads=%d max_heap_mb=%d peak_heap_mb=%d%n",
                    scenario.name(), years, warmup, replicates, threadCount, Runtime.getRuntime().maxMemory() >> 20,
                    peak >> 20);
            if (byProcess) {
                long all = byName.values().stream().mapToLong(t -> t[0]).sum();
                out.println("process                      ms_per_replicate  share");
                byName.forEach((name, t) -> out.printf(Locale.ROOT, "%-28s %16.1f %5.1f %%%n", name,
                        t[0] / 1e6 / replicates, 100.0 * t[0] / elapsed));
                // building the initial state (data to lists and GPs, the reference valuation) and the rest
                out.printf(Locale.ROOT, "%-28s %16.1f %5.1f %%%n", "(initial state, other)",
                        (elapsed - all) / 1e6 / replicates, 100.0 * (elapsed - all) / elapsed);
            }
            // the threads' CPU time leaves out the time the host gave to others (steal, other processes)
            out.printf(Locale.ROOT, "cpu_ms_per_replicate=%.1f%n", 1000 * cpuSeconds / replicates);
            // with several threads, wall-clock time over all replicates: the inverse of throughput
            out.printf(Locale.ROOT, "ms_per_replicate=%.1f gp_months_per_s=%.0f%n", 1000 * seconds / replicates,
                    gpMonths / seconds);
            return GpsimCli.OK;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one replicate; returns its GP-months and the CPU seconds of the thread that ran it. */
    private static double[] timed(ModelInputs inputs, long seed, int replicate, UnaryOperator<Steppable> around) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        ReplicateResult result = Replicates.runOne(inputs, seed, replicate, around);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double gpMonths = 0;
        for (GroupMonth g : result.months()) {
            if (g.step() > 0 && g.groupType().equals("national")) {
                gpMonths += g.get(Metric.GPS);
            }
        }
        return new double[] {gpMonths, cpuSeconds};
    }

    private static List<double[]> await(List<Future<double[]>> futures) throws InterruptedException {
        List<double[]> out = new ArrayList<>();
        for (Future<double[]> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return out;
    }
}
