package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gpsim profile and gpsim compare --profiles end to end on a small real comparison of Troms
 * (county 55, 21 municipalities), 2 replicates of 2 years.
 */
class ProfileCommandTest {

    @TempDir
    static Path tmp;
    static Path base;
    static Path district;
    static Path run;
    static CliRun compare;

    @BeforeAll
    static void compareWithProfiles() throws IOException {
        base = CliRun.countyScenario(tmp, "baseline", "troms-base", "");
        district = CliRun.countyScenario(tmp, "district-package", "troms-district", "");
        run = tmp.resolve("run");
        compare = CliRun.of("compare", base.toString(), district.toString(), "--replicates", "2", "--years", "2",
                "--threads", "2", "--out", run.toString(), "--profiles", "5501,Karlsøy");
    }

    static void assertBadInput(CliRun r, String expected) {
        assertEquals(GpsimCli.BAD_INPUT, r.exit, r::toString);
        assertTrue(r.err.startsWith("gpsim: "), r::toString);
        assertEquals(1, r.err.split("\n", -1).length - 1, () -> "one line: " + r);
        assertTrue(r.err.contains(expected), () -> "expected '" + expected + "' in " + r);
    }

    @Test
    void compareWritesTheProfilesWithTheReport() throws IOException {
        assertEquals(GpsimCli.OK, compare.exit, compare::toString);
        try (Stream<Path> pages = Files.list(run.resolve("profiles"))) {
            // (the other tests add district and region pages to the same folder)
            assertTrue(pages.map(p -> p.getFileName().toString()).toList().containsAll(List.of("5501-tromso.html",
                    "5534-karlsoy.html")));
        }
        assertTrue(compare.out.contains("Profiles in " + run.toAbsolutePath().normalize().resolve("profiles")
                + ": 5501-tromso.html, 5534-karlsoy.html"), compare::toString);
        assertTrue(Files.readString(run.resolve("run.json")).contains("\"profiles/\""), "run.json lists the profiles");
        String html = Files.readString(run.resolve("profiles/5534-karlsoy.html"));
        assertTrue(html.contains("<h1>Karls&oslash;y (5534)</h1>"));
        assertTrue(html.contains("troms-district"), "every scenario");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"));
    }

    @Test
    void theProfileCommandWritesTheSameBytesAsCompare() throws IOException {
        Path out = tmp.resolve("tromso.html");
        CliRun r = CliRun.of("profile", run.toString(), "--municipality", "Tromsø", "--out", out.toString());
        assertEquals(GpsimCli.OK, r.exit, r::toString);
        assertEquals("gpsim: wrote " + out + " (Tromsø (5501))\n", r.out);
        assertArrayEquals(Files.readAllBytes(run.resolve("profiles/5501-tromso.html")), Files.readAllBytes(out),
                "same run, same page, charts included");
    }

    @Test
    void districtsAndRegionsAddUpTheirMembers() throws IOException {
        CliRun r = CliRun.of("profile", run.toString(), "--district", "Karlsøy", "--region", "Senja");
        assertEquals(GpsimCli.OK, r.exit, r::toString);
        // baseline.yaml: onCall.district baRegion; Karlsøy is in BA region 132 Tromsø with Tromsø, Balsfjord and Lyngen
        String d = Files.readString(run.resolve("profiles/district-ba-132-tromso.html"));
        assertTrue(d.contains("<h1>On-call district Troms&oslash; (BA region 132)</h1>"), d.substring(0, 600));
        for (String member : List.of("5501 Troms&oslash;", "5532 Balsfjord", "5534 Karls&oslash;y", "5536 Lyngen")) {
            assertTrue(d.contains(member), member);
        }
        assertTrue(d.contains("compared with class 3"), "the class of its most populous member, Tromsø");
        String g = Files.readString(run.resolve("profiles/region-142-senja.html"));
        for (String member : List.of("5526 S&oslash;rreisa", "5528 Dyr&oslash;y", "5530 Senja")) {
            assertTrue(g.contains(member), member);
        }
    }

    @Test
    void wrongPlacesAndOptionsAreOneLineErrors() throws IOException {
        assertBadInput(CliRun.of("profile", run.toString(), "--municipality", "Oslo"),
                "--municipality: no municipality 'Oslo' in this run");
        assertBadInput(CliRun.of("profile", run.toString(), "--municipality", "Tromsoo"), "close matches: 5501 Tromsø");
        assertBadInput(CliRun.of("profile", run.toString()), "give a place: --municipality");
        assertBadInput(CliRun.of("profile", run.toString(), "--municipality", "5501,5534", "--out",
                tmp.resolve("two.html").toString()), "--out names one file, but 2 profiles were asked for");
        assertBadInput(CliRun.of("profile", tmp.resolve("nothing").toString(), "--municipality", "5501"),
                "no such directory");
        Path noRaw = Files.createDirectories(tmp.resolve("no-raw"));
        for (String f : List.of("run.json", "summary.csv", "differences.csv", "municipalities_summary.csv")) {
            Files.copy(run.resolve(f), noRaw.resolve(f));
        }
        assertBadInput(CliRun.of("profile", noRaw.toString(), "--municipality", "5501"),
                "rerun with municipalities in --outputs");
        assertFalse(Files.exists(noRaw.resolve("profiles")));
    }

    @Test
    void compareRefusesBadProfilesBeforeTheRunsStart() {
        Path out = tmp.resolve("refused");
        long start = System.nanoTime();
        assertBadInput(CliRun.of("compare", base.toString(), district.toString(), "--replicates", "50", "--years", "10",
                "--out", out.toString(), "--profiles", "5501,Atlantis"), "--profiles: no municipality 'Atlantis'");
        assertBadInput(CliRun.of("compare", base.toString(), "--replicates", "50", "--years", "10", "--out",
                out.toString(), "--profiles", "0301"), "no municipality with kommunenummer 0301 in this run");
        assertBadInput(CliRun.of("compare", base.toString(), "--replicates", "50", "--years", "10", "--out",
                out.toString(), "--outputs", "national", "--profiles", "5501"),
                "--profiles needs the per-replicate municipalities file: add municipalities to --outputs");
        assertFalse(Files.exists(out), "nothing written");
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "refused before 150 replicate-decades were run");
    }
}
