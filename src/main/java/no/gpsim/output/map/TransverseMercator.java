package no.gpsim.output.map;

/**
 * The transverse Mercator projection on the GRS80 ellipsoid, by Krüger's series in the third
 * flattening to sixth order (Karney 2011, "Transverse Mercator with an accuracy of a few
 * nanometers", J. Geodesy 85, eqs. 7-9 and 35), which is exact to well under a millimetre within
 * 3,000 km of the central meridian. {@link #UTM33} is UTM zone 33N on ETRS89 (EPSG:25833), the
 * projection of Norway's national maps: all of mainland Norway is drawn in it, even the parts in
 * zones 32 and 35, as Kartverket does.
 */
public final class TransverseMercator {

    /** UTM zone 33N, ETRS89 (EPSG:25833): central meridian 15° E, scale 0.9996, false easting 500 km. */
    public static final TransverseMercator UTM33 = new TransverseMercator(15, 0.9996, 500_000, 0);

    // GRS80 (ETRS89's ellipsoid): semi-major axis in metres and flattening.
    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257222101;

    private final double lon0;
    private final double falseEasting;
    private final double falseNorthing;
    /** k0 times the rectifying radius, in metres. */
    private final double k0RectifyingRadius;
    private final double e;
    private final double[] alpha;

    private TransverseMercator(double lon0, double k0, double falseEasting, double falseNorthing) {
        this.lon0 = Math.toRadians(lon0);
        this.falseEasting = falseEasting;
        this.falseNorthing = falseNorthing;
        double n = F / (2 - F);
        double n2 = n * n;
        double n3 = n2 * n;
        double n4 = n3 * n;
        double n5 = n4 * n;
        double n6 = n5 * n;
        this.k0RectifyingRadius = k0 * A / (1 + n) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
        this.e = Math.sqrt(F * (2 - F));
        this.alpha = new double[] {
            n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800,
            13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360,
            61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440,
            49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600,
            34729 * n5 / 80640 - 3418889 * n6 / 1995840,
            212378941 * n6 / 319334400};
    }

    /**
     * Projects a point.
     *
     * @param lon longitude in degrees east (ETRS89, for maps the same as WGS84 to within a metre)
     * @param lat latitude in degrees north
     * @return easting and northing in metres
     */
    public double[] project(double lon, double lat) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon) - lon0;
        double sinPhi = Math.sin(phi);
        // conformal latitude, as tan: t = sinh(atanh(sin phi) - e atanh(e sin phi))
        double t = Math.sinh(atanh(sinPhi) - e * atanh(e * sinPhi));
        double xiP = Math.atan2(t, Math.cos(lambda));
        double etaP = atanh(Math.sin(lambda) / Math.sqrt(1 + t * t));
        double xi = xiP;
        double eta = etaP;
        for (int j = 1; j <= alpha.length; j++) {
            xi += alpha[j - 1] * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
            eta += alpha[j - 1] * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
        }
        return new double[] {falseEasting + k0RectifyingRadius * eta, falseNorthing + k0RectifyingRadius * xi};
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
