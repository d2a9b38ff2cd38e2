package no.gpsim.funding;

import no.gpsim.scenario.BasicGrantConfig;

/** The basic grant (basistilskudd) per list and year, under the three models. */
public final class BasicGrant {

    private BasicGrant() {
    }

    /**
     * NOK per year for a list of {@code patients} patients whose mean age weight is
     * {@code meanWeight} (used by the patient-adjusted model only). No grant is paid beyond
     * {@code maxPatients}.
     *
     * <p>Breakpoint model, e.g. the July 2022 rates: "675 NOK for each of the first 1,000 patients
     * and 544 NOK above", so a list of 1,200 earns 675 * 1,000 + 544 * 200 = 783,800 NOK.
     */
    public static double annual(BasicGrantConfig c, double patients, double meanWeight) {
        double n = Math.min(Math.max(0, patients), c.maxPatients());
        return switch (c.model()) {
            case FLAT -> c.flatRate() * n;
            case BREAKPOINT -> c.rateBelow() * Math.min(n, c.breakpoint()) + c.rateAbove() * Math.max(0, n - c.breakpoint());
            case PATIENT_ADJUSTED -> c.adjustedRate() * meanWeight * n;
        };
    }

    /**
     * The rate per patient that the equalisation grant pays for missing patients: the flat rate,
     * the rate below the breakpoint (the missing patients are below it), or the national mean
     * patient-adjusted rate.
     */
    public static double referenceRate(BasicGrantConfig c) {
        return switch (c.model()) {
            case FLAT -> c.flatRate();
            case BREAKPOINT -> c.rateBelow();
            case PATIENT_ADJUSTED -> c.adjustedRate();
        };
    }
}
