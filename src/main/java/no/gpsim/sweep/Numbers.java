package no.gpsim.sweep;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in the sweep files: ten significant digits, plain notation, the same on every machine. */
public final class Numbers {

    private static final MathContext DIGITS = new MathContext(10);

    private Numbers() {
    }

    /** The cell for a number; empty for NaN. */
    public static String cell(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
    }
}
