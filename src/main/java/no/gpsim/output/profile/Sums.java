package no.gpsim.output.profile;

/**
 * The year-end state of a place's member municipalities in one scenario, replicate and year,
 * summed, and turned into {@link Measure} values the way {@link Measure} describes: per-GP means
 * are weighted by GPs, the share without a GP by residents, months to fill by the posts filled.
 */
final class Sums {

    private double population;
    private double gps;
    private double lists;
    private double vacant;
    private double withoutGp;
    /** Patients on held lists: list length times GPs. */
    private double heldPatients;
    /** On-call hours of all GPs per week: mean hours times GPs. */
    private double oncall;
    private double recruits;
    /** Months to fill summed over the posts filled: mean months times recruits. */
    private double fillMonths;
    private double cost;
    private int members;

    /** Adds one member's year-end row. */
    void add(RawMunicipalities.Row row) {
        double g = row.gps();
        population += row.population();
        gps += g;
        lists += row.lists();
        vacant += row.listsVacant();
        withoutGp += row.patientsWithoutGp();
        if (g > 0) {
            heldPatients += row.meanListLength() * g;
            oncall += row.meanOncallHours() * g;
        }
        recruits += row.recruits();
        if (row.recruits() > 0 && !Double.isNaN(row.monthsToFill())) {
            fillMonths += row.monthsToFill() * row.recruits();
        }
        cost += row.municipalCost();
        members++;
    }

    /** How many member rows were added. */
    int members() {
        return members;
    }

    /**
     * The measure's value, or NaN where it is undefined: flows in the start year (the data),
     * per-GP means without a GP, months to fill without a post filled, a share without residents.
     */
    double value(Measure m, boolean startYear) {
        if (startYear && m.isFlow()) {
            return Double.NaN;
        }
        return switch (m) {
            case POPULATION -> population;
            case GPS -> gps;
            case LISTS -> lists;
            case LISTS_VACANT -> vacant;
            case VACANT_SHARE -> ratio(vacant, lists);
            case PATIENTS_WITHOUT_GP -> withoutGp;
            case SHARE_WITHOUT_GP -> ratio(withoutGp, population);
            case MEAN_LIST_LENGTH -> ratio(heldPatients, gps);
            case MEAN_ONCALL_HOURS -> ratio(oncall, gps);
            case RECRUITS -> recruits;
            case MONTHS_TO_FILL -> ratio(fillMonths, recruits);
            case MUNICIPAL_COST -> cost;
            case COST_PER_RESIDENT -> ratio(cost, population);
        };
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }
}
