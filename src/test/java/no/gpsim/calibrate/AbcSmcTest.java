package no.gpsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The method on a model with a known answer: the mean of 50 normal draws with standard deviation
 * 1, observed at 3.0, under a uniform prior on [-10, 10]. The exact posterior of the mean is about
 * N(3.0, 0.14); ABC-SMC must find it, and give the same particles on one thread as on four.
 */
class AbcSmcTest {

    private static final double OBSERVED = 3.0;

    private static double simulate(double mu, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double sum = 0;
        for (int i = 0; i < 50; i++) {
            double u1 = r.nextDouble();
            double u2 = r.nextDouble();
            sum += mu + Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        }
        return sum / 50;
    }

    private static List<AbcSmc.Generation> run(int threads) {
        AbcSmc.Settings s = new AbcSmc.Settings(300, 6, 0.5, 42, 32, 200_000);
        AbcSmc abc = new AbcSmc(List.of(new AbcSmc.Prior("mu", -10, 10)),
                (theta, seed) -> Math.abs(simulate(theta[0], seed) - OBSERVED), s, threads);
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
    void recoversTheKnownMeanWithinItsInterval() {
        List<AbcSmc.Generation> gens = run(2);
        AbcSmc.Generation last = gens.get(gens.size() - 1);
        assertEquals(7, gens.size(), "generation 0 and six more");
        Posterior post = Posterior.of(last);
        double median = post.quantile(0, 0.5);
        double lo = post.quantile(0, 0.05);
        double hi = post.quantile(0, 0.95);
        assertTrue(lo < OBSERVED && OBSERVED < hi, "90 % interval [" + lo + ", " + hi + "] holds the true mean");
        assertTrue(Math.abs(median - OBSERVED) < 0.15, "median " + median);
        assertTrue(hi - lo < 1.0, "the interval shrank from the prior's 20 to " + (hi - lo));
        assertTrue(last.epsilon() < gens.get(1).epsilon(), "the tolerance shrinks");
        double sum = last.particles().stream().mapToDouble(AbcSmc.Particle::weight).sum();
        assertEquals(1, sum, 1e-9, "weights are normalised");
    }

    @Test
    void theSameParticlesOnAnyNumberOfThreads() {
        List<AbcSmc.Generation> one = run(1);
        List<AbcSmc.Generation> four = run(4);
        AbcSmc.Generation a = one.get(one.size() - 1);
        AbcSmc.Generation b = four.get(four.size() - 1);
        for (int i = 0; i < a.particles().size(); i++) {
            assertEquals(a.particles().get(i).theta()[0], b.particles().get(i).theta()[0], 0);
            assertEquals(a.particles().get(i).weight(), b.particles().get(i).weight(), 0);
        }
    }

    @Test
    void resumesFromACheckpointToTheSameResult() {
        List<AbcSmc.Generation> full = run(2);
        AbcSmc.Settings s = new AbcSmc.Settings(300, 6, 0.5, 42, 32, 200_000);
        AbcSmc abc = new AbcSmc(List.of(new AbcSmc.Prior("mu", -10, 10)),
                (theta, seed) -> Math.abs(simulate(theta[0], seed) - OBSERVED), s, 2);
        List<AbcSmc.Generation> resumed = abc.run(full.subList(0, 3), new AbcSmc.Listener() {
            @Override
            public void evaluated(int generation, int accepted, long evaluations) {
            }

            @Override
            public void finished(AbcSmc.Generation g) {
            }
        });
        AbcSmc.Generation a = full.get(full.size() - 1);
        AbcSmc.Generation b = resumed.get(resumed.size() - 1);
        assertEquals(a.epsilon(), b.epsilon(), 0);
        assertEquals(a.particles().get(0).theta()[0], b.particles().get(0).theta()[0], 0);
    }
}
