package no.gpsim.model;

/**
 * The natural logarithm of fdlibm ({@code e_log.c}), the algorithm {@link StrictMath#log} is
 * specified to follow, in plain Java. On Java 17 {@code StrictMath.log} calls the C library
 * through the JNI, which costs about twice the arithmetic; the model takes some five million
 * logarithms per national replicate (each cap a GP or candidate weighs, each Gumbel draw). Java's
 * double arithmetic is IEEE 754 with strict semantics on every JVM since Java 17 (JEP 306), so
 * this gives the same bits as {@code StrictMath.log} on every machine; {@code FdlibmTest} checks
 * it bit for bit against {@code StrictMath.log} on millions of arguments.
 *
 * <p>From fdlibm 5.3, {@code e_log.c}:
 *
 * <pre>
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * </pre>
 *
 * Method: reduce x to 2^k (1 + f) with sqrt(2)/2 &lt; 1 + f &lt; sqrt(2), then log(1 + f) =
 * f - s (f - R) with s = f / (2 + f) and R a minimax polynomial in s^2 (error below 2^-58.45),
 * and log(x) = k ln2 + log(1 + f), ln2 split in a high and a low part so k ln2_hi is exact.
 */
public final class Fdlibm {

    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double TWO54 = 0x1.0p54;
    private static final double LG1 = 0x1.5555555555593p-1;
    private static final double LG2 = 0x1.999999997fa04p-2;
    private static final double LG3 = 0x1.2492494229359p-2;
    private static final double LG4 = 0x1.c71c51d8e78afp-3;
    private static final double LG5 = 0x1.7466496cb03dep-3;
    private static final double LG6 = 0x1.39a09d078c69fp-3;
    private static final double LG7 = 0x1.2f112df3e5244p-3;

    private Fdlibm() {
    }

    /** The natural logarithm, bit for bit {@link StrictMath#log}. */
    public static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        int lx = (int) bits;
        int k = 0;
        if (hx < 0x0010_0000) { // x < 2^-1022
            if (((hx & 0x7fff_ffff) | lx) == 0) {
                return -TWO54 / 0.0; // log(+-0) = -inf
            }
            if (hx < 0) {
                return (x - x) / 0.0; // log(-#) = NaN
            }
            k -= 54;
            x *= TWO54; // subnormal: scale up
            hx = (int) (Double.doubleToRawLongBits(x) >> 32);
        }
        if (hx >= 0x7ff0_0000) {
            return x + x; // inf or NaN
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000f_ffff;
        int i = (hx + 0x9_5f64) & 0x10_0000;
        // normalise x or x/2: the high word gets the exponent of 1 (or of 1/2)
        x = Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xFFFF_FFFFL) | ((long) (hx | (i ^ 0x3ff0_0000)) << 32));
        k += i >> 20;
        double f = x - 1.0;
        double dk;
        double r;
        if ((0x000f_ffff & (2 + hx)) < 3) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6_147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }
}
