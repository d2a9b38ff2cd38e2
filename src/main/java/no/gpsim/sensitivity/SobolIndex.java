package no.gpsim.sensitivity;

/**
 * The Sobol indices of one parameter with their bootstrap intervals. The first-order index is the
 * share of output variance explained by the parameter alone; the total index adds every
 * interaction it takes part in, so total - firstOrder measures its interactions and a total near
 * zero means the parameter can be fixed. Estimates can stray slightly below 0 or above 1 from
 * sampling error. Bounds are NaN when no bootstrap was asked for.
 *
 * @param parameter zero-based index of the parameter in the design
 */
public record SobolIndex(int parameter, double firstOrder, double firstOrderLow, double firstOrderHigh,
                         double total, double totalLow, double totalHigh) {
}
