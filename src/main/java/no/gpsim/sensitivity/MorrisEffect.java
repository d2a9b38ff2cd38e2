package no.gpsim.sensitivity;

/**
 * The Morris statistics of one parameter, in output units per unit of the parameter's normalised
 * range (a parameter swept over its whole range moves the output by about mu). A large
 * {@code muStar} marks an influential parameter; a large {@code sigma} beside it marks effects
 * that depend on where in the cube they are taken, i.e. non-linearity or interactions; mu much
 * smaller than muStar means effects of both signs. Bounds are NaN when no bootstrap was asked for.
 *
 * @param parameter  zero-based index of the parameter in the design
 * @param mu         mean elementary effect
 * @param muStar     mean absolute elementary effect (Campolongo et al. 2007)
 * @param sigma      standard deviation of the elementary effects (bias-corrected, n - 1)
 * @param muStarLow  lower bootstrap bound of muStar (resampling trajectories)
 * @param muStarHigh upper bootstrap bound of muStar
 */
public record MorrisEffect(int parameter, double mu, double muStar, double sigma,
                           double muStarLow, double muStarHigh) {
}
