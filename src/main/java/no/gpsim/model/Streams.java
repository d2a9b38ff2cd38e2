package no.gpsim.model;

import ec.util.MersenneTwisterFast;

/**
 * Named random streams, one per process, all seeded in a fixed order from the simulation's own
 * generator ({@code SimState.random}). A change in how often one process draws then leaves the
 * draws of the others untouched, which keeps common random numbers aligned between scenarios.
 */
public final class Streams {

    private final MersenneTwisterFast initial;
    private final MersenneTwisterFast demography;
    private final MersenneTwisterFast decisions;
    private final MersenneTwisterFast municipalities;
    private final MersenneTwisterFast arrivals;
    private final MersenneTwisterFast choices;
    private final MersenneTwisterFast moves;
    private final long candidateSeed;
    private final long postSeed;

    public Streams(MersenneTwisterFast root) {
        initial = new MersenneTwisterFast(root.nextLong());
        demography = new MersenneTwisterFast(root.nextLong());
        decisions = new MersenneTwisterFast(root.nextLong());
        municipalities = new MersenneTwisterFast(root.nextLong());
        arrivals = new MersenneTwisterFast(root.nextLong());
        choices = new MersenneTwisterFast(root.nextLong());
        moves = new MersenneTwisterFast(root.nextLong());
        candidateSeed = root.nextLong();
        postSeed = root.nextLong();
    }

    /**
     * A standard normal draw fixed per post (list id) and replicate: the post's own appeal, the
     * same for every candidate and every scenario of a comparison.
     */
    public double postAppeal(int listId) {
        double u1 = Taste.uniform(postSeed, listId, 1);
        double u2 = Taste.uniform(postSeed, listId, 2);
        return StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    /**
     * The stream of the {@code index}-th new candidate of month {@code step}: its own generator,
     * seeded from the replicate's seed, the month and the index, so that a lever that changes how
     * many candidates arrive leaves every other candidate's draws as they were (common random
     * numbers survive a change of inflow).
     */
    public MersenneTwisterFast candidate(int step, int index) {
        return new MersenneTwisterFast(Taste.mix(candidateSeed ^ Taste.mix(((long) step << 32) ^ index)));
    }

    /** Drawing the initial state. */
    public MersenneTwisterFast initial() {
        return initial;
    }

    /** Rounding population change and placing new residents. */
    public MersenneTwisterFast demography() {
        return demography;
    }

    /** GP exits and their reasons. */
    public MersenneTwisterFast decisions() {
        return decisions;
    }

    /** Locums, ALIS allocation, placing patients moved off a list. */
    public MersenneTwisterFast municipalities() {
        return municipalities;
    }

    /** How many candidates arrive (one uniform a month, by inversion). */
    public MersenneTwisterFast arrivals() {
        return arrivals;
    }

    /** The order candidates choose in and their random utilities. */
    public MersenneTwisterFast choices() {
        return choices;
    }

    /** Patients moving from lists without a GP. */
    public MersenneTwisterFast moves() {
        return moves;
    }
}
