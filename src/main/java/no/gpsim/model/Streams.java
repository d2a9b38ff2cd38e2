package no.gpsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The simulation's randomness, all derived at the start from its own generator
 * ({@code SimState.random}), organised so that common random numbers survive a lever.
 *
 * <p>Sequential streams would not: one extra GP, candidate or list shifts every later draw of the
 * stream, and two paired scenarios part ways for good. So, except for drawing the initial state
 * and the monthly count of new candidates, every draw during a run is keyed by what it is about:
 * a GP's exit decision by the GP and the month ({@link #gpUniform}), a post's locum and appeal by
 * the post ({@link #postUniform}), a municipality's demography, patient moves and placements by
 * the municipality (or list) and the month ({@link #local}), a new candidate by the month and its
 * index ({@link #candidate}). Two scenarios then draw the same numbers for the same GP, post,
 * municipality and month, however far their states have drifted elsewhere.
 */
public final class Streams {

    /** What a local generator is for; each purpose has its own seed. */
    public enum Purpose { DEMOGRAPHY, MOVES, PLACEMENT, ALIS }

    private final MersenneTwisterFast initial;
    private final MersenneTwisterFast arrivals;
    private final long gpSeed;
    private final long postSeed;
    private final long candidateSeed;
    private final long[] purposeSeeds = new long[Purpose.values().length];
    private final KeyedRandom[] local = new KeyedRandom[Purpose.values().length];
    private final KeyedRandom candidate = new KeyedRandom(0);
    private final KeyedRandom gp = new KeyedRandom(0);

    public Streams(MersenneTwisterFast root) {
        initial = new MersenneTwisterFast(root.nextLong());
        arrivals = new MersenneTwisterFast(root.nextLong());
        gpSeed = root.nextLong();
        postSeed = root.nextLong();
        candidateSeed = root.nextLong();
        for (int i = 0; i < purposeSeeds.length; i++) {
            purposeSeeds[i] = root.nextLong();
            local[i] = new KeyedRandom(0);
        }
    }

    /** Drawing the initial state. */
    public MersenneTwisterFast initial() {
        return initial;
    }

    /** How many candidates arrive: one uniform a month, by inversion. */
    public MersenneTwisterFast arrivals() {
        return arrivals;
    }

    /**
     * The stream of the {@code index}-th new candidate of month {@code step}, seeded from the
     * replicate, the month and the index, so that a lever that changes how many candidates arrive
     * leaves every other candidate's draws as they were. One generator re-seeded on every call:
     * use it before the next call.
     */
    public MersenneTwisterFast candidate(int step, int index) {
        candidate.setSeed(Taste.mix(candidateSeed ^ Taste.mix(((long) step << 32) ^ index)));
        return candidate;
    }

    /**
     * The stream of GP {@code gpSeed} in month {@code step} (a relocating GP's new draws). One
     * generator re-seeded on every call: use it before the next call.
     */
    public MersenneTwisterFast gp(long gpSeed, int step) {
        gp.setSeed(Taste.mix(gpSeed ^ Taste.mix(step + 0x632BE59BD9B4E019L)));
        return gp;
    }

    /** A uniform draw in [0, 1) for GP {@code gp} (its own seed) in month {@code step}, the {@code k}-th of the month. */
    public double gpUniform(long gp, int step, int k) {
        return Taste.uniform(gpSeed ^ gp, step, k);
    }

    /** A uniform draw in [0, 1) for post {@code listId} in month {@code step}, the {@code k}-th of the month. */
    public double postUniform(int listId, int step, int k) {
        return Taste.uniform(postSeed ^ Taste.mix(listId), step, k);
    }

    /**
     * A uniform draw in [0, 1) for municipality {@code index} in month {@code step}, the {@code k}-th
     * of the month (keys apart from the posts': a complemented index).
     */
    public double municipalityUniform(int index, int step, int k) {
        return Taste.uniform(postSeed ^ Taste.mix(~(long) index), step, k);
    }

    /**
     * A standard normal draw fixed per post (list id) and replicate: the post's own appeal, the
     * same for every candidate and every scenario of a comparison.
     */
    public double postAppeal(int listId) {
        double u1 = postUniform(listId, -1, 1);
        double u2 = postUniform(listId, -1, 2);
        return StrictMath.sqrt(-2 * Fdlibm.log(1 - u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    /**
     * A generator for one purpose, one municipality (or list) and one month, re-seeded on every
     * call: use it before the next call of the same purpose. The simulation runs on one thread, so
     * one instance per purpose serves.
     */
    public MersenneTwisterFast local(Purpose purpose, int step, int index) {
        KeyedRandom r = local[purpose.ordinal()];
        r.setSeed(Taste.mix(purposeSeeds[purpose.ordinal()] ^ Taste.mix(((long) step << 32) ^ index)));
        return r;
    }
}
