package no.gpsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.gpsim.BadInputException;
import no.gpsim.calibrate.AbcSmc;
import org.junit.jupiter.api.Test;

/**
 * The two back-ends: results in task order whatever the threads or batches, the same results from
 * Spark (local mode) as from local threads, a calibration that ends the same on both, and the
 * errors a user sees.
 */
class EngineTest {

    /** A job whose cost varies from task to task, so that tasks finish out of order. */
    private static final Job<Integer, long[]> SLOW_SQUARE = n -> {
        long acc = 0;
        for (int i = 0; i < (n % 7) * 20_000; i++) {
            acc += i % 3;
        }
        return new long[] {n, (long) n * n, acc};
    };

    private static List<long[]> collect(Engine engine, List<Integer> tasks) throws IOException {
        List<long[]> out = new ArrayList<>();
        AtomicInteger finished = new AtomicInteger();
        engine.run(tasks, SLOW_SQUARE, t -> finished.incrementAndGet(), (t, r) -> {
            assertEquals(out.size(), t, "handed over in task order");
            out.add(r);
        });
        assertEquals(tasks.size(), finished.get());
        return out;
    }

    private static List<Integer> tasks(int n) {
        List<Integer> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.add(i * 13 % 101);
        }
        return t;
    }

    @Test
    void localResultsComeInTaskOrderOnAnyNumberOfThreads() throws IOException {
        List<long[]> one = collect(new LocalEngine(1), tasks(200));
        List<long[]> four = collect(new LocalEngine(4), tasks(200));
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(one.get(i), four.get(i));
        }
    }

    @Test
    void sparkGivesTheLocalResultsInTheSameOrder() throws IOException {
        List<long[]> local = collect(new LocalEngine(2), tasks(150));
        try (Engine spark = Engines.create(Engines.Kind.SPARK, 1, "local[2]", 7)) {
            List<long[]> remote = collect(spark, tasks(150));
            assertEquals(local.size(), remote.size());
            for (int i = 0; i < local.size(); i++) {
                assertArrayEquals(local.get(i), remote.get(i));
            }
            // a calibration is the same on both back-ends, generation by generation
            AbcSmc.Settings s = new AbcSmc.Settings(60, 2, 0.5, 7, 16, 20_000);
            List<AbcSmc.Generation> a = calibrate(new AbcSmc(List.of(new AbcSmc.Prior("mu", -5, 5)), EngineTest::toyDistance,
                    s, new LocalEngine(2)));
            List<AbcSmc.Generation> b = calibrate(new AbcSmc(List.of(new AbcSmc.Prior("mu", -5, 5)), EngineTest::toyDistance,
                    s, spark));
            assertEquals(a.size(), b.size());
            for (int g = 0; g < a.size(); g++) {
                assertEquals(a.get(g).epsilon(), b.get(g).epsilon());
                assertEquals(a.get(g).evaluations(), b.get(g).evaluations());
                for (int p = 0; p < a.get(g).particles().size(); p++) {
                    assertArrayEquals(a.get(g).particles().get(p).theta(), b.get(g).particles().get(p).theta());
                }
            }
        }
    }

    private static double toyDistance(double[] theta, long seed) {
        double noise = ((seed * 0x9E3779B97F4A7C15L) >>> 11) / (double) (1L << 53) - 0.5;
        return Math.abs(theta[0] + 0.2 * noise - 1.5);
    }

    private static List<AbcSmc.Generation> calibrate(AbcSmc abc) {
        return abc.run(List.of(), new AbcSmc.Listener() {
            @Override
            public void evaluated(int generation, int accepted, long evaluations) {
            }

            @Override
            public void finished(AbcSmc.Generation g) {
            }
        });
    }

    @Test
    void aFailingTaskFailsTheRun() {
        Job<Integer, Integer> failing = n -> {
            if (n == 5) {
                throw new IllegalStateException("task 5 failed");
            }
            return n;
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new LocalEngine(2).run(
                List.of(1, 2, 3, 4, 5, 6), failing, t -> { }, (t, r) -> { }));
        assertEquals("task 5 failed", e.getMessage());
    }

    @Test
    void badChoicesAreBadInput() {
        BadInputException e = assertThrows(BadInputException.class, () -> Engines.create(Engines.Kind.LOCAL, 2,
                "local[2]", 0));
        assertTrue(e.getMessage().startsWith("--master"), e.getMessage());
    }
}
