package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check: broken copies of {@code scenarios/baseline.yaml} each give exit code 2, one
 * line on stderr naming the file and line, no stack trace, and no new directory in the output
 * folder.
 */
class BrokenBaselineTest {

    @TempDir
    Path dir;

    Workspace ws;

    @BeforeEach
    void copy() throws IOException {
        ws = new Workspace(dir);
    }

    /** Runs a broken file and checks the common contract; returns stderr. */
    private String runBroken(Path file, int line, String expected) throws IOException {
        Workspace.Result r = Workspace.run("run", file.toString(), "--years", "1", "--threads", "1", "--out",
                ws.output.resolve("run").toString());
        Workspace.assertBadInput(r, expected);
        assertTrue(r.err().startsWith("gpsim: " + file.toAbsolutePath() + ":" + line + ":"), "names the file and line "
                + line + ": " + r);
        assertEquals(List.of(), ws.outputEntries(), "nothing is left in the output folder");
        return r.err();
    }

    @Test
    void unknownKey() throws IOException {
        Path file = ws.broken("unknown-key.yaml", "  exemptionAge: 60", "  exemptonAge: 60");
        runBroken(file, ws.lineOf("  exemptionAge: 60"), "unknown key 'onCall.exemptonAge' in section onCall "
                + "(did you mean 'onCall.exemptionAge'?)");
    }

    @Test
    void textWhereANumberBelongs() throws IOException {
        Path file = ws.broken("text-for-number.yaml", "  minutesPerConsultation: 44", "  minutesPerConsultation: forty-four");
        runBroken(file, ws.lineOf("  minutesPerConsultation: 44"), "demand.minutesPerConsultation: found the text "
                + "\"forty-four\", expected a number from 5 to 120");
    }

    @Test
    void truncatedInTheMiddleOfALine() throws IOException {
        int cut = ws.baseline.indexOf("  minutesPerConsultation: 44") + "  minutesPerConsultation: 4".length();
        Path file = ws.scenario("truncated.yaml", ws.baseline.substring(0, cut));
        runBroken(file, ws.lineOf("  minutesPerConsultation: 44"), "the file does not end with a line break, so it may be "
                + "cut short; check its end (last line: '  minutesPerConsultation: 4')");
    }

    @Test
    void truncatedInsideAList() throws IOException {
        String from = "  consultationsPerYear: [1.6, 2.9, 4.3, 5.5]";
        int cut = ws.baseline.indexOf(from) + "  consultationsPerYear: [1.6, 2.9,".length();
        Path file = ws.scenario("truncated-list.yaml", ws.baseline.substring(0, cut) + "\n");
        Workspace.Result r = Workspace.run("run", file.toString(), "--years", "1", "--out", ws.output.resolve("run").toString());
        Workspace.assertBadInput(r, "YAML syntax error");
        assertTrue(r.err().matches("gpsim: " + Pattern.quote(file.toString()) + ":\\d+:\\d+: .*\n"), r.toString());
        assertEquals(List.of(), ws.outputEntries());
    }

    @Test
    void truncatedAtASection() throws IOException {
        int cut = ws.baseline.indexOf("funding:\n  basicGrant:\n") + "funding:\n  basicGrant:\n".length();
        Path file = ws.scenario("truncated-section.yaml", ws.baseline.substring(0, cut));
        runBroken(file, ws.lineOf("  basicGrant:"), "funding.basicGrant: found an empty value, expected a map of the keys "
                + "of section funding.basicGrant");
    }

    @Test
    void tabIndentedBlock() throws IOException {
        String block = "demand:\n  # GP consultations";
        Path file = ws.broken("tabs.yaml", block, "demand:\n\t# GP consultations");
        String text = Files.readString(file).replace("\n  consultationsPerYear:", "\n\tconsultationsPerYear:");
        Files.writeString(file, text);
        runBroken(file, ws.lineOf(block) + 1, "a tab is used for indentation; YAML allows only spaces");
    }

    @Test
    void aliasBomb() throws IOException {
        String bomb = """
                a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
                h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
                i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
                """;
        Path file = ws.scenario("alias-bomb.yaml", bomb + ws.baseline);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> runBroken(file, 1,
                "YAML anchors (&a) are not allowed in scenario files"));
    }

    @Test
    void aliasWithoutAnchorIsRefusedToo() throws IOException {
        Path file = ws.broken("alias.yaml", "  exemptionAge: 60", "  exemptionAge: *age");
        runBroken(file, ws.lineOf("  exemptionAge: 60"), "YAML aliases (*age) are not allowed in scenario files");
    }

    @Test
    void missingDataFile() throws IOException {
        Path file = ws.broken("missing-data.yaml", "  municipalities: 'data/municipalities.csv'",
                "  municipalities: 'data/kommuner.csv'");
        String err = runBroken(file, ws.lineOf("  municipalities: 'data/municipalities.csv'"),
                "data.municipalities: file not found: ");
        assertTrue(err.contains(ws.scenarios.resolve("data/kommuner.csv").toString()), "the resolved path: " + err);
    }

    @Test
    void theUnbrokenCopyRuns() {
        Path out = ws.output.resolve("run");
        Workspace.Result r = Workspace.run("run", ws.scenarios.resolve("baseline.yaml").toString(), "--years", "1",
                "--threads", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.isRegularFile(out.resolve("run.json")));
    }
}
