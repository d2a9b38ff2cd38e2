package no.gpsim.model;

/** Why a GP left its post. */
public enum ExitReason {
    /** Left the scheme by retiring. */
    RETIREMENT,
    /** Left the scheme for another reason (hospital, research, abroad, illness). */
    OTHER,
    /** Left the post to look for another GP post. */
    RELOCATION
}
