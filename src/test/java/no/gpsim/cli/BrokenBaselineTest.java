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
import no.gpsim.scenario.ParameterSchema;
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
        String line = ws.line("  exemptionAge: ");
        Path file = ws.broken("unknown-key.yaml", line, line.replace("exemptionAge", "exemptonAge"));
        runBroken(file, ws.lineOf(line), "unknown key 'onCall.exemptonAge' in section onCall "
                + "(did you mean 'onCall.exemptionAge'?)");
    }

    @Test
    void textWhereANumberBelongs() throws IOException {
        String line = ws.line("  minutesPerConsultation: ");
        Path file = ws.broken("text-for-number.yaml", line, "  minutesPerConsultation: forty-four");
        runBroken(file, ws.lineOf(line), "demand.minutesPerConsultation: found the text \"forty-four\", expected "
                + ParameterSchema.key("demand.minutesPerConsultation").type().allowed());
    }

    @Test
    void truncatedInTheMiddleOfALine() throws IOException {
        String line = ws.line("  minutesPerConsultation: ");
        int cut = ws.baseline.indexOf(line) + line.length() - 1;
        Path file = ws.scenario("truncated.yaml", ws.baseline.substring(0, cut));
        runBroken(file, ws.lineOf(line), "the file does not end with a line break, so it may be cut short; check its end "
                + "(last line: '" + line.substring(0, line.length() - 1) + "')");
    }

    @Test
    void truncatedInsideAList() throws IOException {
        String line = ws.line("  consultationsPerYear: [");
        int cut = ws.baseline.indexOf(line) + line.indexOf(',') + 1;
        Path file = ws.scenario("truncated-list.yaml", ws.baseline.substring(0, cut) + "\n");
        Workspace.Result r = Workspace.run("run", file.toString(), "--years", "1", "--out", ws.output.resolve("run").toString());
        Workspace.assertBadInput(r, "YAML syntax error");
        assertTrue(r.err().matches("gpsim: " + Pattern.quote(file.toString()) + ":\\d+:\\d+: .*\n"), r.toString());
        assertEquals(List.of(), ws.outputEntries());
    }

    @Test
    void truncatedAtASection() throws IOException {
        String line = ws.line("  basicGrant:");
        int cut = ws.baseline.indexOf(line) + line.length() + 1;
        Path file = ws.scenario("truncated-section.yaml", ws.baseline.substring(0, cut));
        runBroken(file, ws.lineOf(line), "funding.basicGrant: found an empty value, expected a map of the keys "
                + "of section funding.basicGrant");
    }

    @Test
    void tabIndentedBlock() throws IOException {
        int demand = ws.baseline.indexOf("\ndemand:\n") + "\ndemand:\n".length();
        String tabbed = ws.baseline.substring(0, demand) + ws.baseline.substring(demand).replaceFirst("^  ", "\t")
                .replaceFirst("\n  ", "\n\t");
        Path file = ws.scenario("tabs.yaml", tabbed);
        runBroken(file, ws.lineOf("\ndemand:\n") + 2, "a tab is used for indentation; YAML allows only spaces");
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
        String line = ws.line("  exemptionAge: ");
        Path file = ws.broken("alias.yaml", line, "  exemptionAge: *age");
        runBroken(file, ws.lineOf(line), "YAML aliases (*age) are not allowed in scenario files");
    }

    @Test
    void missingDataFile() throws IOException {
        String line = ws.line("  municipalities: ");
        Path file = ws.broken("missing-data.yaml", line, "  municipalities: 'data/kommuner.csv'");
        String err = runBroken(file, ws.lineOf(line), "data.municipalities: file not found: ");
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
