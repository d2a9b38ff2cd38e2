package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gpsim history on a small history run (Troms, two years): charts (national and by centrality class),
 * page and table against the observed series.
 */
class HistoryCommandTest {

    @TempDir
    Path tmp;

    @Test
    void drawsObservedAgainstSimulated() throws IOException {
        Path scenario = tmp.resolve("h.yaml");
        Files.writeString(scenario, "extends: '" + Path.of("scenarios/history-2019.yaml").toAbsolutePath()
                + "'\nname: h\ndata:\n  county: '55'\n");
        Path run = tmp.resolve("run");
        CliRun r = CliRun.of("run", scenario.toString(), "--replicates", "3", "--years", "2", "--outputs", "national,groups",
                "--out", run.toString());
        assertEquals(0, r.exit, r.toString());
        CliRun h = CliRun.of("history", run.toString(), "--observed",
                Path.of("scenarios/data/gp_national_by_year.csv").toAbsolutePath().toString());
        assertEquals(0, h.exit, h.toString());
        for (String f : List.of("share_without_gp.png", "share_without_gp.svg", "lists_vacant.png", "lists_vacant.svg",
                "history.html", "share_without_gp_class_5.png", "share_without_gp_class_6.svg")) {
            assertTrue(Files.size(run.resolve("history").resolve(f)) > 1000, f);
        }
        assertTrue(h.out.contains("| 2020Q4 | 1.99 |"), h.out);
        assertTrue(Files.readString(run.resolve("history/history.html")).contains("chance only"));
        CliRun bad = CliRun.of("history", tmp.toString());
        assertEquals(2, bad.exit, "not a run directory: " + bad);
        CliRun check = CliRun.of("check", scenario.toString());
        // a history scenario is checked like any other (at its own years): here it has no expected file yet
        assertEquals(2, check.exit, check.toString());
        assertTrue(check.err.contains("no expected results yet"), check.err);
        Path base = CliRun.countyScenario(tmp, "baseline", "b", "");
        CliRun mixed = CliRun.of("compare", base.toString(), scenario.toString(), "--replicates", "1", "--years", "1",
                "--out", tmp.resolve("mixed").toString());
        assertEquals(2, mixed.exit, "compared scenarios need the same start: " + mixed);
        assertTrue(mixed.err.contains("same start"), mixed.err);
    }
}
