package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class ProgressTest {

    /** Under the build, standard error is a pipe: the bar must stay silent and stepping must be harmless. */
    @Test
    void staysQuietWhenStandardErrorIsNotATerminal() {
        assertFalse(Progress.stderrIsTerminal());
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try (Progress p = Progress.open("compare", 3)) {
            p.step();
            p.step();
            p.step();
        } finally {
            System.setErr(saved);
        }
        assertFalse(captured.toString().contains("compare"), captured::toString);
    }
}
