package no.gpsim.rules;

import no.gpsim.scenario.DemandConfig;

/** Practice hours from a list (docs/MODEL.md 7.1). */
public final class Workload {

    private Workload() {
    }

    /**
     * Weekly practice hours for a list with {@code consultations} consultations a year, when one
     * consultation takes {@code minutes} minutes of GP time (after task growth, team relief and
     * e-consultations).
     */
    public static double practiceHours(DemandConfig d, double consultations, double minutes) {
        return consultations * minutes / 60.0 / d.workingWeeksPerYear();
    }
}
