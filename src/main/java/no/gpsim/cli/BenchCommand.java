package no.gpsim.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
 * {@code gpsim bench}: times whole replicates of a scenario on one thread after a warm-up, and
 * reports milliseconds per replicate, simulated GP-months per second and peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times replicates of a scenario on one thread after a warm-up (no files are written).",
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

    @Option(names = "--by-process", description = "Also print the time of each monthly process (and of the observer) per replicate.")
    boolean byProcess;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (years < 1 || years > 50 || warmup < 0 || replicates < 1) {
            throw new no.gpsim.BadInputException("bench: --years 1-50, --warmup 0 or more and --replicates 1 or more");
        }
        Scenario scenario = new ScenarioLoader().load(scenarioFile);
        ModelInputs inputs = ModelInputsReader.read(scenario, years);
        long seed = scenario.run().seed();
        // nanoseconds in each process over the timed replicates, by class name in schedule order (the
        // warm-up runs the same wrapped schedule, so the JIT has seen it, and its times are cleared)
        java.util.Map<String, long[]> byName = new java.util.LinkedHashMap<>();
        java.util.function.UnaryOperator<Steppable> around = !byProcess ? java.util.function.UnaryOperator.identity()
                : process -> {
                    long[] total = byName.computeIfAbsent(process.getClass().getSimpleName(), k -> new long[1]);
                    return state -> {
                        long t0 = System.nanoTime();
                        process.step(state);
                        total[0] += System.nanoTime() - t0;
                    };
                };
        for (int i = 0; i < warmup; i++) {
            Replicates.runOne(inputs, seed + 1000 + i, i, around);
        }
        byName.values().forEach(t -> t[0] = 0);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        double gpMonths = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < replicates; r++) {
            ReplicateResult result = Replicates.runOne(inputs, seed + r, r, around);
            for (GroupMonth g : result.months()) {
                if (g.step() > 0 && g.groupType().equals("national")) {
                    gpMonths += g.get(Metric.GPS);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf("scenario=%s years=%d warmup=%d replicates=%d threads=1 max_heap_mb=%d peak_heap_mb=%d%n",
                scenario.name(), years, warmup, replicates, Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        if (byProcess) {
            long all = byName.values().stream().mapToLong(t -> t[0]).sum();
            out.println("process                      ms_per_replicate  share");
            long elapsed = System.nanoTime() - start;
            byName.forEach((name, t) -> out.printf(java.util.Locale.ROOT, "%-28s %16.1f %5.1f %%%n", name,
                    t[0] / 1e6 / replicates, 100.0 * t[0] / elapsed));
            // building the initial state (data to lists and GPs, the reference valuation) and the rest
            out.printf(java.util.Locale.ROOT, "%-28s %16.1f %5.1f %%%n", "(initial state, other)",
                    (elapsed - all) / 1e6 / replicates, 100.0 * (elapsed - all) / elapsed);
        }
        // the thread's CPU time leaves out the time the host gave to others (steal, other processes)
        out.printf(java.util.Locale.ROOT, "cpu_ms_per_replicate=%.1f%n", 1000 * cpuSeconds / replicates);
        out.printf(java.util.Locale.ROOT, "ms_per_replicate=%.1f gp_months_per_s=%.0f%n", 1000 * seconds / replicates,
                gpMonths / seconds);
        return GpsimCli.OK;
    }
}
