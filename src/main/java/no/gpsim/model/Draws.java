package no.gpsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Random draws from a simulation stream. Distributions come from Commons Math, fed by the
 * stream through {@link Adapter}, so no draw ever uses another generator.
 */
public final class Draws {

    private Draws() {
    }

    public static double normal(MersenneTwisterFast r, double mean, double sd) {
        return mean + sd * r.nextGaussian();
    }

    /** A normal draw, redrawn until it is at least {@code min} (at most 100 tries, then min). */
    public static double normalAtLeast(MersenneTwisterFast r, double mean, double sd, double min) {
        for (int i = 0; i < 100; i++) {
            double v = normal(r, mean, sd);
            if (v >= min) {
                return v;
            }
        }
        return min;
    }

    /** A Gumbel (type I extreme value) error with location 0: the error term of a multinomial logit. */
    public static double gumbel(MersenneTwisterFast r, double scale) {
        double u = r.nextDouble(false, false);
        return -scale * Fdlibm.log(-Fdlibm.log(u));
    }

    public static double exponential(MersenneTwisterFast r, double mean) {
        return -mean * Fdlibm.log(r.nextDouble(false, false));
    }

    /** A Beta distribution that samples from the stream; build it once and sample it many times. */
    public static BetaDistribution betaDistribution(MersenneTwisterFast r, double a, double b) {
        return new BetaDistribution(new Adapter(r), a, b);
    }

    /**
     * A Poisson draw by inversion of the distribution function at {@code u}: one uniform per draw,
     * and a larger mean never gives a smaller count for the same uniform, so paired scenarios whose
     * means differ draw counts as close as they can be (common random numbers).
     */
    public static int poissonByInversion(double u, double mean) {
        if (mean <= 0) {
            return 0;
        }
        return new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).inverseCumulativeProbability(u);
    }

    /** Rounds x up or down at random so that the expected value is x. */
    public static long stochasticRound(MersenneTwisterFast r, double x) {
        double floor = Math.floor(x);
        return (long) floor + (r.nextDouble() < x - floor ? 1 : 0);
    }

    /** Shuffles a list in place with the stream (Fisher-Yates). */
    public static <T> void shuffle(MersenneTwisterFast r, java.util.List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    /** Feeds Commons Math distributions from a MASON stream. */
    static final class Adapter implements RandomGenerator {
        private final MersenneTwisterFast r;

        Adapter(MersenneTwisterFast r) {
            this.r = r;
        }

        @Override
        public void setSeed(int seed) {
            throw new UnsupportedOperationException("streams are seeded by the simulation");
        }

        @Override
        public void setSeed(int[] seed) {
            throw new UnsupportedOperationException("streams are seeded by the simulation");
        }

        @Override
        public void setSeed(long seed) {
            throw new UnsupportedOperationException("streams are seeded by the simulation");
        }

        @Override
        public void nextBytes(byte[] bytes) {
            r.nextBytes(bytes);
        }

        @Override
        public int nextInt() {
            return r.nextInt();
        }

        @Override
        public int nextInt(int n) {
            return r.nextInt(n);
        }

        @Override
        public long nextLong() {
            return r.nextLong();
        }

        @Override
        public boolean nextBoolean() {
            return r.nextBoolean();
        }

        @Override
        public float nextFloat() {
            return r.nextFloat();
        }

        @Override
        public double nextDouble() {
            return r.nextDouble();
        }

        @Override
        public double nextGaussian() {
            return r.nextGaussian();
        }
    }
}
