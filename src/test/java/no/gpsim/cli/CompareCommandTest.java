package no.gpsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gpsim compare and gpsim charts end to end on Troms (county 55): files, statistics, charts, report. */
class CompareCommandTest {

    static final List<String> STAT_COLUMNS = List.of("scenario", "group_type", "group", "year", "metric", "mean",
            "ci_low", "ci_high", "n");
    static final List<String> CSVS = List.of("national.csv", "groups.csv", "municipalities.csv", "summary.csv",
            "differences.csv", "municipalities_summary.csv");

    @TempDir
    static Path tmp;
    static Path base;
    static Path district;
    static Path run;
    static CliRun compare;

    @BeforeAll
    static void compareOnce() throws IOException {
        base = CliRun.countyScenario(tmp, "baseline", "troms-base", "");
        district = CliRun.countyScenario(tmp, "district-package", "troms-district", "");
        run = tmp.resolve("run-t2");
        compare = CliRun.of("compare", base.toString(), district.toString(), "--replicates", "3", "--years", "2",
                "--threads", "2", "--out", run.toString());
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(in)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords();
        }
    }

    static List<String> header(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        return List.of(first.split(","));
    }

    static List<Path> files(Path dir, String ext) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
        }
    }

    @Test
    void writesTheThreeStatisticsFilesWithTheDocumentedColumns() throws IOException {
        assertEquals(GpsimCli.OK, compare.exit, compare::toString);
        assertTrue(compare.out.contains("compared 2 scenario(s), 3 replicate(s) x 2 years"), compare::toString);
        assertEquals(STAT_COLUMNS, header(run.resolve("summary.csv")));
        List<String> diffHeader = new ArrayList<>(STAT_COLUMNS);
        diffHeader.addAll(List.of("base", "base_mean"));
        assertEquals(diffHeader, header(run.resolve("differences.csv")));

        List<CSVRecord> summary = read(run.resolve("summary.csv"));
        Set<String> types = new HashSet<>();
        Set<String> years = new HashSet<>();
        for (CSVRecord r : summary) {
            types.add(r.get("group_type"));
            years.add(r.get("year"));
            // a rate over a flow (acceptance, months to fill) has no value in a replicate without that flow
            boolean rate = no.gpsim.observe.Metric.byColumn(r.get("metric")).weight() != null;
            assertTrue(rate ? Integer.parseInt(r.get("n")) <= 3 : r.get("n").equals("3"), r::toString);
            double mean = Double.parseDouble(r.get("mean"));
            if (r.get("n").equals("1")) {
                assertTrue(r.get("ci_low").isEmpty() && r.get("ci_high").isEmpty(), "no interval from one value");
                continue;
            }
            assertTrue(Double.parseDouble(r.get("ci_low")) <= mean && mean <= Double.parseDouble(r.get("ci_high")), r::toString);
        }
        assertEquals(Set.of("national", "centrality", "size"), types);
        assertEquals(Set.of("2025", "2026", "2027"), years);
        assertTrue(summary.stream().noneMatch(r -> r.get("year").equals("2025") && r.get("metric").equals("recruits")),
                "no flows for the initial year");

        List<CSVRecord> diffs = read(run.resolve("differences.csv"));
        assertTrue(diffs.stream().allMatch(r -> r.get("scenario").equals("troms-district") && r.get("base").equals("troms-base")));
        CSVRecord oncall6 = diffs.stream().filter(r -> r.get("group_type").equals("centrality") && r.get("group").equals("6")
                && r.get("year").equals("2027") && r.get("metric").equals("mean_oncall_hours")).findFirst().orElseThrow();
        // the sign only: three replicates of one county are too few for the interval (LibraryLeverTest tests that)
        assertTrue(Double.parseDouble(oncall6.get("mean")) < 0, "the district package relieves on-call in class 6");

        List<CSVRecord> municipalities = read(run.resolve("municipalities_summary.csv"));
        assertEquals(2 * 21, municipalities.size());
        assertTrue(header(run.resolve("municipalities_summary.csv")).containsAll(List.of("kommunenummer", "centrality_index",
                "share_without_gp", "diff_patients_without_gp_ci_low")));
        assertTrue(municipalities.stream().allMatch(r -> r.get("year").equals("2027") && r.get("n").equals("3")));
        for (String f : List.of("national.csv", "groups.csv", "municipalities.csv", "run.json")) {
            assertTrue(Files.isRegularFile(run.resolve(f)), f);
        }
        assertTrue(Files.readString(run.resolve("run.json")).contains("\"levers_vs_base\""));
    }

    @Test
    void sparkWritesTheSameStatisticsAsLocalThreads() throws IOException {
        Path spark = tmp.resolve("run-spark");
        CliRun r = CliRun.of("compare", base.toString(), district.toString(), "--replicates", "3", "--years", "2",
                "--engine", "spark", "--master", "local[2]", "--out", spark.toString());
        assertEquals(GpsimCli.OK, r.exit, r::toString);
        List<String> same = new ArrayList<>(CSVS);
        same.add("cost_effectiveness.csv");
        for (String f : same) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(run.resolve(f)),
                    Files.readAllBytes(spark.resolve(f)), f);
        }
        assertTrue(CliRun.of("compare", base.toString(), "--master", "local[2]", "--out", tmp.resolve("x").toString())
                .err.contains("--master: only with --engine spark"));
    }

    @Test
    void oneReplicateComparesWithoutIntervals() throws IOException {
        Path one = tmp.resolve("run-one");
        CliRun r = CliRun.of("compare", base.toString(), district.toString(), "--replicates", "1", "--years", "1",
                "--out", one.toString(), "--outputs", "national");
        assertEquals(GpsimCli.OK, r.exit, r::toString);
        assertTrue(Files.exists(one.resolve("charts/cost_effect_plane.png")) || !files(one.resolve("charts"), ".png")
                .isEmpty());
        assertTrue(Files.readString(one.resolve("report.html")).contains("Cost per patient helped"));
    }

    @Test
    void drawsAtLeastSevenChartsAsPngAndSvg() throws IOException {
        List<Path> pngs = files(run.resolve("charts"), ".png");
        List<Path> svgs = files(run.resolve("charts"), ".svg");
        assertTrue(pngs.size() >= 7, pngs::toString);
        assertEquals(pngs.size(), svgs.size());
        for (Path p : pngs) {
            byte[] b = Files.readAllBytes(p);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(b, 4), p.toString());
            Path svg = Path.of(p.toString().replaceFirst("\\.png$", ".svg"));
            assertTrue(Files.readString(svg).contains("<svg"), svg.toString());
        }
    }

    @Test
    void reportIsSelfContainedAndSaysWhatWasRun() throws IOException {
        String html = Files.readString(run.resolve("report.html"));
        assertFalse(html.contains("http://"), "no http:// in the report");
        assertFalse(html.contains("https://"), "no https:// in the report");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<link"));
        assertTrue(html.split("src=\"data:image/png;base64,", -1).length - 1 >= 7, "charts inline");
        for (String text : List.of("troms-base", "troms-district", "funding.recruitmentGrant.amount", "300000",
                "Headline", "By centrality class", "By municipality size", "gain or lose most", "How to read this",
                "20260101")) {
            assertTrue(html.contains(text), text);
        }
    }

    @Test
    void chartsCommandRedrawsTheSameReportFromTheCsvFiles() throws IOException {
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        for (String f : List.of("run.json", "summary.csv", "differences.csv", "municipalities_summary.csv",
                "cost_effectiveness.csv")) {
            Files.copy(run.resolve(f), copy.resolve(f));
        }
        CliRun charts = CliRun.of("charts", copy.toString());
        assertEquals(GpsimCli.OK, charts.exit, charts::toString);
        assertEquals(Files.readString(run.resolve("report.html")), Files.readString(copy.resolve("report.html")));
        assertEquals(files(run.resolve("charts"), ".svg").size(), files(copy.resolve("charts"), ".svg").size());
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws IOException {
        Path one = tmp.resolve("run-t1");
        CliRun single = CliRun.of("compare", base.toString(), district.toString(), "--replicates", "3", "--years", "2",
                "--threads", "1", "--out", one.toString());
        assertEquals(GpsimCli.OK, single.exit, single::toString);
        for (String f : CSVS) {
            assertArrayEquals(Files.readAllBytes(run.resolve(f)), Files.readAllBytes(one.resolve(f)), f);
        }
    }

    @Test
    void aScenarioComparedWithItselfDiffersByExactlyZero() throws IOException {
        Path same = tmp.resolve("run-same");
        CliRun r = CliRun.of("compare", base.toString(), base.toString(), "--replicates", "3", "--years", "2",
                "--out", same.toString());
        assertEquals(GpsimCli.OK, r.exit, r::toString);
        assertTrue(r.err.contains("its later copy is called troms-base-2"), r::toString);
        List<CSVRecord> diffs = read(same.resolve("differences.csv"));
        assertFalse(diffs.isEmpty());
        for (CSVRecord d : diffs) {
            assertEquals("troms-base-2", d.get("scenario"));
            for (String c : List.of("mean", "ci_low", "ci_high")) {
                // an interval needs two values: a rate measured in one replicate only has none
                if (!(d.get(c).isEmpty() && d.get("n").equals("1"))) {
                    assertEquals(0.0, Double.parseDouble(d.get(c)), d::toString);
                }
            }
        }
        for (CSVRecord m : read(same.resolve("municipalities_summary.csv"))) {
            assertEquals(0.0, Double.parseDouble(m.get("diff_patients_without_gp")));
            assertEquals(0.0, Double.parseDouble(m.get("diff_share_without_gp_ci_high")));
        }
        assertTrue(Files.readString(same.resolve("report.html")).contains("No lever differs from the base"));
        CSVRecord ce = read(same.resolve("cost_effectiveness.csv")).get(0);
        assertEquals(0.0, Double.parseDouble(ce.get("extra_public_cost_nok")));
        assertEquals(0.0, Double.parseDouble(ce.get("resident_years_with_gp_gained")));
        assertTrue(ce.get("nok_per_resident_year_gained").isEmpty() && ce.get("note").contains("no clear gain"),
                "no gain, no ratio: " + ce);
    }

    /**
     * Cost per resident-year with a GP gained: the district package's paired totals over the horizon,
     * and the report's ranking table.
     */
    @Test
    void costPerResidentYearGainedIsWrittenAndReported() throws IOException {
        List<CSVRecord> rows = read(run.resolve("cost_effectiveness.csv"));
        assertEquals(1, rows.size());
        CSVRecord r = rows.get(0);
        assertEquals("troms-district", r.get("scenario"));
        assertEquals("troms-base", r.get("base"));
        double state = Double.parseDouble(r.get("extra_state_cost_nok"));
        double municipal = Double.parseDouble(r.get("extra_municipal_cost_nok"));
        assertEquals(state + municipal, Double.parseDouble(r.get("extra_public_cost_nok")), 1.0);
        assertTrue(state > 0, "the state pays the district package: " + state);
        String report = Files.readString(run.resolve("report.html"));
        assertTrue(report.contains("id=\"cost\"") && report.contains("NOK per resident-year gained"));
        assertTrue(Files.size(run.resolve("charts/cost_effect_plane.png")) > 1000, "the cost-effect plane is drawn");
    }

    @Test
    void scenariosOfDifferentMunicipalitiesAreRefused() throws IOException {
        Path other = tmp.resolve("other-county.yaml");
        Files.writeString(other, "extends: '" + Path.of("scenarios", "baseline.yaml").toAbsolutePath()
                + "'\nname: finnmark\ndata:\n  county: '56'\n");
        CliRun r = CliRun.of("compare", base.toString(), other.toString(), "--replicates", "2", "--years", "1",
                "--out", tmp.resolve("refused").toString());
        assertEquals(GpsimCli.BAD_INPUT, r.exit, r::toString);
        assertTrue(r.err.contains("simulates other municipalities"), r::toString);
        assertFalse(Files.exists(tmp.resolve("refused")));
    }

    @Test
    void aScenarioWithOtherRunSettingsIsRunWithTheBasesAndSaysSo() throws IOException {
        Path shortBase = CliRun.countyScenario(tmp, "baseline", "troms-1y", "years: 1\n");
        Path longer = CliRun.countyScenario(tmp, "team-based", "troms-team-3y", "years: 3\nseed: 7\n");
        Path out = tmp.resolve("run-settings");
        CliRun r = CliRun.of("compare", shortBase.toString(), longer.toString(), "--replicates", "2", "--out", out.toString());
        assertEquals(GpsimCli.OK, r.exit, r::toString);
        assertTrue(r.err.contains("troms-team-3y.yaml sets seed 7, years 3; the comparison uses the base's"), r::toString);
        assertTrue(r.out.contains("2 replicate(s) x 1 years"), r::toString);
        assertTrue(r.err.contains("the policy from 2027-01 starts after the run ends"), r::toString);
    }

    @Test
    void chartsNeedsARunDirectory() {
        CliRun r = CliRun.of("charts", tmp.resolve("no-such-run").toString());
        assertEquals(GpsimCli.BAD_INPUT, r.exit, r::toString);
        assertTrue(r.err.startsWith("gpsim: "), r::toString);
    }

    @Test
    void runWithSeveralReplicatesWritesTheSummary() throws IOException {
        Path out = tmp.resolve("run-summary");
        CliRun r = CliRun.of("run", base.toString(), "--replicates", "2", "--years", "1", "--out", out.toString());
        assertEquals(GpsimCli.OK, r.exit, r::toString);
        assertEquals(STAT_COLUMNS, header(out.resolve("summary.csv")));
        assertEquals(21, read(out.resolve("municipalities_summary.csv")).size());
        assertFalse(Files.exists(out.resolve("differences.csv")));
        Path single = tmp.resolve("run-single");
        assertEquals(GpsimCli.OK, CliRun.of("run", base.toString(), "--replicates", "1", "--years", "1", "--out",
                single.toString()).exit);
        assertFalse(Files.exists(single.resolve("summary.csv")), "one replicate: no summary");
    }

    @Test
    void chosenOutputsGzippedAreTheSameBytesOnOneThreadAndTheReportStillWorks() throws IOException {
        Path one = tmp.resolve("run-gz-t1");
        Path two = tmp.resolve("run-gz-t2");
        for (Path out : List.of(one, two)) {
            CliRun r = CliRun.of("compare", base.toString(), district.toString(), "--replicates", "3", "--years", "2",
                    "--threads", out == one ? "1" : "2", "--outputs", "groups,municipalities", "--gzip", "--out",
                    out.toString());
            assertEquals(GpsimCli.OK, r.exit, r::toString);
        }
        assertFalse(Files.exists(two.resolve("national.csv")) || Files.exists(two.resolve("national.csv.gz")));
        for (String f : List.of("groups.csv", "municipalities.csv")) {
            byte[] gz = Files.readAllBytes(two.resolve(f + ".gz"));
            assertArrayEquals(gz, Files.readAllBytes(one.resolve(f + ".gz")), f);
            try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
                assertArrayEquals(Files.readAllBytes(run.resolve(f)), in.readAllBytes(), f + " holds the plain file's bytes");
            }
        }
        for (String f : List.of("summary.csv", "differences.csv", "municipalities_summary.csv")) {
            assertArrayEquals(Files.readAllBytes(run.resolve(f)), Files.readAllBytes(two.resolve(f)), f + " always written");
        }
        assertEquals(Files.getPosixFilePermissions(two.resolve("run.json")),
                Files.getPosixFilePermissions(two.resolve("report.html")), "the report gets the usual permissions");
        String manifest = Files.readString(two.resolve("run.json"));
        assertTrue(manifest.contains("\"groups.csv.gz\"") && !manifest.contains("national.csv"), manifest);
        CliRun charts = CliRun.of("charts", two.toString());
        assertEquals(GpsimCli.OK, charts.exit, charts::toString);
    }

    @Test
    void anUnknownOutputIsBadInputInOneLine() {
        CliRun r = CliRun.of("compare", base.toString(), "--outputs", "national,counties", "--out",
                tmp.resolve("never").toString());
        assertEquals(GpsimCli.BAD_INPUT, r.exit, r::toString);
        assertEquals("gpsim: --outputs: 'counties' is not one of national, groups, municipalities (give one or more, "
                + "separated by commas)\n", r.err.replace("\r\n", "\n"));
        assertFalse(Files.exists(tmp.resolve("never")));
    }
}
