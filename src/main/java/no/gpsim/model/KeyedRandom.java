package no.gpsim.model;

import ec.util.MersenneTwisterFast;

/**
 * A light generator for the model's keyed draws: SplitMix64 (Steele, Lea and Flood 2014) behind
 * MASON's {@link MersenneTwisterFast} interface, so the model's draw helpers take either. It is
 * re-seeded for every key (a municipality and month, a candidate, a GP's move), which costs a
 * single assignment, where re-seeding a Mersenne Twister allocates and fills 2.5 kB of state.
 * Pure integer arithmetic: the same bits on every JVM.
 *
 * <p>Only the draws the model uses are provided; the others throw, so that a new use cannot
 * silently fall back to the parent's unseeded state.
 */
public final class KeyedRandom extends MersenneTwisterFast {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;

    public KeyedRandom(long seed) {
        super(seed);
    }

    /** Starts the sequence of a key; called by the parent's constructor too. */
    @Override
    public void setSeed(long seed) {
        state = seed;
    }

    @Override
    public void setSeed(int[] seed) {
        throw new UnsupportedOperationException("a keyed generator is seeded with one long");
    }

    @Override
    public long nextLong() {
        state += GAMMA;
        return Taste.mix(state);
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** A uniform integer in [0, n), without modulo bias (rejection, as {@code java.util.Random}). */
    @Override
    public int nextInt(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive, got " + n);
        }
        int bits;
        int value;
        do {
            bits = (int) (nextLong() >>> 33);
            value = bits % n;
        } while (bits - value + (n - 1) < 0);
        return value;
    }

    @Override
    public long nextLong(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive, got " + n);
        }
        long bits;
        long value;
        do {
            bits = nextLong() >>> 1;
            value = bits % n;
        } while (bits - value + (n - 1) < 0);
        return value;
    }

    /** A uniform double in [0, 1). */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    @Override
    public double nextDouble(boolean includeZero, boolean includeOne) {
        double d;
        do {
            d = includeOne ? (nextLong() >>> 11) * (1.0 / ((1L << 53) - 1)) : nextDouble();
        } while (!includeZero && d == 0.0);
        return d;
    }

    @Override
    public float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    @Override
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    @Override
    public boolean nextBoolean(double probability) {
        return nextDouble() < probability;
    }

    @Override
    public boolean nextBoolean(float probability) {
        return nextFloat() < probability;
    }

    /** A standard normal draw (Marsaglia's polar method, one value per call). */
    @Override
    public double nextGaussian() {
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        return v1 * StrictMath.sqrt(-2 * Fdlibm.log(s) / s);
    }

    @Override
    public short nextShort() {
        throw new UnsupportedOperationException();
    }

    @Override
    public char nextChar() {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte nextByte() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        throw new UnsupportedOperationException();
    }
}
