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

    public Streams(MersenneTwisterFast root) {
        initial = new MersenneTwisterFast(root.nextLong());
        demography = new MersenneTwisterFast(root.nextLong());
        decisions = new MersenneTwisterFast(root.nextLong());
        municipalities = new MersenneTwisterFast(root.nextLong());
        arrivals = new MersenneTwisterFast(root.nextLong());
        choices = new MersenneTwisterFast(root.nextLong());
        moves = new MersenneTwisterFast(root.nextLong());
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

    /** How many candidates arrive and their traits. */
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
