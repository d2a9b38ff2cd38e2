package no.gpsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * Colours, strokes and fonts shared by all charts, so a scenario has the same colour in every
 * chart: the base is near-black, the others take the Tableau 10 colours in order (then again,
 * dashed, after ten).
 */
public final class Palette {

    static final Color BASE = new Color(0x33, 0x33, 0x33);
    private static final Color[] OTHERS = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2), new Color(0x59A14F),
        new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC)};

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private Palette() {
    }

    /** The colour of the scenario at this position in the run (0: the base). */
    public static Color scenario(int index) {
        return index == 0 ? BASE : OTHERS[(index - 1) % OTHERS.length];
    }

    /** Solid for the base and the first ten others, dashed after. */
    static Stroke line(int index) {
        if (index == 0) {
            return new BasicStroke(3f);
        }
        if (index <= OTHERS.length) {
            return new BasicStroke(2.2f);
        }
        return new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);
    }

    /** The colour with an alpha from 0 to 1, for bands and crowded points. */
    static Color alpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }
}
