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
}
