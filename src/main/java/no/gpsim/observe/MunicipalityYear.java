package no.gpsim.observe;

/**
 * One municipality at the end of a year (year 2025: the initial state from the data); flows and
 * costs are over the year.
 *
 * @param year calendar year
 * @param municipality index of the municipality in the data
 * @param values one value per {@link Metric}, by ordinal
 */
public record MunicipalityYear(int year, int municipality, double[] values) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public double get(Metric m) {
        return values[m.ordinal()];
    }
}
