package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gpsim validate: ok per valid file, one error line per bad one, exit 0 or 2, nothing written. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    Workspace ws;

    @BeforeEach
    void copy() throws IOException {
        ws = new Workspace(dir);
    }

    @Test
    void validFilesAreOk() throws IOException {
        Path troms = ws.scenario("troms.yaml", "extends: baseline.yaml\nname: troms\ndata.county: '55'\n");
        Path base = ws.scenarios.resolve("baseline.yaml");
        Workspace.Result r = Workspace.run("validate", base.toString(), troms.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("ok " + base + "\nok " + troms + "\n", r.out());
        assertEquals("", r.err());
        assertEquals(List.of(), ws.outputEntries(), "validate writes nothing");
    }

    @Test
    void everyFileIsCheckedAndEachBadOneGetsOneLine() throws IOException {
        String line = ws.line("  exemptionAge: ");
        Path typo = ws.broken("typo.yaml", line, line.replace("exemptionAge", "exemptonAge"));
        Path good = ws.scenarios.resolve("baseline.yaml");
        Path badData = ws.scenario("bad-data.yaml", "extends: baseline.yaml\ndata.municipalities: data/bad.csv\n");
        List<String> lines = Files.readAllLines(ws.scenarios.resolve("data/municipalities.csv"));
        lines.set(3, lines.get(3).replaceFirst("^\\d{4}", "12a4"));
        Files.write(ws.scenarios.resolve("data/bad.csv"), lines);
        Workspace.Result r = Workspace.run("validate", typo.toString(), good.toString(), badData.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("ok " + good + "\n", r.out());
        String[] errors = r.err().split("\n");
        assertEquals(2, errors.length, r.toString());
        assertTrue(errors[0].startsWith("gpsim: " + typo + ":" + ws.lineOf(line) + ":3: unknown key"), errors[0]);
        assertEquals("gpsim: " + ws.scenarios.resolve("data/bad.csv") + ":4: kommunenummer '12a4' is not four digits "
                + "(checking " + badData + ")", errors[1]);
    }

    @Test
    void theDataFilesAScenarioNamesAreChecked() throws IOException {
        Path supp = ws.scenario("supp.yaml", "extends: baseline.yaml\nfunding.municipalSupplementFile: supp.csv\n");
        Files.writeString(ws.scenarios.resolve("supp.csv"), "kommunenummer,nok_per_gp_per_year\n5501,lots\n");
        Workspace.Result r = Workspace.run("validate", supp.toString());
        Workspace.assertBadInput(r, ws.scenarios.resolve("supp.csv") + ":2: nok_per_gp_per_year 'lots' is not a number");
        Files.delete(ws.scenarios.resolve("supp.csv"));
        r = Workspace.run("validate", supp.toString());
        Workspace.assertBadInput(r, supp + ":2:34: funding.municipalSupplementFile: file not found: "
                + ws.scenarios.resolve("supp.csv"));
    }

    @Test
    void noFilesIsAUsageError() {
        Workspace.assertBadInput(Workspace.run("validate"), "Missing required parameter: 'FILE'");
    }

    @Test
    void aMissingOrEmptyFile() throws IOException {
        Path empty = ws.scenario("empty.yaml", "");
        Workspace.Result r = Workspace.run("validate", empty.toString(), dir.resolve("nope.yaml").toString(), dir.toString());
        assertEquals(2, r.code());
        assertEquals("gpsim: " + empty + ": the file has no keys; a scenario is a YAML map of keys\n"
                + "gpsim: " + dir.resolve("nope.yaml") + ": file not found\n"
                + "gpsim: " + dir + ": is a directory, not a scenario file\n", r.err());
    }
}
