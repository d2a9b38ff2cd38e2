package no.gpsim.output.map;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The colours of a map, safe for the common forms of colour blindness: a sequential scale
 * (viridis, light yellow for low values to dark purple for high ones) for levels, and a diverging
 * one (ColorBrewer BrBG, symmetric about zero: teal below, brown above, near-white at zero) for
 * differences. Values beyond the range take the colour of its end; a missing value (NaN) is a
 * neutral grey that neither scale contains.
 */
public final class ColourScale implements PaintScale {

    /** A municipality without a value. */
    public static final Color MISSING = new Color(0xB4, 0xB4, 0xB4);
    /** The ground of a hatched municipality (its difference's interval includes zero). */
    public static final Color HATCH_GROUND = new Color(0xE6, 0xE6, 0xE6);
    /** The lines of the hatching. */
    public static final Color HATCH_LINE = new Color(0x8A, 0x8A, 0x8A);

    // matplotlib's viridis at nine even steps, from dark to light; drawn reversed (light = low)
    private static final int[] VIRIDIS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962,
        0xADDC30, 0xFDE725};
    // ColorBrewer BrBG, 11 classes, from brown (high) to teal (low)
    private static final int[] BRBG = {0x543005, 0x8C510A, 0xBF812D, 0xDFC27D, 0xF6E8C3, 0xF5F5F5, 0xC7EAE5, 0x80CDC1,
        0x35978F, 0x01665E, 0x003C30};

    private final double lower;
    private final double upper;
    private final Color[] stops;

    private ColourScale(double lower, double upper, int[] stops, boolean reversed) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("empty colour range " + lower + " to " + upper);
        }
        this.lower = lower;
        this.upper = upper;
        this.stops = new Color[stops.length];
        for (int i = 0; i < stops.length; i++) {
            this.stops[i] = new Color(stops[reversed ? stops.length - 1 - i : i]);
        }
    }

    /** Viridis from 0 (light yellow) to {@code upper} (dark purple). */
    public static ColourScale sequential(double upper) {
        return new ColourScale(0, upper, VIRIDIS, true);
    }

    /** BrBG from −{@code range} (dark teal) through 0 (near-white) to +{@code range} (dark brown). */
    public static ColourScale diverging(double range) {
        return new ColourScale(-range, range, BRBG, true);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    /** Whether a value lies beyond the range and is drawn in the colour of its end. */
    public boolean clamps(double value) {
        return value < lower || value > upper;
    }

    /** The colour of a value: linear in RGB between the scale's stops, the end colours beyond the range. */
    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    /** As {@link #getPaint}, typed. */
    public Color colour(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double t = (Math.min(upper, Math.max(lower, value)) - lower) / (upper - lower) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(t));
        double f = t - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /**
     * A round number at or above {@code x} (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten),
     * for the end of a scale; 1 when {@code x} is not positive.
     */
    public static double niceCeiling(double x) {
        return ceiling(x, new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10});
    }

    /** A round step at or above {@code x} (1, 2, 2.5 or 5 times a power of ten), for ticks. */
    public static double niceStep(double x) {
        return ceiling(x, new double[] {1, 2, 2.5, 5, 10});
    }

    private static double ceiling(double x, double[] steps) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : steps) {
            if (m * power >= x * (1 - 1e-12)) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
