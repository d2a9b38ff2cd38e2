package no.gpsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text cells that a spreadsheet would run as a formula are shown as text (OWASP, CSV injection). */
class CellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "  =1+1", "\u00A0=1+1",
        "\uFF1D1+1", "\tx", "\rx", "=cmd|' /C calc'!A0"})
    void formulaStartsGetAnApostrophe(String cell) {
        assertEquals("'" + cell, Cells.text(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tromsø", "Oslo - Oslove", "a=b", "Nord-Fron", "'quoted", ""})
    void otherTextIsKept(String cell) {
        assertEquals(cell, Cells.text(cell));
    }

    @org.junit.jupiter.api.Test
    void fixedAgreesWithStringFormatAwayFromTies() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-3, 10));
            for (int decimals : new int[] {0, 3, 6}) {
                double scaled = Math.abs(v) * Math.pow(10, decimals);
                if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
                    continue;
                }
                String expected = String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
                if (expected.matches("-0\\.?0*")) {
                    expected = expected.substring(1);
                }
                org.junit.jupiter.api.Assertions.assertEquals(expected, Cells.fixed(v, decimals), v + " to " + decimals);
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals("0.000", Cells.fixed(-0.0001, 3));
        org.junit.jupiter.api.Assertions.assertEquals("-12.500", Cells.fixed(-12.5, 3));
        org.junit.jupiter.api.Assertions.assertEquals("1000000000000000000", Cells.fixed(1e18, 0));
    }
}
