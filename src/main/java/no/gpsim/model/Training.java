package no.gpsim.model;

/** Specialist status in general practice. */
public enum Training {
    SPECIALIST, IN_ALIS, NONE
}
