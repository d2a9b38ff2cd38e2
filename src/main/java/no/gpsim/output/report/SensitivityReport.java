package no.gpsim.output.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report of {@code gpsim sensitivity}, in the style of report.html: one self-contained
 * file (inline CSS, charts as embedded PNG, no scripts, no web addresses) with what was run, a
 * section per outcome (the ranking table and its chart) and how to read it.
 */
public final class SensitivityReport {

    /**
     * One outcome's results.
     *
     * @param outcome the outcome as written on the command line
     * @param header the table's column names
     * @param rows the table's rows, ranked, already formatted
     * @param chartTitle the chart's title (alt text)
     * @param chartCaption the chart's caption
     * @param png the chart
     * @param summary a sentence on what dominates
     */
    public record Section(String outcome, List<String> header, List<List<String>> rows, String chartTitle,
                          String chartCaption, byte[] png, String summary) { }

    public static final String FILE = "report.html";

    private SensitivityReport() {
    }

    /** Writes {@code dir/report.html} (through a temporary file moved into place). */
    public static void write(Path dir, String title, String lead, Map<String, String> facts, List<Section> sections,
                             List<String> howToRead) throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(ReportHtml.esc(title)).append("</title>\n<style>\n").append(ReportHtml.CSS)
                .append("</style>\n</head>\n<body>\n<header><h1>").append(ReportHtml.esc(title)).append("</h1>\n")
                .append("<p class=\"lead\">").append(ReportHtml.esc(lead)).append("</p>\n<nav><a href=\"#run\">What was run</a>");
        for (int i = 0; i < sections.size(); i++) {
            h.append("<a href=\"#outcome-").append(i).append("\">").append(ReportHtml.esc(sections.get(i).outcome()))
                    .append("</a>");
        }
        h.append("<a href=\"#read\">How to read this</a></nav>\n</header>\n<main>\n");
        h.append("<section id=\"run\"><h2>What was run</h2>\n<dl class=\"facts\">\n");
        facts.forEach((k, v) -> h.append("<dt>").append(ReportHtml.esc(k)).append("</dt><dd>").append(ReportHtml.esc(v))
                .append("</dd>\n"));
        h.append("</dl>\n</section>\n");
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            h.append("<section id=\"outcome-").append(i).append("\"><h2>").append(ReportHtml.esc(s.outcome()))
                    .append("</h2>\n<p>").append(ReportHtml.esc(s.summary())).append("</p>\n");
            h.append("<figure><img alt=\"").append(ReportHtml.esc(s.chartTitle())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(s.png())).append("\">\n<figcaption>")
                    .append(ReportHtml.esc(s.chartCaption())).append("</figcaption></figure>\n");
            h.append("<div class=\"wide\"><table><thead><tr>");
            for (String c : s.header()) {
                h.append("<th>").append(ReportHtml.esc(c)).append("</th>");
            }
            h.append("</tr></thead><tbody>\n");
            for (List<String> row : s.rows()) {
                h.append("<tr>");
                for (int c = 0; c < row.size(); c++) {
                    h.append(c == 0 ? "<th class=\"row\"><span class=\"key\">" : "<td class=\"num\">")
                            .append(ReportHtml.esc(row.get(c))).append(c == 0 ? "</span></th>" : "</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table></div>\n</section>\n");
        }
        h.append("<section id=\"read\"><h2>How to read this</h2>\n<ul>\n");
        for (String line : howToRead) {
            h.append("<li>").append(ReportHtml.esc(line)).append("</li>\n");
        }
        h.append("</ul>\n</section>\n</main>\n<footer>").append(ReportHtml.esc(String.format(Locale.ROOT,
                "Written by gpsim sensitivity. Contains data from Statistics Norway (SSB) and the Norwegian Directorate of "
                        + "Health."))).append("</footer>\n</body>\n</html>\n");
        Path temp = dir.resolve(".report-" + ProcessHandle.current().pid() + ".html");
        Files.writeString(temp, h.toString(), StandardCharsets.UTF_8);
        Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }
}
