package no.gpsim.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The comparison of one metric.
 *
 * @param key the metric, group and year
 * @param expected the stored summary, or null when the metric is new in this run
 * @param actual this run's summary, or null when the run has no such metric
 * @param p two-sided p-value of Welch's test of the two means (null when either summary is missing)
 * @param pHolm the p-value adjusted for testing all the check's metrics at once (Holm)
 * @param beyondNoise whether the move is a shift beyond noise: Holm-adjusted p at most the
 *     check's alpha and the mean moved by more than the metric's floor
 * @param pass whether the metric passed in the check's mode (exact: equal to the last printed
 *     digit; statistical: not beyond noise)
 */
public record Outcome(MetricKey key, Summary expected, Summary actual, Double p, Double pHolm, boolean beyondNoise,
                      boolean pass) {

    /** Whether both sides were there and the move, if any, is one that other random draws explain. */
    public boolean withinNoise() {
        return p != null && !beyondNoise;
    }

    /** Change of the mean relative to the expected mean, in percent, or null when undefined. */
    public Double changePercent() {
        if (expected == null || actual == null || expected.mean().signum() == 0) {
            return null;
        }
        return actual.mean().subtract(expected.mean()).divide(expected.mean().abs(), MathContext.DECIMAL64)
                .movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The change of the mean in the metric's unit, or null when either side is missing. */
    public BigDecimal change() {
        return expected == null || actual == null ? null : actual.mean().subtract(expected.mean());
    }

    /** Whether the mean moved at all, to the last printed digit. */
    public boolean moved() {
        return expected == null || actual == null || expected.mean().compareTo(actual.mean()) != 0;
    }

    /** Why it failed; empty when it passed. */
    public String reason() {
        if (pass) {
            return "";
        }
        if (expected == null) {
            return "not in the expected file";
        }
        if (actual == null) {
            return "missing from this run";
        }
        return withinNoise() ? "differs (within noise)" : "shift beyond noise";
    }
}
