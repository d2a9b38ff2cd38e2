package no.gpsim.output.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * UTM 33 (EPSG:25833) against PROJ: the expected coordinates were computed independently with
 * PROJ 9.1.1, {@code cs2cs -f %.3f EPSG:4258 EPSG:25833} (ETRS89 latitude and longitude in).
 */
class TransverseMercatorTest {

    /** Longitude, latitude, and PROJ's easting and northing in metres. */
    private static final double[][] PROJ = {
        {10.7336, 59.9118, 261506.678, 6649276.941},   // Oslo city hall
        {18.9553, 69.6492, 653421.188, 7731721.083},   // Tromsø centre
        {23.0412, 69.0120, 820640.706, 7676751.089},   // Kautokeino village
        {4.8876, 59.3064, -74368.471, 6617929.465},    // Utsira
        {15.0, 60.0, 500000.000, 6651411.190},         // on the central meridian
        {10.3951, 63.4305, 270340.023, 7041816.280},   // Trondheim
        {5.3221, 60.3913, -32117.391, 6734201.592},    // Bergen
        {31.0, 71.0, 1075405.236, 7953964.202},        // east of Vardø, 16 degrees off the meridian
        {-2.0, 58.0, -498223.164, 6555753.370},        // North Sea, 17 degrees off the meridian
    };

    @Test
    void agreesWithProjToACentimetreAcrossNorway() {
        for (double[] p : PROJ) {
            double[] en = TransverseMercator.UTM33.project(p[0], p[1]);
            assertEquals(p[2], en[0], 0.01, () -> "easting of " + p[0] + " E " + p[1] + " N");
            assertEquals(p[3], en[1], 0.01, () -> "northing of " + p[0] + " E " + p[1] + " N");
        }
    }
}
