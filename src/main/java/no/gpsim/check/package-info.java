/**
 * Regression checks of a scenario against its committed expected results ({@code gpsim check}):
 * which metrics are checked ({@link no.gpsim.check.CheckedMetric}, {@link no.gpsim.check.MetricTable}),
 * the expected-results file ({@link no.gpsim.check.ExpectedFile}), the exact and statistical
 * comparisons ({@link no.gpsim.check.Comparison}) and the report ({@link no.gpsim.check.CheckReport}).
 * The package reads model results but never changes them.
 */
package no.gpsim.check;
