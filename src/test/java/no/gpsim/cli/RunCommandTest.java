package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.gpsim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gpsim run end to end through the command line, black-box. */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedOutputs() throws Exception {
        Path scenario = TestScenarios.troms(dir, "troms", "");
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("run", scenario.toString(), "--replicates", "2", "--years", "2", "--threads", "2", "--out",
                out.toString());
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("By centrality class"), r.out);

        List<String> national = Files.readAllLines(out.resolve("national.csv"));
        assertTrue(national.get(0).startsWith("scenario,replicate,seed,step,date,population,gps,lists,lists_vacant,"
                + "patients_without_gp,share_without_gp,mean_list_length,mean_list_cap"), national.get(0));
        for (String column : List.of("mean_practice_hours", "mean_oncall_hours", "mean_total_hours", "share_gps_on_call",
                "recruits", "exits_retirement", "exits_other", "relocations", "vacancies_over_12m", "salaried_share", "alis",
                "mean_gp_net_income_nok", "municipal_cost_nok", "state_cost_nok")) {
            assertTrue(national.get(0).contains(column), column);
        }
        assertEquals(1 + 2 * 25, national.size(), "a row per replicate and month, step 0 first");
        assertTrue(national.get(1).startsWith("troms,0,20260101,0,2025-12-31,"), national.get(1));
        assertTrue(national.get(2).startsWith("troms,0,20260101,1,2026-01-31,"), national.get(2));

        List<String> municipalities = Files.readAllLines(out.resolve("municipalities.csv"));
        for (String column : List.of("kommunenummer", "name", "centrality", "imputed", "exits", "relocations",
                "municipal_cost_nok")) {
            assertTrue(municipalities.get(0).contains(column), column);
        }
        long tromsMunicipalities = municipalities.stream().filter(l -> l.startsWith("troms,0,20260101,2025,")).count();
        assertEquals(21, tromsMunicipalities);
        assertEquals(1 + 2 * 3 * 21, municipalities.size(), "a row per replicate, year-end (2025-2027) and municipality");

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertEquals("troms", manifest.get("scenarios").get(0).get("name").asText());
        assertEquals(64, manifest.get("scenarios").get(0).get("sha256").asText().length());
        assertEquals(2, manifest.get("replicates").asInt());
        assertTrue(manifest.has("gpsim_version") && manifest.has("wall_time_s"));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path scenario = TestScenarios.troms(dir, "troms", "");
        Path out = Files.createDirectory(dir.resolve("exists"));
        CliRun r = CliRun.of("run", scenario.toString(), "--years", "1", "--out", out.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("add --force"), r.err);
    }

    @Test
    void outputsChoosesTheReplicateFilesAndGzipCompressesThem() throws Exception {
        Path scenario = TestScenarios.troms(dir, "troms", "");
        Path out = dir.resolve("national-only");
        CliRun r = CliRun.of("run", scenario.toString(), "--replicates", "2", "--years", "1", "--outputs", "national",
                "--gzip", "--out", out.toString());
        assertEquals(0, r.exit, r.err);
        try (var files = Files.list(out)) {
            assertEquals(List.of("municipalities_summary.csv", "national.csv.gz", "run.json", "summary.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(out.resolve("national.csv.gz")))) {
            List<String> national = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            assertEquals(1 + 2 * 13, national.size());
            assertTrue(national.get(1).startsWith("troms,0,20260101,0,2025-12-31,"), national.get(1));
        }
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertEquals("[\"national.csv.gz\",\"summary.csv\",\"municipalities_summary.csv\"]",
                manifest.get("outputs").toString());
        assertEquals(0, CliRun.of("charts", out.toString()).exit, "charts read the summaries only");
    }

    @Test
    void badOutputsValueExitsTwoBeforeRunning() {
        Path scenario = TestScenarios.troms(dir, "troms", "");
        CliRun r = CliRun.of("run", scenario.toString(), "--outputs", "national,,groups", "--out", dir.resolve("x").toString());
        assertEquals(2, r.exit, r.err);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.startsWith("gpsim: --outputs: '' is not one of national, groups, municipalities"), r.err);
    }
}
