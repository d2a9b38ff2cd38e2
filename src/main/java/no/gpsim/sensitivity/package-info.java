/**
 * Global sensitivity analysis in the unit cube, independent of the model: designs (which points
 * to run) and estimators (what the outputs at those points say about each parameter).
 *
 * <p>Two methods, both on top of Commons Math (its Sobol sequence, random generators and
 * descriptive statistics): Morris elementary effects for screening many parameters cheaply
 * ({@link no.gpsim.sensitivity.MorrisDesign}, {@link no.gpsim.sensitivity.MorrisAnalysis}), and
 * Sobol variance-based first-order and total indices for a quantitative ranking
 * ({@link no.gpsim.sensitivity.SaltelliDesign}, {@link no.gpsim.sensitivity.SobolAnalysis}). No
 * maintained JVM library offers both with bootstrap intervals under a compatible licence, so the
 * estimators live here, checked against functions with known indices (Ishigami, Sobol' G).
 *
 * <p>Every design point has coordinates in [0, 1]; the caller maps them to parameter ranges, runs
 * the model once per point, and hands the outputs back in design order. Everything is
 * deterministic given its seed.
 */
package no.gpsim.sensitivity;
