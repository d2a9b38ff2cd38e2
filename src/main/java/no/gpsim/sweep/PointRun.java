package no.gpsim.sweep;

import java.io.Serializable;

/**
 * One run of a sweep: a design point and a replicate. Replicate r of every point uses seed S + r, so
 * neighbouring points meet the same random draws and their differences are paired.
 *
 * @param point the point's number, from 0
 * @param replicate the replicate's number, from 0
 * @param seed its seed
 * @param values the factors' values at the point
 */
public record PointRun(int point, int replicate, long seed, double[] values) implements Serializable {

    private static final long serialVersionUID = 1L;
}
