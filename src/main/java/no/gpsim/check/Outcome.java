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
 * @param noiseLow lower end of the noise band: the stored 95 % interval widened by the factor, at
 *     least the metric's floor either side (null when either summary is missing)
 * @param noiseHigh upper end of the noise band
 * @param pass whether the metric passed in the check's mode (exact: equal to the last printed
 *     digit; statistical: inside the noise band)
 */
public record Outcome(MetricKey key, Summary expected, Summary actual, BigDecimal noiseLow, BigDecimal noiseHigh,
                      boolean pass) {

    /** Whether the new mean lies inside the noise band: a move that random draws alone explain. */
    public boolean withinNoise() {
        return noiseLow != null && actual.mean().compareTo(noiseLow) >= 0 && actual.mean().compareTo(noiseHigh) <= 0;
    }

    /** Change of the mean relative to the expected mean, in percent, or null when undefined. */
    public Double changePercent() {
        if (expected == null || actual == null || expected.mean().signum() == 0) {
            return null;
        }
        return actual.mean().subtract(expected.mean()).divide(expected.mean().abs(), MathContext.DECIMAL64)
                .movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
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
        return withinNoise() ? "differs (within noise)" : "outside the noise band";
    }
}
