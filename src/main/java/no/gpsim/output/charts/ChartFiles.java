package no.gpsim.output.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG (drawn at twice its size, for sharp display) and as SVG. */
public final class ChartFiles {

    /** Size a chart is laid out at, in CSS pixels. */
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;
    private static final int SCALE = 2;
    /** Prefix of the SVG's clip-path ids; JFreeSVG's default holds the clock, and the files must not. */
    private static final String DEFS_PREFIX = "gpsim-";

    private ChartFiles() {
    }

    /** The PNG bytes of a chart. */
    public static byte[] png(JFreeChart chart) throws IOException {
        return png(chart, WIDTH, HEIGHT, SCALE);
    }

    /**
     * The PNG bytes of a chart laid out at {@code width} x {@code height} CSS pixels and drawn
     * {@code scale} times larger (maps use another size than the charts).
     */
    public static byte[] png(JFreeChart chart, int width, int height, double scale) throws IOException {
        // Opaque RGB: the charts have white backgrounds, and RGB encodes faster and smaller than ARGB.
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** The SVG document of a chart. */
    public static String svg(JFreeChart chart) {
        return svg(chart, WIDTH, HEIGHT, false);
    }

    /**
     * The SVG document of a chart laid out at {@code width} x {@code height}, its coordinates
     * rounded to 1/10 pixel (a map has tens of thousands of them).
     */
    public static String svg(JFreeChart chart, int width, int height) {
        return svg(chart, width, height, true);
    }

    private static String svg(JFreeChart chart, int width, int height, boolean round) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(DEFS_PREFIX);
        if (round) {
            g2.setGeomDoubleConverter(x -> Double.toString(Math.round(x * 10) / 10.0));
        }
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGDocument();
    }

    /**
     * Writes {@code stem.png} and {@code stem.svg} into {@code dir}.
     *
     * @return the PNG bytes, for embedding
     */
    public static byte[] write(Path dir, String stem, JFreeChart chart) throws IOException {
        return write(dir, stem, png(chart), svg(chart));
    }

    /**
     * Writes {@code stem.png} and {@code stem.svg} of a chart of another size (a map) into {@code dir}:
     * the PNG drawn {@code scale} times larger, the SVG with coordinates to 1/10 pixel.
     *
     * @return the PNG bytes, for embedding
     */
    public static byte[] write(Path dir, String stem, JFreeChart chart, int width, int height, double scale)
            throws IOException {
        return write(dir, stem, png(chart, width, height, scale), svg(chart, width, height));
    }

    private static byte[] write(Path dir, String stem, byte[] png, String svg) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(stem + ".png"))) {
            out.write(png);
        }
        Files.writeString(dir.resolve(stem + ".svg"), svg, StandardCharsets.UTF_8);
        return png;
    }
}
