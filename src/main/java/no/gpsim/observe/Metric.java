package no.gpsim.observe;

/**
 * The outcomes recorded for a group of municipalities (the nation, a centrality class, a size
 * class) each month, and for each municipality each year. Stocks are as at the end of the month
 * (or year); flows and costs are over the month (or year). Hours are per GP per week.
 */
public enum Metric {
    POPULATION("population", Kind.COUNT, "residents on the lists"),
    GPS("gps", Kind.COUNT, "GPs holding a list"),
    LISTS("lists", Kind.COUNT, "lists, held and vacant"),
    LISTS_VACANT("lists_vacant", Kind.COUNT, "lists without a GP"),
    PATIENTS_WITHOUT_GP("patients_without_gp", Kind.COUNT, "patients on lists without a GP"),
    SHARE_WITHOUT_GP("share_without_gp", Kind.SHARE, "patients without a GP / population"),
    MEAN_LIST_LENGTH("mean_list_length", Kind.DECIMAL, "patients per held list"),
    MEAN_LIST_CAP("mean_list_cap", Kind.DECIMAL, "mean cap of held lists"),
    GPS_PER_10K("gps_per_10k", Kind.DECIMAL, "GPs per 10,000 residents"),
    MEAN_PRACTICE_HOURS("mean_practice_hours", Kind.DECIMAL, "practice hours per GP per week"),
    MEAN_MUNICIPAL_HOURS("mean_municipal_hours", Kind.DECIMAL, "municipal duty hours per GP per week"),
    MEAN_ONCALL_HOURS("mean_oncall_hours", Kind.DECIMAL, "on-call hours per GP per week (own and back-up duty)"),
    MEAN_TOTAL_HOURS("mean_total_hours", Kind.DECIMAL, "all hours per GP per week"),
    SHARE_GPS_ON_CALL("share_gps_on_call", Kind.SHARE, "share of GPs on call in a given week"),
    RECRUITS("recruits", Kind.COUNT, "posts filled"),
    ENTRANTS("entrants", Kind.COUNT, "posts filled by doctors new to the scheme"),
    EXITS_RETIREMENT("exits_retirement", Kind.COUNT, "GPs who retired"),
    EXITS_OTHER("exits_other", Kind.COUNT, "GPs who left the scheme for other reasons"),
    RELOCATIONS("relocations", Kind.COUNT, "GPs who left their post to look for another"),
    VACANCIES_OVER_12M("vacancies_over_12m", Kind.COUNT, "lists without a GP for 12 months or more"),
    VACANCIES_OVER_12M_SHARE("vacancies_over_12m_share", Kind.SHARE,
            "share of the lists without a GP that have been without one for 12 months or more"),
    CANDIDATES("candidates", Kind.COUNT, "doctors in the national pool looking for a post at the end of the month "
            + "(the pool is national: group and municipality rows repeat it)"),
    OFFERS("offers", Kind.COUNT, "posts offered to candidates: each month every searching candidate is offered the best "
            + "advertised post it looked at"),
    ACCEPTANCE_RATE("acceptance_rate", Kind.SHARE, "share of offers accepted, by the offering post's municipality "
            + "(yearly: accepted over offered in the year; NaN when nothing was offered)"),
    MEAN_MONTHS_TO_FILL("mean_months_to_fill", Kind.DECIMAL, "mean months from a post falling vacant to its new GP "
            + "starting, over the posts filled (yearly: over the year's posts filled; NaN when none was filled)"),
    MEAN_SPARE_CAPACITY("mean_spare_capacity", Kind.DECIMAL, "mean cap minus list length of the held lists"),
    SALARIED_SHARE("salaried_share", Kind.SHARE, "share of held lists with a salaried, ALIS or introduction contract"),
    ALIS("alis", Kind.COUNT, "GPs in ALIS training"),
    SPECIALIST_SHARE("specialist_share", Kind.SHARE, "share of GPs who are specialists in general practice"),
    MEAN_GP_AGE("mean_gp_age", Kind.DECIMAL, "mean age of GPs"),
    MEAN_GP_NET_INCOME_NOK("mean_gp_net_income_nok", Kind.NOK, "mean GP net income, NOK per year"),
    MUNICIPAL_COST_NOK("municipal_cost_nok", Kind.NOK, "municipal net cost, NOK"),
    STATE_COST_NOK("state_cost_nok", Kind.NOK, "state cost, NOK"),
    STATE_TRANSFERS_NOK("state_transfers_nok", Kind.NOK, "state transfers to municipalities for the GP service, NOK "
            + "(part of the state cost; the municipal net cost is after them)"),
    OWN_SUPPLEMENT_NOK("mean_own_supplement_nok", Kind.NOK, "mean supplement per GP per year that municipalities pay "
            + "from their own budget, NOK (over the group's lists)");

    /** How a value is written. */
    public enum Kind { COUNT, SHARE, DECIMAL, NOK }

    private final String column;
    private final Kind kind;
    private final String description;

    Metric(String column, Kind kind, String description) {
        this.column = column;
        this.kind = kind;
        this.description = description;
    }

    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /**
     * For a rate over a flow (acceptance rate, months to fill), the flow it is a mean over: a
     * longer period's value is the mean of the months' values weighted by that flow. Null for
     * stocks and flows.
     */
    public Metric weight() {
        return switch (this) {
            case ACCEPTANCE_RATE -> OFFERS;
            case MEAN_MONTHS_TO_FILL -> RECRUITS;
            default -> null;
        };
    }

    /** Whether the metric is a flow over the period rather than a stock at its end. */
    public boolean isFlow() {
        return switch (this) {
            case RECRUITS, ENTRANTS, EXITS_RETIREMENT, EXITS_OTHER, RELOCATIONS, OFFERS, MUNICIPAL_COST_NOK,
                STATE_COST_NOK, STATE_TRANSFERS_NOK -> true;
            default -> false;
        };
    }

    /** The metric with this column name, or null. */
    public static Metric byColumn(String column) {
        for (Metric m : values()) {
            if (m.column.equals(column)) {
                return m;
            }
        }
        return null;
    }
}
