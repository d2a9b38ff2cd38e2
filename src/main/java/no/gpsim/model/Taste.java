package no.gpsim.model;

/**
 * A candidate's idiosyncratic taste for a post: the Gumbel error of the multinomial logit, fixed
 * per candidate and post. It is a pure function of the candidate's taste seed (drawn from the
 * simulation's stream when the candidate appears) and the post's id, so a candidate who turned a
 * post down last month values it the same this month, and no stream is consumed per valuation.
 */
public final class Taste {

    private Taste() {
    }

    /** A Gumbel(0, scale) draw for the pair (seed, post); post -1 stands for the outside option. */
    public static double gumbel(long seed, long post, double scale) {
        long h = mix(seed ^ mix(post + 0x9E3779B97F4A7C15L));
        double u = ((h >>> 11) + 0.5) * 0x1.0p-53;
        return -scale * Fdlibm.log(-Fdlibm.log(u));
    }

    /**
     * A uniform draw in [0, 1) that is a pure function of a seed and two labels (used for the
     * posts a candidate looks at and its place in the queue in a month).
     */
    public static double uniform(long seed, long a, long b) {
        return uniform(seed, key(a, b));
    }

    /** The part of {@link #uniform(long, long, long)} that depends on the labels only, to work out once for many seeds. */
    public static long key(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L ^ mix(b + 0x632BE59BD9B4E019L));
    }

    /** {@link #uniform(long, long, long)} from a precomputed {@link #key}. */
    public static double uniform(long seed, long key) {
        return (mix(seed ^ key) >>> 11) * 0x1.0p-53;
    }

    /**
     * The integer form of "a {@link #uniform(long, long)} draw is below {@code p}", for loops that
     * test many draws against one probability: a draw is k 2^-53 for a 53-bit k, so it is below p
     * exactly when k is below ceil(p 2^53) (p 2^53 is exact: a power-of-two scaling).
     */
    public static long below(double p) {
        return (long) Math.ceil(Math.max(0, Math.min(1, p)) * 0x1.0p53);
    }

    /** Whether {@code uniform(seed, key)} is below the probability {@code threshold} of {@link #below} stands for. */
    public static boolean isBelow(long seed, long key, long threshold) {
        return mix(seed ^ key) >>> 11 < threshold;
    }

    /** The finaliser of SplitMix64: a bijective mixing of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
