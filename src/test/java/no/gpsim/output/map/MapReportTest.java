package no.gpsim.output.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import no.gpsim.cli.GpsimCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maps in a real comparison of the whole country (baseline and district package, 2 replicates
 * x 2 years), checked without a browser: the report's structure, the credit on every map, the map
 * files, and {@code gpsim charts} drawing them again to the byte.
 */
class MapReportTest {

    private static final String CREDIT = "Kartverket (CC BY 4.0)";

    @TempDir
    static Path tmp;
    static Path run;
    static String html;

    @BeforeAll
    static void compare() throws IOException {
        run = tmp.resolve("run");
        String out = gpsim("compare", "scenarios/baseline.yaml", "scenarios/district-package.yaml", "--replicates", "2",
                "--years", "2", "--threads", "2", "--out", run.toString());
        assertTrue(out.contains("11 charts and 7 maps in charts/"), out);
        html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
    }

    private static String gpsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GpsimCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, exit, () -> out + "\n" + err);
        return out.toString();
    }

    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> maps(Path dir, String ext) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("map-") && p.toString().endsWith(ext)).sorted()
                    .toList();
        }
    }

    @Test
    void everyImageIsAnEmbeddedPngAndNothingPointsOutside() throws IOException {
        List<String> images = all("<img ([^>]*)>", html);
        assertTrue(images.size() >= 11 + 4, "charts and maps: " + images.size());
        for (String img : images) {
            String src = all("src=\"([^\"]*)\"", img).get(0);
            assertTrue(src.startsWith("data:image/png;base64,"), img.substring(0, Math.min(200, img.length())));
            byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
            assertTrue(ImageIO.read(new ByteArrayInputStream(png)).getWidth() >= 1000, "a whole image");
        }
        for (String href : all("href=\"([^\"]*)\"", html)) {
            assertTrue(href.startsWith("#"), "only links inside the report: " + href);
        }
        assertEquals(images.size(), all("(src=)", html).size(), "every src is an image's");
        for (String outside : List.of("http:", "https:", "<script", "<link", "url(", "@import")) {
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains(outside), outside);
        }
    }

    @Test
    void theMapsSectionShowsTheBasesMapsAndTheDifferenceEachWithTheCredit() {
        assertTrue(html.contains("<section id=\"maps\"><h2>Maps</h2>") && html.contains("<a href=\"#maps\">Maps</a>"));
        List<String> figures = all("(<figure id=\"map-.*?</figure>)", html);
        List<String> ids = figures.stream().map(f -> all("id=\"([^\"]*)\"", f).get(0)).toList();
        assertEquals(List.of("map-share_without_gp-baseline", "map-oncall_hours-baseline",
                "map-vacancies_over_12m-baseline", "map-difference-district-package"), ids);
        for (String f : figures) {
            String alt = all("alt=\"([^\"]*)\"", f).get(0);
            String caption = all("<figcaption>(.*)</figcaption>", f).get(0);
            assertTrue(alt.contains(CREDIT) && caption.contains(CREDIT), "credit in alt and caption: " + f.substring(0, 80));
            assertTrue(caption.contains("end of 2027"), "the year: " + caption);
        }
        String difference = figures.get(3);
        assertTrue(difference.contains("percentage points") && difference.contains("95 % interval includes zero"),
                "units and hatching explained");
        assertTrue(figures.get(1).contains("hours per GP per week") && figures.get(2).contains("% of vacant lists"));
        assertTrue(html.contains("map-share_without_gp-district-package"), "the maps not shown are named");
    }

    @Test
    void everyMapIsWrittenAsPngAndSvgWithTheCreditDrawnOnIt() throws IOException {
        List<Path> svgs = maps(run, ".svg");
        assertEquals(7, svgs.size(), svgs::toString);
        assertEquals(7, maps(run, ".png").size());
        for (Path svg : svgs) {
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            assertTrue(text.contains(CREDIT) && text.contains("Statistics Norway"), svg + " carries the credit");
            assertFalse(text.contains("http:") && text.contains("<image"), "no linked images");
        }
    }

    @Test
    void gpsimChartsDrawsTheSameMapsAgain() throws IOException {
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        for (String f : List.of("run.json", "summary.csv", "differences.csv", "municipalities_summary.csv",
                "cost_effectiveness.csv")) {
            Files.copy(run.resolve(f), copy.resolve(f));
        }
        assertTrue(gpsim("charts", copy.toString()).contains("Wrote 11 charts and 7 maps"));
        List<Path> before = maps(run, "");
        List<Path> after = maps(copy, "");
        assertEquals(before.stream().map(Path::getFileName).toList(), after.stream().map(Path::getFileName).toList());
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(Files.readAllBytes(before.get(i)), Files.readAllBytes(after.get(i)), before.get(i).toString());
        }
        assertEquals(html, Files.readString(copy.resolve("report.html"), StandardCharsets.UTF_8));
    }
}
