package no.gpsim.output.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/** The shipped boundaries: complete for the data, in the right place, and simplified without losing places. */
class BoundariesTest {

    /** A known place in each test municipality: code, longitude, latitude, PROJ's easting and northing. */
    static final Object[][] PLACES = {
        {"0301", 10.7336, 59.9118, 261506.678, 6649276.941},   // Oslo city hall
        {"5501", 18.9553, 69.6492, 653421.188, 7731721.083},   // Tromsø centre
        {"5612", 23.0412, 69.0120, 820640.706, 7676751.089},   // Kautokeino village
        {"1151", 4.8876, 59.3064, -74368.471, 6617929.465},    // Utsira
    };

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void everyMunicipalityOfTheDataHasABoundaryAndNoOtherIsThere() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(Path.of("scenarios/data/municipalities.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                codes.add(r.get("kommunenummer"));
            }
        }
        assertEquals(357, codes.size());
        Set<String> boundaries = new TreeSet<>();
        Boundaries.norway().all().forEach(m -> boundaries.add(m.code()));
        assertEquals(codes, boundaries);
    }

    @Test
    void knownPlacesProjectToTheirCoordinatesAndLieInTheirOwnMunicipalityOnly() {
        Boundaries b = Boundaries.norway();
        for (Object[] place : PLACES) {
            String code = (String) place[0];
            double[] en = TransverseMercator.UTM33.project((double) place[1], (double) place[2]);
            assertEquals((double) place[3], en[0], 1, code);
            assertEquals((double) place[4], en[1], 1, code);
            Point p = GEOMETRY.createPoint(new Coordinate(en[0], en[1]));
            for (Boundaries.Municipality m : b.all()) {
                assertEquals(m.code().equals(code), m.shape().contains(p), () -> m.code() + " " + m.name() + " and the place in "
                        + code);
            }
            Boundaries.Municipality own = b.get(code);
            assertTrue(own.shape().contains(GEOMETRY.createPoint(own.inside())), code + ": interior point inside");
        }
    }

    @Test
    void simplifiedOutlinesKeepEveryMunicipalityAndItsPlaces() {
        Boundaries b = Boundaries.norway();
        // the main map's tolerance (about a pixel of a 1000 x 1100 map of Norway) and an inset's
        for (double tolerance : new double[] {1600, 200}) {
            Map<String, Shape> outlines = b.outlines(tolerance);
            assertEquals(357, outlines.size());
            for (Boundaries.Municipality m : b.all()) {
                Shape s = outlines.get(m.code());
                assertNotNull(s, m.code());
                assertFalse(s.getBounds2D().isEmpty(), m.code() + " vanished at " + tolerance + " m");
            }
            for (Object[] place : PLACES) {
                String code = (String) place[0];
                // at the main map's scale, a pixel is 1.6 km: Utsira (2 km across) gets a marker, and city
                // hall and Tromsø centre, on the shore, may fall a pixel into the sea
                if (tolerance < 1000 || code.equals("5612")) {
                    assertTrue(outlines.get(code).contains((double) place[3], (double) place[4]),
                            code + " keeps its place at " + tolerance + " m");
                }
                Coordinate inside = b.get(code).inside();
                assertTrue(outlines.get(code).contains(inside.x, inside.y) || tolerance > 1000 && code.equals("1151"),
                        code + " keeps its interior point at " + tolerance + " m");
            }
            assertTrue(outlines == b.outlines(tolerance), "outlines are cached");
        }
    }
}
