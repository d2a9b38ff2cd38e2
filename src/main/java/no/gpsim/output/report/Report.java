package no.gpsim.output.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gpsim.experiment.Estimate;
import no.gpsim.observe.Metric;
import no.gpsim.output.RunResults;
import no.gpsim.output.charts.ChartFiles;
import no.gpsim.output.charts.Charts;
import no.gpsim.output.map.Maps;

/**
 * Draws the charts ({@code charts/*.png} and {@code charts/*.svg}), the maps of the municipalities
 * ({@code charts/map-*}) and writes {@code report.html}
 * for a run directory, from its statistics files alone. {@code gpsim compare} calls it after
 * writing the CSV files, and {@code gpsim charts DIR} calls it again on an earlier run.
 */
public final class Report {

    public static final String CHARTS_DIR = "charts";
    public static final String REPORT = "report.html";

    /**
     * What was written.
     *
     * @param charts number of charts (each as PNG and SVG)
     * @param maps number of maps (each as PNG and SVG, {@code charts/map-*})
     * @param headline a short text table of the end-year national outcomes, for the terminal
     */
    public record Result(int charts, int maps, List<String> headline) { }

    private Report() {
    }

    public static Result generate(Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        RunResults results = RunResults.read(dir);
        Path chartsDir = dir.resolve(CHARTS_DIR);
        Files.createDirectories(chartsDir);
        Map<Charts.Named, byte[]> pngs = new LinkedHashMap<>();
        for (Charts.Named chart : Charts.of(results)) {
            pngs.put(chart, ChartFiles.write(chartsDir, chart.stem(), chart.chart()));
        }
        List<Maps.MapChart> maps = Maps.of(results);
        Map<Maps.MapChart, byte[]> mapPngs = new LinkedHashMap<>();
        List<byte[]> drawn = drawMaps(chartsDir, maps);
        for (int i = 0; i < maps.size(); i++) {
            mapPngs.put(maps.get(i), drawn.get(i));
        }
        String html = new ReportHtml(results, pngs, mapPngs).render();
        // written beside the report and moved into place, with the usual permissions (a temp file's are owner-only)
        Path temp = dir.resolve(".report-" + ProcessHandle.current().pid() + ".html");
        Files.writeString(temp, html, StandardCharsets.UTF_8);
        Files.move(temp, dir.resolve(REPORT), StandardCopyOption.REPLACE_EXISTING);
        return new Result(pngs.size(), maps.size(), headline(results));
    }

    /**
     * Writes the maps' PNG and SVG files, several at a time (each is drawn on its own, so the files
     * do not depend on the order), and returns their PNG bytes in the maps' order.
     */
    private static List<byte[]> drawMaps(Path chartsDir, List<Maps.MapChart> maps) throws IOException {
        try {
            return maps.parallelStream().map(m -> {
                try {
                    return ChartFiles.write(chartsDir, m.stem(), m.chart(), Maps.WIDTH, Maps.HEIGHT, Maps.PNG_SCALE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** End-year share without a GP, GPs and on-call hours per scenario, with the difference from the base. */
    static List<String> headline(RunResults r) {
        List<String> lines = new ArrayList<>();
        int year = r.lastYear();
        lines.add("");
        lines.add(String.format(Locale.ROOT, "National outcomes at the end of %d (mean [95 %% interval] over %d replicate(s)):",
                year, r.replicates()));
        lines.add(String.format(Locale.ROOT, "%-24s %-28s %-28s %8s %8s", "scenario", "no GP %", "difference (pp)", "GPs",
                "on-call"));
        for (String s : r.scenarios()) {
            Estimate share = r.national(s, year, Metric.SHARE_WITHOUT_GP);
            Estimate diff = r.difference(s, "national", "all", year, Metric.SHARE_WITHOUT_GP);
            Estimate gps = r.national(s, year, Metric.GPS);
            Estimate oncall = r.national(s, year, Metric.MEAN_ONCALL_HOURS);
            lines.add(String.format(Locale.ROOT, "%-24s %-28s %-28s %8s %8s", s,
                    plain(Format.value(Metric.SHARE_WITHOUT_GP, share) + " "
                            + Format.interval(Metric.SHARE_WITHOUT_GP, share)),
                    diff == null ? "(base)" : plain(Format.signed(Metric.SHARE_WITHOUT_GP, diff) + " "
                            + Format.interval(Metric.SHARE_WITHOUT_GP, diff) + (diff.excludesZero() ? " *" : "")),
                    plain(Format.value(Metric.GPS, gps.mean())), plain(Format.value(Metric.MEAN_ONCALL_HOURS, oncall.mean()))));
        }
        lines.add("(no GP %: residents on lists without a GP; difference: paired, scenario - base, * when the interval "
                + "excludes 0; on-call: hours per GP per week)");
        return lines;
    }

    private static String plain(String s) {
        return s.replace('\u2212', '-');
    }
}
