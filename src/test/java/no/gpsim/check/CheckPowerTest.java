package no.gpsim.check;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.model.ModelInputs;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the statistical check's false-alarm and detection rates (docs/REGRESSION.md). Skipped
 * unless {@code -Dgpsim.power=SCENARIO} names a scenario with a committed expected file:
 *
 * <pre>
 * mvn -B -o test -Dtest=CheckPowerTest -Dgpsim.power=scenarios/baseline-troms.yaml -Dgpsim.power.pool=10000
 * </pre>
 *
 * <p>It runs a pool of replicates on seeds far from the committed ones ({@code gpsim.power.seed},
 * default 900000000; {@code gpsim.power.pool} replicates, default 2000, times
 * {@code gpsim.power.pools} pools on the seeds that follow, default 1; on
 * {@code gpsim.power.threads} threads, default 2), keeps only the checked values and caches them in
 * {@code target/check-power/}, so that a second measurement with other settings reruns nothing.
 *
 * <p>Then, for blocks of n replicates of the pool (the committed file's n, and each n of
 * {@code gpsim.power.n}), it counts how many whole checks fail in statistical mode
 * ({@code gpsim.power.alpha}, default {@link Comparison#DEFAULT_ALPHA}):
 * <ul>
 *   <li>against the committed expected file, each block as a rerun on other seeds;</li>
 *   <li>between disjoint pairs of blocks, the first as the stored file and the second as the rerun
 *       (the rate over stored files too, not only the committed one);</li>
 *   <li>with {@code gpsim.power.draws} = R, also R reruns of n replicates drawn at random from the
 *       pool against the committed file (more reruns than disjoint blocks, but not independent);</li>
 *   <li>in all, the false-alarm rate (the rerun as it is) and the detection rate of a 20 % shift,
 *       injected by scaling the rerun's values: the national share without a GP and the national
 *       vacant lists, x1.2 and x0.8 in every checked year, and x1.2 in the middle year only.</li>
 * </ul>
 * The table goes to stdout and is appended to {@code target/check-power/SCENARIO-report.txt}, with a
 * line for each metric that raised a false alarm.
 */
@EnabledIfSystemProperty(named = "gpsim.power", matches = ".+")
class CheckPowerTest {

    static final Path CACHE = Path.of("target", "check-power");

    @Test
    void measure() throws Exception {
        Path scenarioFile = Path.of(System.getProperty("gpsim.power"));
        Scenario scenario = new ScenarioLoader().load(scenarioFile);
        Path expectedFile = scenarioFile.toAbsolutePath().getParent().resolve("expected").resolve(scenario.name() + ".json");
        ExpectedFile committed = ExpectedFile.read(expectedFile, "gpsim check " + scenarioFile + " --update");
        int pool = Integer.getInteger("gpsim.power.pool", 2000);
        long seed = Long.getLong("gpsim.power.seed", 900_000_000L);
        int threads = Integer.getInteger("gpsim.power.threads", 2);
        double alpha = Double.parseDouble(System.getProperty("gpsim.power.alpha", String.valueOf(Comparison.DEFAULT_ALPHA)));
        int pools = Integer.getInteger("gpsim.power.pools", 1);
        MetricTable table = pool(scenario, committed.years(), seed, pool, threads);
        for (int i = 1; i < pools; i++) {
            table = concat(table, pool(scenario, committed.years(), seed + (long) i * pool, pool, threads));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: pool of %d replicates (seeds %d to %d), %d years, alpha %s%n",
                scenario.name(), table.replicates(), seed, seed + table.replicates() - 1, committed.years(), alpha));
        out.append(String.format(Locale.ROOT, "%-34s %5s %7s %-16s %-16s %-16s %-16s %-16s %-16s %s%n", "stored file", "n",
                "checks", "false alarms", "share x1.2", "share x0.8", "vacant x1.2", "vacant x0.8", "share x1.2 mid",
                "vacant x1.2 mid"));
        int n0 = committed.replicates();
        out.append(row("the committed file (seed " + committed.seed() + ")", n0, table, b -> committed, alpha,
                committed.checkedYears()));
        int draws = Integer.getInteger("gpsim.power.draws", 0);
        if (draws > 0) {
            out.append(row("committed file, resampled reruns", n0, resampled(table, n0, draws), b -> committed, alpha,
                    committed.checkedYears()));
        }
        for (String size : System.getProperty("gpsim.power.n", String.valueOf(n0)).split(",")) {
            int n = Integer.parseInt(size.strip());
            // disjoint pairs of blocks: block 2i is the stored file, block 2i + 1 the rerun
            MetricTable stored = table;
            out.append(row("pairs of pool blocks", n, pairs(table, n), b -> ExpectedFile.of(FACTS, stored.slice(2 * b * n,
                    (2 * b + 1) * n)), alpha, committed.checkedYears()));
        }
        System.out.print(out);
        Files.createDirectories(CACHE);
        Files.writeString(CACHE.resolve(scenario.name() + "-report.txt"), out, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    static final RunFacts FACTS = new RunFacts("pool", "pool.yaml", "", Map.of(), "", 0, 0, 0, "");

    /**
     * {@code draws} reruns of n replicates each drawn at random without replacement from the pool
     * (different reruns may share replicates), back to back: more reruns than the pool has
     * disjoint blocks, at the price of some dependence between them.
     */
    static MetricTable resampled(MetricTable table, int n, int draws) {
        java.util.Random random = new java.util.Random(20260101L);
        int size = table.replicates();
        int[][] picks = new int[draws][];
        for (int d = 0; d < draws; d++) {
            int[] all = java.util.stream.IntStream.range(0, size).toArray();
            for (int i = 0; i < n; i++) { // partial Fisher-Yates shuffle
                int j = i + random.nextInt(size - i);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            picks[d] = java.util.Arrays.copyOf(all, n);
        }
        Map<MetricKey, double[]> out = new LinkedHashMap<>();
        for (MetricKey k : table.keys()) {
            double[] v = table.values(k);
            double[] w = new double[draws * n];
            for (int d = 0; d < draws; d++) {
                for (int i = 0; i < n; i++) {
                    w[d * n + i] = v[picks[d][i]];
                }
            }
            out.put(k, w);
        }
        return MetricTable.of(out);
    }

    /** The odd blocks of n replicates (the reruns of {@link #measure}'s pairs), back to back. */
    static MetricTable pairs(MetricTable table, int n) {
        int blocks = table.replicates() / (2 * n);
        Map<MetricKey, double[]> out = new LinkedHashMap<>();
        for (MetricKey k : table.keys()) {
            double[] v = table.values(k);
            double[] w = new double[blocks * n];
            for (int b = 0; b < blocks; b++) {
                System.arraycopy(v, (2 * b + 1) * n, w, b * n, n);
            }
            out.put(k, w);
        }
        return MetricTable.of(out);
    }

    /**
     * One line of the report: each block of n replicates of {@code reruns} is checked against its
     * stored file, as it is and with a metric shifted; the rates are the shares of whole checks that
     * fail.
     */
    static String row(String label, int n, MetricTable reruns, IntFunction<ExpectedFile> storedOf, double alpha,
                      List<Integer> checkedYears) {
        int blocks = reruns.replicates() / n;
        int middle = checkedYears.get(checkedYears.size() / 2);
        List<Predicate<MetricKey>> shifted = List.of(national(CheckedMetric.SHARE_WITHOUT_GP, 0),
                national(CheckedMetric.SHARE_WITHOUT_GP, 0), national(CheckedMetric.LISTS_VACANT, 0),
                national(CheckedMetric.LISTS_VACANT, 0), national(CheckedMetric.SHARE_WITHOUT_GP, middle),
                national(CheckedMetric.LISTS_VACANT, middle));
        double[] factors = {1.2, 0.8, 1.2, 0.8, 1.2, 1.2};
        int falseAlarms = 0;
        List<String> alarms = new java.util.ArrayList<>();
        int[] caught = new int[factors.length];
        for (int b = 0; b < blocks; b++) {
            ExpectedFile stored = storedOf.apply(b);
            MetricTable rerun = reruns.slice(b * n, (b + 1) * n);
            Comparison.Result same = Comparison.compare(stored, FACTS, rerun, Mode.STATISTICAL, alpha);
            if (!same.passed()) {
                falseAlarms++;
                for (Outcome o : same.failures()) {
                    alarms.add(String.format(Locale.ROOT, "  false alarm, n %d block %d: %s expected %s sd %s, actual %s sd %s, "
                            + "p %.2g, Holm p %.2g%n", n, b, o.key(), o.expected().mean(), o.expected().sd(), o.actual().mean(),
                            o.actual().sd(), o.p(), o.pHolm()));
                }
            }
            for (int i = 0; i < factors.length; i++) {
                if (!Comparison.compare(stored, FACTS, rerun.scaled(shifted.get(i), factors[i]), Mode.STATISTICAL, alpha)
                        .passed()) {
                    caught[i]++;
                }
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-34s %5d %7d %-16s", label, n, blocks,
                rate(falseAlarms, blocks)));
        for (int c : caught) {
            sb.append(' ').append(String.format(Locale.ROOT, "%-16s", rate(c, blocks)));
        }
        return sb.toString().stripTrailing() + "\n" + String.join("", alarms);
    }

    /** The national value of a metric, in every checked year (year 0) or one. */
    static Predicate<MetricKey> national(CheckedMetric m, int year) {
        return k -> k.metric() == m && k.groupType().equals("national") && (year == 0 || k.year() == year);
    }

    static String rate(int k, int n) {
        return String.format(Locale.ROOT, "%d/%d=%.1f%%", k, n, n == 0 ? 0 : 100.0 * k / n);
    }

    /** The pool's checked values, from the cache or run now (and cached). */
    static MetricTable pool(Scenario scenario, int years, long seed, int replicates, int threads) throws IOException {
        Path file = CACHE.resolve(scenario.name() + "-" + scenario.sha256().substring(0, 12) + "-y" + years + "-s" + seed + "-n"
                + replicates + ".csv");
        if (Files.exists(file)) {
            return read(file);
        }
        ModelInputs inputs = ModelInputsReader.read(scenario, years);
        MetricTable.Builder b = new MetricTable.Builder(scenario.start(), years, replicates);
        long start = System.nanoTime();
        // the experiment package runs them; this package's Comparison compares them
        no.gpsim.experiment.Comparison.stream(List.of(inputs), seed, replicates, threads, (s, r) -> { }, (s, result) -> b.add(result));
        System.out.printf("ran %d replicates of %s in %.0f s on %d threads%n", replicates, scenario.name(),
                (System.nanoTime() - start) / 1e9, threads);
        MetricTable table = b.build();
        Files.createDirectories(CACHE);
        Path temp = file.resolveSibling(file.getFileName() + ".partial");
        try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            for (MetricKey k : table.keys()) {
                w.write(k.metric().column() + "," + k.groupType() + "," + k.group() + "," + k.year());
                for (double v : table.values(k)) {
                    w.write("," + v);
                }
                w.newLine();
            }
        }
        Files.move(temp, file);
        return table;
    }

    /** The replicates of a, then those of b (the next seeds). */
    static MetricTable concat(MetricTable a, MetricTable b) {
        Map<MetricKey, double[]> out = new LinkedHashMap<>();
        for (MetricKey k : a.keys()) {
            double[] x = a.values(k);
            double[] y = b.values(k);
            double[] z = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, z, x.length, y.length);
            out.put(k, z);
        }
        return MetricTable.of(out);
    }

    static MetricTable read(Path file) throws IOException {
        Map<MetricKey, double[]> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            double[] v = new double[f.length - 4];
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.parseDouble(f[i + 4]);
            }
            values.put(new MetricKey(CheckedMetric.byColumn(f[0]), f[1], f[2], Integer.parseInt(f[3])), v);
        }
        return MetricTable.of(values);
    }
}
