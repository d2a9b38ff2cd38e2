/**
 * Global sensitivity analysis in the unit cube, independent of the model: designs (which points
 * to run) and estimators (what the outputs at those points say about each parameter).
 *
 * <p>Two methods, both on top of Commons Math (its Sobol sequence, random generators and
 * descriptive statistics): Morris elementary effects for screening many parameters cheaply
 * ({@link no.gpsim.sensitivity.MorrisDesign}, {@link no.gpsim.sensitivity.MorrisAnalysis}), and
 * Sobol variance-based first-order and total indices for a quantitative ranking
 * ({@link no.gpsim.sensitivity.SaltelliDesign}, {@link no.gpsim.sensitivity.SobolAnalysis}). The
 * one JVM library on Maven Central with Sobol indices, MOEA Framework (LGPL), offers them only as
 * a command-line tool (Saltelli 2002 estimators) inside a large optimisation framework, and has no
 * Morris method, so the estimators live here, checked against functions with known indices (Ishigami,
 * Sobol' G).
 *
 * <p>Every design point has coordinates in [0, 1]; the caller maps them to parameter ranges, runs
 * the model once per point, and hands the outputs back in design order. Everything is
 * deterministic given its seed.
 */
package no.gpsim.sensitivity;
