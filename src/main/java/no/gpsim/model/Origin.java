package no.gpsim.model;

/** Where a candidate for a GP post comes from; the first four are new to the scheme. */
public enum Origin {
    NEWLY_QUALIFIED, HOSPITAL, FOREIGN_EDUCATED, RETURNER, RELOCATING_GP;

    /** The four types of new candidates, in the order of the scenario's per-type lists. */
    public static final Origin[] NEW_TYPES = {NEWLY_QUALIFIED, HOSPITAL, FOREIGN_EDUCATED, RETURNER};
}
