package no.gpsim.observe;

/**
 * The state of a group of municipalities at the end of a month (step 0: the initial state).
 *
 * @param step months simulated
 * @param groupType "national", "centrality" or "size"
 * @param group the group: "all", a centrality class 1-6 or a size class label
 * @param values one value per {@link Metric}, by ordinal
 */
public record GroupMonth(int step, String groupType, String group, double[] values) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public double get(Metric m) {
        return values[m.ordinal()];
    }
}
