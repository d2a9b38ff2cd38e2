package no.gpsim.output.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The boundaries of Norway's 357 municipalities (2024 division, Kartverket, CC BY 4.0), projected
 * to UTM zone 33N (EPSG:25833, metres). They are read from {@code municipalities-2024.geojson},
 * which the build copies from {@code scenarios/data/} into the jar beside this class, so a map can
 * be drawn from any working directory. Reading, projecting and simplifying take a fraction of a
 * second and are done once per process ({@link #norway()}); the simplified outlines are cached
 * per tolerance, so a comparison of many scenarios draws all its maps from the same shapes.
 */
public final class Boundaries {

    /** The file name of the boundaries, on the classpath beside this class and in scenarios/data/. */
    public static final String RESOURCE = "municipalities-2024.geojson";

    /**
     * One municipality.
     *
     * @param code kommunenummer, four digits
     * @param name the name in the boundary file
     * @param shape the outline in UTM 33 metres, as published (not simplified)
     * @param inside a point inside the outline (JTS interior point), for labels, small-area markers and tests
     */
    public record Municipality(String code, String name, Geometry shape, Coordinate inside) { }

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static volatile Boundaries norway;

    private final Map<String, Municipality> byCode;
    /** Simplified geometries by tolerance, and Java2D shapes by tolerance (and clip rectangle). */
    private final Map<Double, Map<String, Geometry>> simple = new ConcurrentHashMap<>();
    private final Map<List<Double>, Map<String, Shape>> shapes = new ConcurrentHashMap<>();

    private Boundaries(Map<String, Municipality> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The boundaries shipped with gpsim, read on first use. */
    public static Boundaries norway() {
        Boundaries b = norway;
        if (b == null) {
            synchronized (Boundaries.class) {
                b = norway;
                if (b == null) {
                    b = readResource();
                    norway = b;
                }
            }
        }
        return b;
    }

    private static Boundaries readResource() {
        try (InputStream in = Boundaries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // a packaging fault, not a user's: the build copies the file from scenarios/data
                throw new IllegalStateException("the municipality boundaries " + RESOURCE + " are missing from the jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /**
     * Reads a GeoJSON FeatureCollection of Polygons and MultiPolygons in longitude and latitude with
     * properties {@code kommunenummer} and {@code kommunenavn}, and projects it to UTM 33.
     */
    static Boundaries read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, Municipality> out = new TreeMap<>();
        for (JsonNode feature : root.path("features")) {
            String code = feature.path("properties").path("kommunenummer").asText();
            String name = feature.path("properties").path("kommunenavn").asText();
            JsonNode geometry = feature.path("geometry");
            List<Polygon> polygons = new ArrayList<>();
            switch (geometry.path("type").asText()) {
                case "Polygon" -> polygons.add(polygon(geometry.path("coordinates")));
                case "MultiPolygon" -> geometry.path("coordinates").forEach(p -> polygons.add(polygon(p)));
                default -> throw new IOException(RESOURCE + ": municipality " + code + " is a "
                        + geometry.path("type").asText() + ", not a Polygon or MultiPolygon");
            }
            Geometry shape = polygons.size() == 1 ? polygons.get(0)
                    : FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
            Point inside = shape.getInteriorPoint();
            out.put(code, new Municipality(code, name, shape, inside.getCoordinate()));
        }
        return new Boundaries(out);
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] c = new Coordinate[points.size()];
        for (int i = 0; i < c.length; i++) {
            double[] en = TransverseMercator.UTM33.project(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
            c[i] = new Coordinate(en[0], en[1]);
        }
        return FACTORY.createLinearRing(c);
    }

    /** All municipalities, in code order. */
    public Collection<Municipality> all() {
        return byCode.values();
    }

    /** The municipality with this code, or null. */
    public Municipality get(String code) {
        return byCode.get(code);
    }

    /** The bounding box of these municipalities (codes without a boundary are left out), in UTM 33 metres. */
    public Envelope envelope(Collection<String> codes) {
        Envelope e = new Envelope();
        for (String code : codes) {
            Municipality m = byCode.get(code);
            if (m != null) {
                e.expandToInclude(m.shape().getEnvelopeInternal());
            }
        }
        return e;
    }

    /**
     * The outlines simplified as one coverage (shared borders stay shared, so no gaps or overlaps
     * open between neighbours) and without islands under {@code tolerance} squared, as Java2D
     * shapes in UTM 33 metres with y pointing north.
     *
     * @param tolerance the simplification tolerance in metres: about a pixel at the drawing scale
     */
    public Map<String, Shape> outlines(double tolerance) {
        return shapes.computeIfAbsent(List.of(tolerance), k -> simplify(tolerance));
    }

    /**
     * As {@link #outlines(double)}, only the municipalities that reach into {@code clip}, each cut
     * to it: an inset then carries only what it shows (the SVG stays small). The cut edges lie on
     * the rectangle, so draw inside a slightly smaller area.
     */
    public Map<String, Shape> outlines(double tolerance, Envelope clip) {
        return shapes.computeIfAbsent(List.of(tolerance, clip.getMinX(), clip.getMaxX(), clip.getMinY(), clip.getMaxY()),
                k -> cut(tolerance, clip));
    }

    private Map<String, Shape> cut(double tolerance, Envelope clip) {
        Geometry box = FACTORY.toGeometry(clip);
        Map<String, Shape> out = new TreeMap<>();
        for (Map.Entry<String, Geometry> e : simplified(tolerance).entrySet()) {
            Geometry g = e.getValue();
            if (!g.getEnvelopeInternal().intersects(clip)) {
                continue;
            }
            Geometry part;
            try {
                part = OverlayNGRobust.overlay(g, box, OverlayNG.INTERSECTION);
            } catch (RuntimeException topology) {
                part = g;   // a ring that crosses itself (three do, slightly): draw it whole, clipped when drawn
            }
            if (!part.isEmpty()) {
                out.put(e.getKey(), path(part));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private Map<String, Shape> simplify(double tolerance) {
        Map<String, Shape> out = new TreeMap<>();
        simplified(tolerance).forEach((code, g) -> out.put(code, path(g)));
        return Collections.unmodifiableMap(out);
    }

    private Map<String, Geometry> simplified(double tolerance) {
        return simple.computeIfAbsent(tolerance, this::simplifyCoverage);
    }

    private Map<String, Geometry> simplifyCoverage(double tolerance) {
        List<Municipality> list = new ArrayList<>(byCode.values());
        Geometry[] coverage = new Geometry[list.size()];
        for (int i = 0; i < coverage.length; i++) {
            coverage[i] = list.get(i).shape();
        }
        Geometry[] simplified = tolerance > 0 ? CoverageSimplifier.simplify(coverage, tolerance) : coverage;
        Map<String, Geometry> out = new TreeMap<>();
        for (int i = 0; i < simplified.length; i++) {
            out.put(list.get(i).code(), withoutSpecks(simplified[i], tolerance * tolerance));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The geometry without the islands smaller than {@code minArea} (a square pixel: they would
     * show as specks at most), but always with its largest part, so no municipality vanishes.
     */
    private static Geometry withoutSpecks(Geometry g, double minArea) {
        if (g.getNumGeometries() < 2 || minArea <= 0) {
            return g;
        }
        int largest = 0;
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > g.getGeometryN(largest).getArea()) {
                largest = i;
            }
        }
        List<Polygon> kept = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (i == largest || g.getGeometryN(i).getArea() >= minArea) {
                kept.add((Polygon) g.getGeometryN(i));
            }
        }
        return kept.size() == 1 ? kept.get(0) : FACTORY.createMultiPolygon(kept.toArray(new Polygon[0]));
    }

    /** A polygonal geometry as a path; holes are cut out by the even-odd rule. */
    static Path2D path(Geometry g) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) g.getGeometryN(i);
            ring(p, polygon.getExteriorRing().getCoordinates());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                ring(p, polygon.getInteriorRingN(h).getCoordinates());
            }
        }
        return p;
    }

    private static void ring(Path2D p, Coordinate[] c) {
        if (c.length == 0) {
            return;
        }
        p.moveTo(c[0].x, c[0].y);
        for (int i = 1; i < c.length; i++) {
            p.lineTo(c[i].x, c[i].y);
        }
        p.closePath();
    }
}
