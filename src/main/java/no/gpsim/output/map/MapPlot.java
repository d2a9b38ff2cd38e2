package no.gpsim.output.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A choropleth of municipalities as a JFreeChart plot, so that a map is titled, saved as PNG and
 * SVG and embedded like any other chart. Each municipality is filled with the colour of its value
 * on a {@link ColourScale}; a municipality marked hatched (a difference whose 95 % interval
 * includes zero) is light grey with diagonal lines instead, one without a value is mid grey, and
 * one outside the run (a one-county run) is drawn pale, for orientation. The map shows the run's
 * municipalities in UTM 33 at one scale for both axes; on a map of the whole country the
 * {@link Inset#NORWAY insets} enlarge Oslo, Bergen and Trondheim and a rectangle marks where each
 * comes from. Municipalities too small to see at the map's scale (Utsira, Træna ...) get a
 * round marker in their colour. A small key in the top left corner explains hatching and greys.
 */
public final class MapPlot extends Plot {

    private static final long serialVersionUID = 1L;

    private static final Color BORDER = new Color(0x4A, 0x4A, 0x4A);
    private static final Color OUTSIDE = new Color(0xF2, 0xF2, 0xF2);
    private static final Color OUTSIDE_BORDER = new Color(0xC8, 0xC8, 0xC8);
    private static final Color FRAME = new Color(0x33, 0x33, 0x33);
    private static final Color LABEL_GROUND = new Color(255, 255, 255, 190);
    private static final Stroke MAIN_BORDER = new BasicStroke(0.35f);
    private static final Stroke INSET_BORDER = new BasicStroke(0.6f);
    private static final Stroke HATCH = new BasicStroke(1.1f);
    private static final Stroke BOX = new BasicStroke(1.2f);
    private static final double HATCH_SPACING = 5;
    private static final TexturePaint HATCH_TEXTURE = hatchTexture();
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font KEY = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    /** Below this size in pixels a municipality on the main map gets a marker. */
    private static final double TINY = 4;
    private static final double MARKER_RADIUS = 3.2;
    /** Room for an inset's title above its view, in pixels. */
    private static final double INSET_TITLE = 24;

    private final transient Boundaries boundaries;
    private final Map<String, Double> values;
    private final Set<String> hatched;
    private final ColourScale scale;
    private final String hatchLabel;
    private final String missingLabel;
    private final Envelope frame;
    private final List<Inset> insets;
    /** Municipalities pointed out on the main map with a ring and a label (a locator map), by code. */
    private Map<String, String> pointers = Map.of();

    /**
     * A map of these values.
     *
     * @param values value of each municipality in the run, by code, in the units of the scale (NaN: no value)
     * @param hatched codes drawn hatched instead of coloured
     * @param hatchLabel the key's text for hatching, or null when the map has none
     * @param missingLabel the key's text for a municipality without a value
     */
    public MapPlot(Boundaries boundaries, Map<String, Double> values, Set<String> hatched, ColourScale scale,
                   String hatchLabel, String missingLabel) {
        this.boundaries = boundaries;
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.hatched = Collections.unmodifiableSet(new TreeSet<>(hatched));
        this.scale = scale;
        this.hatchLabel = hatchLabel;
        this.missingLabel = missingLabel;
        Envelope shown = boundaries.envelope(values.keySet());
        if (shown.isNull()) {
            shown = boundaries.envelope(boundaries.all().stream().map(Boundaries.Municipality::code).toList());
        }
        shown.expandBy(0.03 * Math.max(shown.getWidth(), shown.getHeight()));
        this.frame = shown;
        List<Inset> fit = new ArrayList<>();
        for (Inset inset : Inset.NORWAY) {
            if (frame.contains(inset.placement()) && values.keySet().containsAll(inset.focus())) {
                fit.add(inset);
            }
        }
        this.insets = List.copyOf(fit);
        setBackgroundPaint(Color.WHITE);
        setOutlineVisible(false);
        setInsets(new RectangleInsets(4, 4, 4, 4));
    }

    /** Points these municipalities out on the main map with a ring and their label (code to label). */
    public void setPointers(Map<String, String> pointers) {
        this.pointers = Collections.unmodifiableMap(new TreeMap<>(pointers));
        fireChangeEvent();
    }

    @Override
    public String getPlotType() {
        return "Map";
    }

    /** The area of the main map, in UTM 33 metres. */
    public Envelope frame() {
        return new Envelope(frame);
    }

    /** The insets drawn (none unless the map shows the whole country). */
    public List<Inset> insets() {
        return insets;
    }

    /** The colours. */
    public ColourScale scale() {
        return scale;
    }

    /**
     * The transform from UTM 33 metres to Java2D coordinates of the main map drawn in this data area:
     * one scale for both axes, the frame centred, north up.
     */
    public AffineTransform transform(Rectangle2D dataArea) {
        return fit(frame, dataArea);
    }

    private static AffineTransform fit(Envelope source, Rectangle2D target) {
        double s = Math.min(target.getWidth() / source.getWidth(), target.getHeight() / source.getHeight());
        double x = target.getX() + (target.getWidth() - source.getWidth() * s) / 2 - source.getMinX() * s;
        double y = target.getY() + (target.getHeight() - source.getHeight() * s) / 2 + source.getMaxY() * s;
        return new AffineTransform(s, 0, 0, -s, x, y);
    }

    /**
     * The simplification tolerance for a drawing scale: a pixel in metres (the simplifier removes
     * bends smaller than about a square pixel), rounded to 25 m times a power of two so that few
     * tolerances are cached.
     */
    private static double tolerance(AffineTransform t) {
        double pixel = 1 / Math.abs(t.getScaleX());
        if (pixel < 25) {
            return 0;
        }
        return 25 * Math.pow(2, Math.round(Math.log(pixel / 25) / Math.log(2)));
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D dataArea = (Rectangle2D) area.clone();
        getInsets().trim(dataArea);
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(dataArea);
        }
        drawBackground(g2, dataArea);
        Shape savedClip = g2.getClip();
        g2.clip(dataArea);
        AffineTransform t = transform(dataArea);
        List<Rectangle2D> boxes = new ArrayList<>();
        List<Envelope> sources = new ArrayList<>();
        for (Inset inset : insets) {
            Rectangle2D box = t.createTransformedShape(rectangle(inset.placement())).getBounds2D();
            boxes.add(box);
            sources.add(source(inset, view(box)));
        }
        Map<String, Shape> outlines = boundaries.outlines(tolerance(t));
        List<Shape> markers = new ArrayList<>();
        List<String> markerCodes = new ArrayList<>();
        Path2D.Double borders = new Path2D.Double();
        Path2D.Double outsideBorders = new Path2D.Double();
        for (Boundaries.Municipality m : boundaries.all()) {
            Shape s = t.createTransformedShape(outlines.get(m.code()));
            fill(g2, m.code(), s);
            (values.containsKey(m.code()) ? borders : outsideBorders).append(s, false);
            Rectangle2D b = s.getBounds2D();
            if (values.containsKey(m.code()) && Math.max(b.getWidth(), b.getHeight()) < TINY
                    && sources.stream().noneMatch(e -> e.contains(m.inside()))) {
                Point2D p = t.transform(new Point2D.Double(m.inside().x, m.inside().y), null);
                markers.add(new Ellipse2D.Double(p.getX() - MARKER_RADIUS, p.getY() - MARKER_RADIUS, 2 * MARKER_RADIUS,
                        2 * MARKER_RADIUS));
                markerCodes.add(m.code());
            }
        }
        drawBorders(g2, borders, outsideBorders, MAIN_BORDER);
        for (int i = 0; i < markers.size(); i++) {
            fill(g2, markerCodes.get(i), markers.get(i));
            g2.setPaint(BORDER);
            g2.setStroke(INSET_BORDER);
            g2.draw(markers.get(i));
        }
        for (int i = 0; i < insets.size(); i++) {
            Rectangle2D from = t.createTransformedShape(rectangle(sources.get(i))).getBounds2D();
            g2.setPaint(FRAME);
            g2.setStroke(BOX);
            g2.draw(from);
            g2.setFont(TITLE);
            label(g2, insets.get(i).shortLabel(), from.getMaxX() + 4, from.getMaxY() - g2.getFontMetrics().getAscent());
        }
        for (int i = 0; i < insets.size(); i++) {
            drawInset(g2, insets.get(i), boxes.get(i), sources.get(i));
        }
        drawPointers(g2, t);
        drawKey(g2, dataArea);
        g2.setClip(savedClip);
    }

    private void drawPointers(Graphics2D g2, AffineTransform t) {
        g2.setFont(TITLE);
        for (Map.Entry<String, String> e : pointers.entrySet()) {
            Boundaries.Municipality m = boundaries.get(e.getKey());
            if (m == null) {
                continue;
            }
            Point2D p = t.transform(new Point2D.Double(m.inside().x, m.inside().y), null);
            g2.setPaint(Color.BLACK);
            g2.setStroke(new java.awt.BasicStroke(2.5f));
            g2.draw(new Ellipse2D.Double(p.getX() - 11, p.getY() - 11, 22, 22));
            label(g2, e.getValue(), p.getX() - 14 - g2.getFontMetrics().stringWidth(e.getValue()),
                    p.getY() - g2.getFontMetrics().getAscent() / 2.0);
        }
    }

    /** Where an inset's municipalities are drawn inside its box: below the title, inside a margin. */
    private static Rectangle2D view(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() + 3, box.getY() + INSET_TITLE, box.getWidth() - 6,
                box.getHeight() - INSET_TITLE - 3);
    }

    /** The area an inset shows: its focus municipalities with a margin, widened to the view's shape. */
    private Envelope source(Inset inset, Rectangle2D view) {
        Envelope e = boundaries.envelope(inset.focus());
        e.expandBy(0.04 * Math.max(e.getWidth(), e.getHeight()));
        double aspect = view.getWidth() / view.getHeight();
        if (e.getWidth() / e.getHeight() < aspect) {
            e.expandBy((e.getHeight() * aspect - e.getWidth()) / 2, 0);
        } else {
            e.expandBy(0, (e.getWidth() / aspect - e.getHeight()) / 2);
        }
        return e;
    }

    private void drawInset(Graphics2D g2, Inset inset, Rectangle2D box, Envelope source) {
        Rectangle2D view = view(box);
        AffineTransform t = fit(source, view);
        g2.setPaint(Color.WHITE);
        g2.fill(box);
        Shape savedClip = g2.getClip();
        g2.clip(view);
        // cut a little outside the view, so that the cut edges fall outside it
        Envelope cut = new Envelope(source);
        cut.expandBy(0.02 * source.getWidth(), 0.02 * source.getHeight());
        Map<String, Shape> outlines = boundaries.outlines(tolerance(t), cut);
        List<Boundaries.Municipality> shown = new ArrayList<>();
        Path2D.Double borders = new Path2D.Double();
        Path2D.Double outsideBorders = new Path2D.Double();
        for (Map.Entry<String, Shape> e : outlines.entrySet()) {
            Shape s = t.createTransformedShape(e.getValue());
            fill(g2, e.getKey(), s);
            (values.containsKey(e.getKey()) ? borders : outsideBorders).append(s, false);
            shown.add(boundaries.get(e.getKey()));
        }
        drawBorders(g2, borders, outsideBorders, INSET_BORDER);
        g2.setFont(LABEL);
        FontMetrics fm = g2.getFontMetrics();
        for (Boundaries.Municipality m : shown) {
            Rectangle2D b = t.createTransformedShape(outlines.get(m.code())).getBounds2D();
            String name = shortName(m.name());
            Point2D p = t.transform(new Point2D.Double(m.inside().x, m.inside().y), null);
            Rectangle2D text = new Rectangle2D.Double(p.getX() - fm.stringWidth(name) / 2.0 - 2, p.getY() - fm.getAscent() / 2.0 - 1,
                    fm.stringWidth(name) + 4, fm.getAscent() + fm.getDescent() + 2);
            if (text.getWidth() < 0.8 * b.getWidth() && b.getHeight() > 2.5 * fm.getAscent() && view.contains(text)) {
                label(g2, name, text.getX() + 2, text.getY() + 1);
            }
        }
        g2.setClip(savedClip);
        g2.setPaint(FRAME);
        g2.setStroke(BOX);
        g2.draw(box);
        g2.draw(new Line2D.Double(box.getX(), view.getY() - 1, box.getMaxX(), view.getY() - 1));
        g2.setFont(TITLE);
        g2.drawString(inset.label(), (float) (box.getX() + 6), (float) (box.getY() + INSET_TITLE - 6));
    }

    /** The Norwegian part of a name given in two languages ("Trondheim - Tråante"). */
    private static String shortName(String name) {
        int dash = name.indexOf(" - ");
        return dash < 0 ? name : name.substring(0, dash);
    }

    /**
     * Dark text on a pale, slightly transparent box, legible on any fill.
     *
     * @param x left edge of the text
     * @param y top edge of the text
     */
    private static void label(Graphics2D g2, String text, double x, double y) {
        FontMetrics fm = g2.getFontMetrics();
        g2.setPaint(LABEL_GROUND);
        g2.fill(new Rectangle2D.Double(x - 2, y - 1, fm.stringWidth(text) + 4, fm.getAscent() + fm.getDescent() + 2));
        g2.setPaint(Color.BLACK);
        g2.drawString(text, (float) x, (float) (y + fm.getAscent()));
    }

    /** Fills a municipality's shape (outline or marker). */
    private void fill(Graphics2D g2, String code, Shape s) {
        if (!values.containsKey(code)) {
            g2.setPaint(OUTSIDE);
            g2.fill(s);
        } else if (hatched.contains(code)) {
            g2.setPaint(ColourScale.HATCH_GROUND);
            g2.fill(s);
            hatch(g2, s);
        } else {
            g2.setPaint(scale.colour(values.get(code)));
            g2.fill(s);
        }
    }

    /** All borders in one stroke each (faster than one per municipality, and no fill covers a border). */
    private static void drawBorders(Graphics2D g2, Shape borders, Shape outsideBorders, Stroke stroke) {
        g2.setStroke(stroke);
        g2.setPaint(OUTSIDE_BORDER);
        g2.draw(outsideBorders);
        g2.setPaint(BORDER);
        g2.draw(borders);
    }

    /**
     * Diagonal lines (lower left to upper right) on a grid common to the whole map, so that
     * neighbours' lines meet. On a raster a texture paint draws them in one fill; an SVG, which
     * has no texture, gets the lines clipped to the shape.
     */
    private static void hatch(Graphics2D g2, Shape s) {
        if (!(g2 instanceof SVGGraphics2D)) {
            g2.setPaint(HATCH_TEXTURE);
            g2.fill(s);
            return;
        }
        Rectangle2D b = s.getBounds2D();
        Path2D.Double lines = new Path2D.Double();
        for (double c = Math.ceil((b.getMinX() + b.getMinY()) / HATCH_SPACING) * HATCH_SPACING;
             c <= b.getMaxX() + b.getMaxY(); c += HATCH_SPACING) {
            lines.moveTo(c - b.getMaxY(), b.getMaxY());
            lines.lineTo(c - b.getMinY(), b.getMinY());
        }
        Shape savedClip = g2.getClip();
        g2.clip(s);
        g2.setPaint(ColourScale.HATCH_LINE);
        g2.setStroke(HATCH);
        g2.draw(lines);
        g2.setClip(savedClip);
    }

    /** One tile of the hatching, {@link #HATCH_SPACING} square, drawn at four times the resolution. */
    private static TexturePaint hatchTexture() {
        int k = 4;
        int n = (int) HATCH_SPACING * k;
        BufferedImage tile = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(k, k);
        g.setPaint(ColourScale.HATCH_LINE);
        g.setStroke(HATCH);
        // the line x + y = spacing, and its copies through the corners, so that tiles join
        for (double c : new double[] {0, HATCH_SPACING, 2 * HATCH_SPACING}) {
            g.draw(new Line2D.Double(c - HATCH_SPACING, HATCH_SPACING, c, 0));
        }
        g.dispose();
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, HATCH_SPACING, HATCH_SPACING));
    }

    /** The key to hatching and greys, in the top left corner, listing only what the map shows. */
    private void drawKey(Graphics2D g2, Rectangle2D dataArea) {
        List<String> labels = new ArrayList<>();
        List<Color> grounds = new ArrayList<>();
        if (hatchLabel != null) {
            labels.add(hatchLabel);
            grounds.add(null);
        }
        boolean missing = values.entrySet().stream()
                .anyMatch(e -> e.getValue().isNaN() || boundaries.get(e.getKey()) == null);
        if (missing) {
            labels.add(missingLabel);
            grounds.add(ColourScale.MISSING);
        }
        if (values.size() < boundaries.all().size()) {
            labels.add("Not in this run");
            grounds.add(OUTSIDE);
        }
        if (labels.isEmpty()) {
            return;
        }
        g2.setFont(KEY);
        FontMetrics fm = g2.getFontMetrics();
        double row = 24;
        double width = 0;
        for (String l : labels) {
            width = Math.max(width, fm.stringWidth(l));
        }
        Rectangle2D box = new Rectangle2D.Double(dataArea.getX() + 6, dataArea.getY() + 6, width + 54, labels.size() * row + 10);
        g2.setPaint(Color.WHITE);
        g2.fill(box);
        g2.setPaint(OUTSIDE_BORDER);
        g2.setStroke(new BasicStroke(0.8f));
        g2.draw(box);
        for (int i = 0; i < labels.size(); i++) {
            Rectangle2D swatch = new Rectangle2D.Double(box.getX() + 8, box.getY() + 7 + i * row, 28, 17);
            if (grounds.get(i) == null) {
                g2.setPaint(ColourScale.HATCH_GROUND);
                g2.fill(swatch);
                hatch(g2, swatch);
            } else {
                g2.setPaint(grounds.get(i));
                g2.fill(swatch);
            }
            g2.setPaint(BORDER);
            g2.setStroke(INSET_BORDER);
            g2.draw(swatch);
            g2.setPaint(Color.BLACK);
            g2.drawString(labels.get(i), (float) (swatch.getMaxX() + 8), (float) (swatch.getCenterY() + fm.getAscent() / 2.0 - 1));
        }
    }

    private static Rectangle2D rectangle(Envelope e) {
        return new Rectangle2D.Double(e.getMinX(), e.getMinY(), e.getWidth(), e.getHeight());
    }

    /** Where a point in UTM 33 metres lands on the main map drawn in this data area. */
    public Point2D toJava2D(Coordinate utm, Rectangle2D dataArea) {
        return transform(dataArea).transform(new Point2D.Double(utm.x, utm.y), null);
    }

    /**
     * Where a point in UTM 33 metres lands in an inset of the map drawn in this data area, or null
     * when the inset does not show it.
     *
     * @param inset index in {@link #insets()}
     */
    public Point2D toJava2DInInset(int inset, Coordinate utm, Rectangle2D dataArea) {
        Rectangle2D box = transform(dataArea).createTransformedShape(rectangle(insets.get(inset).placement())).getBounds2D();
        Rectangle2D view = view(box);
        Point2D p = fit(source(insets.get(inset), view), view).transform(new Point2D.Double(utm.x, utm.y), null);
        return view.contains(p) ? p : null;
    }
}
