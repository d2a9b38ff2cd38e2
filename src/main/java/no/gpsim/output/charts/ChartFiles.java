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

    private ChartFiles() {
    }

    /** The PNG bytes of a chart. */
    public static byte[] png(JFreeChart chart) throws IOException {
        // Opaque RGB: the charts have white backgrounds, and RGB encodes faster and smaller than ARGB.
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(SCALE, SCALE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** The SVG document of a chart. */
    public static String svg(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        // JFreeSVG prefixes its clip ids with the clock by default; a fixed prefix keeps the files reproducible
        g2.setDefsKeyPrefix("gpsim-");
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g2.getSVGDocument();
    }

    /**
     * Writes {@code stem.png} and {@code stem.svg} into {@code dir}.
     *
     * @return the PNG bytes, for embedding
     */
    public static byte[] write(Path dir, String stem, JFreeChart chart) throws IOException {
        byte[] png = png(chart);
        try (OutputStream out = Files.newOutputStream(dir.resolve(stem + ".png"))) {
            out.write(png);
        }
        Files.writeString(dir.resolve(stem + ".svg"), svg(chart), StandardCharsets.UTF_8);
        return png;
    }
}
