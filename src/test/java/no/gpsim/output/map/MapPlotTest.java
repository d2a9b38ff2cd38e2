package no.gpsim.output.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import no.gpsim.output.charts.ChartFiles;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The maps are right: each test municipality is drawn where UTM 33 puts it and in the colour of its
 * own value, read back from the PNG as written, not a neighbour's; hatching, markers and insets.
 */
class MapPlotTest {

    private static final Boundaries B = Boundaries.norway();

    /** A rendered map: the decoded PNG and the plot's data area, in CSS pixels. */
    private record Drawn(MapPlot plot, BufferedImage image, Rectangle2D dataArea) {
        Color at(Point2D p) {
            return new Color(image.getRGB((int) Math.floor(p.getX() * Maps.PNG_SCALE),
                    (int) Math.floor(p.getY() * Maps.PNG_SCALE)));
        }

        /** The commonest colour within {@code r} pixels of a point (a label may sit on the point itself). */
        Color mode(Point2D p, int r) {
            Map<Color, Integer> counts = new HashMap<>();
            for (int dx = -r; dx <= r; dx++) {
                for (int dy = -r; dy <= r; dy++) {
                    counts.merge(at(new Point2D.Double(p.getX() + dx, p.getY() + dy)), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        Color atInside(String code) {
            return at(plot.toJava2D(B.get(code).inside(), dataArea));
        }
    }

    private static Drawn draw(MapPlot plot) throws IOException {
        JFreeChart chart = Maps.chart("test map", "subtitle", plot, "units");
        byte[] png = ChartFiles.png(chart, Maps.WIDTH, Maps.HEIGHT, Maps.PNG_SCALE);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage scratch = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, Maps.WIDTH, Maps.HEIGHT), info);
        g2.dispose();
        return new Drawn(plot, ImageIO.read(new ByteArrayInputStream(png)), info.getPlotInfo().getDataArea());
    }

    /** Every municipality without a value except these. */
    private static Map<String, Double> values(Map<String, Double> given) {
        Map<String, Double> v = new HashMap<>();
        B.all().forEach(m -> v.put(m.code(), Double.NaN));
        v.putAll(given);
        return v;
    }

    @Test
    void theMainMapKeepsOneScaleNorthUpAndPutsPlacesInOrder() throws IOException {
        MapPlot plot = new MapPlot(B, values(Map.of()), Set.of(), ColourScale.sequential(20), null, "No value");
        Drawn d = draw(plot);
        var t = plot.transform(d.dataArea());
        assertEquals(t.getScaleX(), -t.getScaleY(), 1e-12, "one scale for both axes, north up");
        Envelope f = plot.frame();
        Point2D low = plot.toJava2D(new Coordinate(f.getMinX(), f.getMinY()), d.dataArea());
        Point2D high = plot.toJava2D(new Coordinate(f.getMaxX(), f.getMaxY()), d.dataArea());
        assertTrue(d.dataArea().contains(low.getX() + 0.01, low.getY() - 0.01) && d.dataArea().contains(high.getX() - 0.01,
                high.getY() + 0.01), "the frame fits the data area");
        assertTrue(Math.abs(low.getX() - d.dataArea().getMinX()) < 1e-6 || Math.abs(high.getY() - d.dataArea().getMinY())
                < 1e-6, "and fills it in one direction");
        Map<String, Point2D> p = new HashMap<>();
        for (Object[] place : BoundariesTest.PLACES) {
            p.put((String) place[0], plot.toJava2D(new Coordinate((double) place[3], (double) place[4]), d.dataArea()));
        }
        // west to east: Utsira, Oslo, Tromsø, Kautokeino; Tromsø north of Kautokeino, Oslo far south of both
        assertTrue(p.get("1151").getX() < p.get("0301").getX() && p.get("0301").getX() < p.get("5501").getX()
                && p.get("5501").getX() < p.get("5612").getX(), p::toString);
        assertTrue(p.get("5501").getY() < p.get("5612").getY() && p.get("5612").getY() < p.get("0301").getY(), p::toString);
        // 1 km on the ground is the same distance on the map everywhere (Oslo to Tromsø: 1,106 km in UTM 33)
        double km = Math.hypot(653421.188 - 261506.678, 7731721.083 - 6649276.941) / 1000;
        assertEquals(km * 1000 * t.getScaleX(), p.get("0301").distance(p.get("5501")), 1e-6);
        assertEquals(3, plot.insets().size(), "Oslo, Bergen and Trondheim enlarged on a map of the country");
    }

    @Test
    void eachMunicipalityIsDrawnInItsOwnValuesColourNotANeighbours() throws IOException {
        // distinct values for the four and for a neighbour of each; every other municipality has none
        Map<String, Double> given = Map.of("0301", 2.0, "3201", 18.0, "5501", 6.0, "5534", 12.0,
                "5612", 10.0, "5610", 16.0, "1151", 14.0, "1149", 4.0);
        ColourScale scale = ColourScale.sequential(20);
        MapPlot plot = new MapPlot(B, values(given), Set.of(), scale, null, "No value");
        Drawn d = draw(plot);
        for (Map.Entry<String, Double> e : given.entrySet()) {
            assertEquals(scale.colour(e.getValue()), d.atInside(e.getKey()), e.getKey() + " at its interior point");
        }
        for (String[] pair : new String[][] {{"0301", "3201"}, {"5501", "5534"}, {"5612", "5610"}, {"1151", "1149"}}) {
            assertNotEquals(d.atInside(pair[0]), d.atInside(pair[1]), pair[0] + " and its neighbour " + pair[1]);
        }
        assertEquals(ColourScale.MISSING, d.atInside("5601"), "Alta has no value");
        // the known places themselves, where they are away from the shore at this scale (a pixel is 1.6 km)
        for (Object[] place : BoundariesTest.PLACES) {
            String code = (String) place[0];
            if (code.equals("5612") || code.equals("1151")) {
                Point2D p = plot.toJava2D(new Coordinate((double) place[3], (double) place[4]), d.dataArea());
                assertEquals(scale.colour(given.get(code)), d.at(p), code + " at its known place");
            }
        }
        // Oslo and Bærum again in the Oslo inset, enlarged (and labelled there: the commonest colour around)
        int oslo = 0;
        assertEquals("Oslo and neighbours", plot.insets().get(oslo).label());
        for (String code : List.of("0301", "3201")) {
            Point2D p = plot.toJava2DInInset(oslo, B.get(code).inside(), d.dataArea());
            assertNotNull(p, code + " is in the inset");
            assertEquals(scale.colour(given.get(code)), d.mode(p, 20), code + " in the inset");
        }
        Point2D cityHall = plot.toJava2DInInset(oslo, new Coordinate(261506.678, 6649276.941), d.dataArea());
        assertEquals(scale.colour(2.0), d.mode(cityHall, 3), "Oslo city hall in the inset");
    }

    @Test
    void aTinyMunicipalityGetsAMarkerInItsColour() throws IOException {
        ColourScale scale = ColourScale.sequential(20);
        Drawn d = draw(new MapPlot(B, values(Map.of("1151", 20.0)), Set.of(), scale, null, "No value"));
        Point2D p = d.plot().toJava2D(B.get("1151").inside(), d.dataArea());
        int colour = 0;
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                if (d.at(new Point2D.Double(p.getX() + dx, p.getY() + dy)).equals(scale.colour(20))) {
                    colour++;
                }
            }
        }
        assertTrue(colour >= 9, "Utsira (6 km2, a pixel at this scale) shows as a marker: " + colour + " of 25 pixels");
    }

    @Test
    void aDifferenceWhoseIntervalIncludesZeroIsHatchedNotColoured() throws IOException {
        ColourScale scale = ColourScale.diverging(10);
        MapPlot plot = new MapPlot(B, values(Map.of("5612", 6.0, "5501", -6.0, "5610", 6.0)), Set.of("5612"), scale,
                "95 % interval includes 0", "No value");
        Drawn d = draw(plot);
        Point2D p = plot.toJava2D(B.get("5612").inside(), d.dataArea());
        boolean ground = false;
        boolean line = false;
        for (int dx = -6; dx <= 6; dx++) {
            for (int dy = -6; dy <= 6; dy++) {
                Color c = d.at(new Point2D.Double(p.getX() + dx, p.getY() + dy));
                assertTrue(c.getRed() == c.getGreen() && c.getGreen() == c.getBlue(), "hatching is grey: " + c);
                assertNotEquals(scale.colour(6.0), c);
                ground |= c.equals(ColourScale.HATCH_GROUND);
                line |= c.getRed() < ColourScale.HATCH_GROUND.getRed() - 40;
            }
        }
        assertTrue(ground && line, "light grey ground with darker lines");
        assertEquals(scale.colour(-6.0), d.atInside("5501"), "a clear difference keeps its colour");
        assertEquals(scale.colour(6.0), d.atInside("5610"), "so does Karasjok, with the same value as Kautokeino");
        assertFalse(scale.colour(-6.0).equals(scale.colour(6.0)));
        String svg = ChartFiles.svg(Maps.chart("t", "s", plot, "pp"), Maps.WIDTH, Maps.HEIGHT);
        assertTrue(svg.contains("rgb(138,138,138)"), "the SVG draws the hatching lines too");
    }

    @Test
    void aOneCountyMapShowsThatCountyWithoutInsets() {
        Map<String, Double> troms = new HashMap<>();
        B.all().stream().filter(m -> m.code().startsWith("55")).forEach(m -> troms.put(m.code(), 1.0));
        MapPlot plot = new MapPlot(B, troms, Set.of(), ColourScale.sequential(2), null, "No value");
        assertTrue(plot.insets().isEmpty());
        Envelope f = plot.frame();
        assertTrue(f.contains(B.envelope(troms.keySet())));
        assertTrue(f.getWidth() < 500_000 && !f.contains(B.get("0301").inside()), "zoomed in on Troms: " + f);
    }
}
