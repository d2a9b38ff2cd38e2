package no.gpsim.output.profile;

/**
 * The outcomes a profile follows, each computed per scenario, replicate and year from the year-end
 * rows of the municipalities in the profile (one, or the members of a district or region).
 *
 * <p>How members are combined, per replicate and before any interval is taken (the same way the
 * model sums a group's state, so that a profile of every municipality would give the national
 * figures): counts and costs are summed; the share without a GP is the residents without a GP over
 * all residents on the lists (weighted by residents); list length and on-call hours are means per
 * GP (weighted by GPs); months to fill is a mean over the posts filled in the year (weighted by
 * recruits). A per-GP figure is undefined in a replicate where the place has no GP, and months to
 * fill where it filled no post: such replicates are left out of that figure's mean and interval
 * (the raw file writes 0 and NaN there).
 */
public enum Measure {
    /** Residents on the lists (the model's population), year end. */
    POPULATION("Residents on the lists", "", Unit.COUNT, false),
    /** GPs holding a list, year end. */
    GPS("GPs", "", Unit.COUNT, false),
    /** Lists, held and vacant, year end. */
    LISTS("Lists", "", Unit.COUNT, false),
    /** Lists without a GP, year end. */
    LISTS_VACANT("Vacant lists", "lists without a GP", Unit.COUNT, false),
    /** Lists without a GP over all lists, year end: vacancy that can be compared across sizes. */
    VACANT_SHARE("Vacant lists", "% of lists", Unit.PERCENT, false),
    /** Residents on lists without a GP, year end. */
    PATIENTS_WITHOUT_GP("Residents without a GP", "residents", Unit.COUNT, false),
    /** Residents on lists without a GP over all residents on the lists. */
    SHARE_WITHOUT_GP("Residents without a GP", "% of residents", Unit.PERCENT, false),
    /** Patients per held list (per GP). */
    MEAN_LIST_LENGTH("Patients per GP", "patients per held list", Unit.WHOLE, false),
    /** On-call hours per GP per week, own and back-up duty. */
    MEAN_ONCALL_HOURS("On-call hours per GP", "hours per week", Unit.HOURS, false),
    /** Posts filled over the year. */
    RECRUITS("Posts filled", "per year", Unit.COUNT, true),
    /** Mean months from a post falling vacant to its new GP starting, over the posts filled in the year. */
    MONTHS_TO_FILL("Time to fill a post", "months", Unit.HOURS, true),
    /** Municipal net cost of the GP service over the year (after state transfers). */
    MUNICIPAL_COST("Cost to the municipality", "million NOK per year", Unit.MILLIONS, true),
    /** Municipal net cost over the year per resident on the lists at the year's end. */
    COST_PER_RESIDENT("Cost to the municipality per resident", "NOK per resident per year", Unit.WHOLE, true);

    /** How values are shown. */
    enum Unit {
        /** A count: whole when 100 or more, else one decimal. */
        COUNT,
        /** A share shown in percent with two decimals (differences in percentage points). */
        PERCENT,
        /** A whole number. */
        WHOLE,
        /** One decimal (hours, months). */
        HOURS,
        /** NOK shown in millions, with fewer decimals as the amount grows. */
        MILLIONS
    }

    private final String label;
    private final String unitText;
    private final Unit unit;
    private final boolean flow;

    Measure(String label, String unitText, Unit unit, boolean flow) {
        this.label = label;
        this.unitText = unitText;
        this.unit = unit;
        this.flow = flow;
    }

    /** A short heading. */
    public String label() {
        return label;
    }

    /** The unit as shown beside the heading ("% of residents", "hours per week"), or empty. */
    public String unitText() {
        return unitText;
    }

    Unit unit() {
        return unit;
    }

    /** Whether the measure is over a year (flows and costs), so that the start year (the data) has none. */
    public boolean isFlow() {
        return flow;
    }

    /** The unit of a difference: percentage points for shares, else the measure's own. */
    String differenceUnitText() {
        return unit == Unit.PERCENT ? "percentage points" : unitText;
    }
}
