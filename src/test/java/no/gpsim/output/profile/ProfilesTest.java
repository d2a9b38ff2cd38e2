package no.gpsim.output.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.gpsim.BadInputException;
import no.gpsim.experiment.Estimate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles of the hand-made run of {@link SyntheticRun}: means, Student-t intervals and paired
 * differences checked against numbers worked out on paper, the summing of a region's members,
 * the replicates left out where a figure is undefined, and the structure of the page.
 */
class ProfilesTest {

    /** t(0.975, 2): three replicates. */
    static final double T2 = 4.302652729911275;
    /** t(0.975, 1): two replicates. */
    static final double T1 = 12.706204736174707;
    static final double EPS = 1e-9;
    /** Commons Math's t quantile agrees with the constants above to about 1e-10, relative. */
    static final double RELATIVE = 1e-8;

    @TempDir
    static Path tmp;
    static Path run;
    static Profile alpha;
    static Profile region;

    @BeforeAll
    static void build() throws IOException {
        run = SyntheticRun.write(Files.createDirectories(tmp.resolve("run")));
        List<Profile> built = Profiles.build(run, List.of(new Profiles.Request(Place.Kind.MUNICIPALITY, "Alpha"),
                new Profiles.Request(Place.Kind.REGION, "Alpha region")), false);
        alpha = built.get(0);
        region = built.get(1);
    }

    static void assertEstimate(double mean, double half, int n, Estimate e) {
        assertEquals(mean, e.mean(), EPS, "mean");
        assertEquals(n, e.n(), "n");
        assertEquals(mean - half, e.low(), RELATIVE * Math.max(1, Math.abs(mean) + half), "low");
        assertEquals(mean + half, e.high(), RELATIVE * Math.max(1, Math.abs(mean) + half), "high");
    }

    @Test
    void aMunicipalityHasTheMeanAndStudentTIntervalOfItsReplicates() {
        Trajectory t = alpha.trajectory();
        // share without a GP: 0.1, 0, 0.2 -> mean 0.1, sd 0.1
        assertEstimate(0.1, T2 * 0.1 / Math.sqrt(3), 3, t.value("base", 2026, Measure.SHARE_WITHOUT_GP));
        // the start is the data: the same in every replicate, so the interval is the value itself
        assertEstimate(0, 0, 3, t.value("base", 2025, Measure.SHARE_WITHOUT_GP));
        assertEstimate(1000, 0, 3, t.value("alt", 2025, Measure.POPULATION));
        // cost: 2, 3, 4 million; none at the start, which is the data and has no flows
        assertEstimate(3e6, T2 * 1e6 / Math.sqrt(3), 3, t.value("base", 2026, Measure.MUNICIPAL_COST));
        assertNull(t.value("base", 2025, Measure.MUNICIPAL_COST));
        assertEstimate(3000, T2 * 1000 / Math.sqrt(3), 3, t.value("base", 2026, Measure.COST_PER_RESIDENT));
    }

    @Test
    void differencesArePairedReplicateByReplicate() {
        // alt - base: 0 - 0.1, 0 - 0, 0.1 - 0.2 = -0.1, 0, -0.1
        double sd = Math.sqrt((2 * Math.pow(1 / 30.0, 2) + Math.pow(2 / 30.0, 2)) / 2);
        assertEstimate(-0.2 / 3, T2 * sd / Math.sqrt(3), 3, alpha.trajectory().difference("alt", 2026,
                Measure.SHARE_WITHOUT_GP));
        assertNull(alpha.trajectory().difference("base", 2026, Measure.SHARE_WITHOUT_GP), "none for the base itself");
        assertEstimate(0, 0, 3, alpha.trajectory().difference("alt", 2026, Measure.MUNICIPAL_COST));
    }

    @Test
    void aReplicateWithoutAPostFilledIsLeftOutOfTimeToFill() {
        // Alpha filled 1, 0, 2 posts in 3, -, 6 months: two replicates, t with one degree of freedom
        assertEstimate(4.5, T1 * Math.sqrt(4.5) / Math.sqrt(2), 2, alpha.trajectory().value("base", 2026,
                Measure.MONTHS_TO_FILL));
    }

    @Test
    void aRegionSumsItsMembersInEachReplicateBeforeTheInterval() {
        Trajectory t = region.trajectory();
        assertEquals(List.of("1001", "1002"), region.place().members().stream().map(Places.Entry::code).toList());
        // residents without a GP 150, 50, 200 of 1,500: weighted by residents, not a mean of the two shares
        double[] share = {150 / 1500.0, 50 / 1500.0, 200 / 1500.0};
        assertEstimate(mean(share), T2 * sd(share) / Math.sqrt(3), 3, t.value("base", 2026, Measure.SHARE_WITHOUT_GP));
        // patients per GP weighted by GPs: (2x450 + 450) / 3, 500 / 1 (Beta has no GP), (2x400 + 500) / 3
        double[] length = {450, 500, 1300 / 3.0};
        assertEstimate(mean(length), T2 * sd(length) / Math.sqrt(3), 3, t.value("base", 2026, Measure.MEAN_LIST_LENGTH));
        double[] oncall = {80 / 3.0, 30, 20};
        assertEstimate(mean(oncall), T2 * sd(oncall) / Math.sqrt(3), 3, t.value("base", 2026, Measure.MEAN_ONCALL_HOURS));
        // months to fill weighted by the posts filled: 3 / 1, none, (2x6 + 1x2) / 3
        double[] months = {3, 14 / 3.0};
        assertEstimate(mean(months), T1 * sd(months) / Math.sqrt(2), 2, t.value("base", 2026, Measure.MONTHS_TO_FILL));
        // counts and costs summed
        assertEstimate(4e6, T2 * 1e6 / Math.sqrt(3), 3, t.value("base", 2026, Measure.MUNICIPAL_COST));
        assertEstimate(7.0 / 3, T2 * sd(new double[] {3, 1, 3}) / Math.sqrt(3), 3, t.value("base", 2026, Measure.GPS));
        // the region is compared with class 6, that of its most populous member
        assertEquals(6, region.place().centrality());
    }

    @Test
    void aMunicipalityAloneWithoutAGpHasNoPerGpFigureInThatReplicate() throws IOException {
        Profile beta = Profiles.build(run, List.of(new Profiles.Request(Place.Kind.MUNICIPALITY, "1002")), false).get(0);
        // 450, (no GP), 500: the raw file's 0 is not a list length
        assertEstimate(475, T1 * sd(new double[] {450, 500}) / Math.sqrt(2), 2, beta.trajectory().value("base", 2026,
                Measure.MEAN_LIST_LENGTH));
        assertEquals("Beta - Betá (1002)", beta.place().title());
        assertEquals("1002-beta-beta", beta.place().fileStem());
    }

    @Test
    void theStandingInTheClassCountsTheClasssMunicipalities() {
        // class 6: Alpha (0.1) and Beta (0.0667) at the end year in base
        ClassComparison.Standing st = alpha.classes().standing("1001", List.of("1001", "1002"), "base",
                Measure.SHARE_WITHOUT_GP);
        assertEquals(2, st.rank());
        assertEquals(2, st.count());
        assertEquals(100, st.percentile(), EPS);
        assertEquals((0.1 + 0.1 / 1.5) / 2, st.median(), EPS);
        assertEquals(0.05, ClassComparison.classValue(alpha.run().results, "base", 6, 2026, Measure.SHARE_WITHOUT_GP), EPS);
        assertEquals(0.1, ClassComparison.classValue(alpha.run().results, "base", 6, 2026, Measure.VACANT_SHARE), EPS);
        assertEquals(2500, ClassComparison.classValue(alpha.run().results, "base", 6, 2026, Measure.COST_PER_RESIDENT),
                EPS);
    }

    @Test
    void thePageIsSelfContainedWithEverySectionAndTheTablesNumbers() throws IOException {
        List<Profiles.Written> written = Profiles.write(run, List.of(new Profiles.Request(Place.Kind.MUNICIPALITY,
                "1001")), null);
        Path page = run.resolve("profiles/1001-alpha.html");
        assertEquals(page, written.get(0).file());
        String html = Files.readString(page);
        for (String id : List.of("key", "trajectories", "end", "class", "read")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(html.contains("<h1>Alpha (1001)</h1>"));
        Matcher img = Pattern.compile("<img [^>]*>").matcher(html);
        int images = 0;
        while (img.find()) {
            images++;
            assertTrue(img.group().contains("src=\"data:image/png;base64,"), img.group());
            assertTrue(img.group().contains(" alt=\""), "every image has a text alternative: " + img.group());
        }
        // the locator map, six trajectories (share, vacant lists, list length, on-call, time to fill, cost) and the
        // class chart
        assertEquals(8, images);
        assertTrue(html.matches("(?s).*alt=\"Map of Norway locating Alpha \\(1001\\)\\. Boundaries [^\"]*Kartverket "
                + "\\(CC BY 4\\.0\\).*"), "the map carries the credit line");
        assertFalse(html.contains("http://") || html.contains("https://"), "no web address");
        for (String external : List.of("<script", "<link", "<iframe", "<object", "url(", "@import", "src=\"http",
                "src=\"/", "src=\"file")) {
            assertFalse(html.contains(external), external);
        }
        // the end-year table: 10.00 % [0.00, 34.84] in base, Δ −6.67 pp [−21.01, 7.68] in alt
        assertTrue(html.contains(">10.00<br><span class=\"ci\">[0.00, 34.84]</span>"), "base share and interval, cut at 0");
        // (the minus sign is written as the entity &minus;)
        assertTrue(html.contains("Δ &minus;6.67 <span class=\"iv\">[&minus;21.01, 7.68]</span>"), "paired difference");
        assertTrue(html.contains(">3.00<br><span class=\"ci\">[0.52, 5.48]</span>"), "cost in M NOK");
        assertTrue(html.contains(">4.5<br><span class=\"ci\">[0.0, 23.6] n = 2</span>"), "time to fill over 2 replicates");
        // the data file's figures, since it is unchanged
        assertTrue(html.contains("1 Alpha region"));
        assertTrue(html.contains("0-17: 200 (20 %)"));
        assertFalse(html.contains("placeholder"));
        try (Stream<Path> files = Files.list(run.resolve("profiles"))) {
            assertEquals(List.of(page), files.toList(), "no temporary file left beside the page");
        }
    }

    @Test
    void theSameRunGivesTheSameText() throws IOException {
        // the figures' bytes are compared end to end in ProfileCommandTest
        List<Profiles.Request> region = List.of(new Profiles.Request(Place.Kind.REGION, "1"));
        String a = new ProfilePage(Profiles.build(run, region, false).get(0)).render();
        String b = new ProfilePage(Profiles.build(run, region, false).get(0)).render();
        assertEquals(a, b);
        assertTrue(a.contains("<h1>BA region Alpha region (1)</h1>"));
        assertTrue(a.contains("Member municipalities"));
        assertTrue(a.contains("1002 Beta - Bet&aacute;"), "names escaped as HTML");
    }

    @Test
    void aChangedDataFileLeavesTheKeyFiguresToTheOutputs() throws IOException {
        Path copy = copyRun("changed");
        Path data = copy.resolve("data.csv");
        String json = Files.readString(copy.resolve("run.json")).replace(run.resolve("data.csv").toString(),
                data.toString());
        Files.writeString(copy.resolve("run.json"), json);
        Files.copy(run.resolve("data.csv"), data);
        Files.writeString(data, Files.readString(data).replace("Alpha region", "Alpha regio"));
        Profile p = Profiles.build(copy, List.of(new Profiles.Request(Place.Kind.MUNICIPALITY, "Alpha")), false).get(0);
        assertTrue(new ProfilePage(p).render().contains("has changed since the run"));
        BadInputException e = assertThrows(BadInputException.class, () -> Profiles.write(copy,
                List.of(new Profiles.Request(Place.Kind.REGION, "1")), null));
        assertTrue(e.getMessage().contains("data file"), e.getMessage());
    }

    @Test
    void aRunWithoutTheRawMunicipalitiesFileIsRefusedWithTheFix() throws IOException {
        Path copy = copyRun("no-raw");
        Files.delete(copy.resolve("municipalities.csv"));
        BadInputException e = assertThrows(BadInputException.class, () -> Profiles.write(copy,
                List.of(new Profiles.Request(Place.Kind.MUNICIPALITY, "Alpha")), null));
        assertTrue(e.getMessage().contains("rerun with municipalities in --outputs"), e.getMessage());
        assertFalse(Files.exists(copy.resolve("profiles")), "nothing written");
    }

    @Test
    void aGzippedRawFileIsReadToo() throws IOException {
        Path copy = copyRun("gzip");
        Path raw = copy.resolve("municipalities.csv");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(copy.resolve("municipalities.csv.gz")))) {
            out.write(Files.readAllBytes(raw));
        }
        Files.delete(raw);
        Profile p = Profiles.build(copy, List.of(new Profiles.Request(Place.Kind.MUNICIPALITY, "Alpha")), false).get(0);
        assertEquals(0.1, p.trajectory().value("base", 2026, Measure.SHARE_WITHOUT_GP).mean(), EPS);
    }

    @Test
    void aRawFileMissingAMembersRowIsBadInput() throws IOException {
        Path copy = copyRun("short");
        Path raw = copy.resolve("municipalities.csv");
        List<String> lines = Files.readAllLines(raw);
        lines.removeIf(l -> l.startsWith("alt,2,3,2026,1001,"));
        Files.write(raw, lines);
        BadInputException e = assertThrows(BadInputException.class, () -> Profiles.build(copy,
                List.of(new Profiles.Request(Place.Kind.MUNICIPALITY, "Alpha")), false));
        assertTrue(e.getMessage().contains("0 row(s) instead of 1 for alt, replicate 2, 2026"), e.getMessage());
    }

    private static Path copyRun(String name) throws IOException {
        Path copy = Files.createDirectories(tmp.resolve(name));
        for (String f : List.of("run.json", "summary.csv", "municipalities_summary.csv", "municipalities.csv")) {
            Files.copy(run.resolve(f), copy.resolve(f));
        }
        return copy;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double sd(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
