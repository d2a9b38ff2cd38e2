package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from the input files reach the CSV outputs as text a spreadsheet will not run. */
class OutputSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aMunicipalityNamedLikeAFormulaIsWrittenAsText() throws IOException {
        Workspace ws = new Workspace(dir);
        List<String> lines = Files.readAllLines(ws.scenarios.resolve("data/municipalities.csv"));
        List<String> troms = new ArrayList<>();
        troms.add(lines.get(0));
        String formula = "=HYPERLINK(\"\"http://evil.example\"\",\"\"Tromsø\"\")";
        for (String line : lines) {
            if (line.startsWith("5501,")) {
                troms.add(line.replaceFirst("^5501,[^,]*,", "5501,\"" + formula + "\","));
            } else if (line.startsWith("55")) {
                troms.add(line.replaceFirst("^(\\d{4}),([^,]*),", "$1,-$2,"));
            }
        }
        Files.write(ws.scenarios.resolve("data/troms.csv"), troms);
        Path scenario = ws.scenario("troms.yaml", "extends: baseline.yaml\nname: troms\ndata.municipalities: data/troms.csv\n");
        Path out = ws.output.resolve("run");
        Workspace.Result r = Workspace.run("run", scenario.toString(), "--years", "1", "--threads", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        int checked = 0;
        try (Reader in = Files.newBufferedReader(out.resolve("municipalities.csv"));
             CSVParser csv = CSVParser.builder().setReader(in)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord rec : csv) {
                String name = rec.get("name");
                if (rec.get("kommunenummer").equals("5501")) {
                    assertEquals("'=HYPERLINK(\"http://evil.example\",\"Tromsø\")", name);
                } else {
                    assertTrue(name.startsWith("'-"), name);
                }
                checked++;
            }
        }
        assertTrue(checked >= 21, "rows checked: " + checked);
    }
}
