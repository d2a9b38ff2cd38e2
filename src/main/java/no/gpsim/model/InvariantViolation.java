package no.gpsim.model;

/**
 * The model's state broke an invariant during a run: a bug or an input the validation let
 * through. Names the municipality, the month and the invariant.
 */
public final class InvariantViolation extends RuntimeException {

    public InvariantViolation(Municipality m, String month, String invariant) {
        super("invariant broken in " + (m == null ? "the national totals" : m.code() + " " + m.data().name())
                + ", " + month + ": " + invariant);
    }
}
