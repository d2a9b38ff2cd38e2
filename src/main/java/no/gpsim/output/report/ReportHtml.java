package no.gpsim.output.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gpsim.experiment.Estimate;
import no.gpsim.observe.Metric;
import no.gpsim.output.RunResults;
import no.gpsim.output.charts.ChartFiles;
import no.gpsim.output.charts.Charts;
import no.gpsim.output.map.Maps;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.ParameterSchema;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The HTML of the report: one self-contained file with inline CSS and the charts as base64 PNG,
 * no scripts, fonts or links outside the file. All text from the run is escaped.
 */
final class ReportHtml {

    /** The outcomes of the headline tables, in column order. */
    static final List<Metric> HEADLINE = List.of(Metric.SHARE_WITHOUT_GP, Metric.PATIENTS_WITHOUT_GP, Metric.GPS,
            Metric.LISTS_VACANT, Metric.MEAN_LIST_LENGTH, Metric.MEAN_ONCALL_HOURS, Metric.MEAN_TOTAL_HOURS,
            Metric.RECRUITS, Metric.ACCEPTANCE_RATE, Metric.MEAN_MONTHS_TO_FILL, Metric.SALARIED_SHARE,
            Metric.MUNICIPAL_COST_NOK, Metric.STATE_COST_NOK);
    private static final int TOP = 5;

    private final RunResults r;
    private final Map<Charts.Named, byte[]> charts;
    private final Map<Maps.MapChart, byte[]> maps;
    private final StringBuilder h = new StringBuilder(1 << 16);
    private final int year;

    /**
     * @param charts the charts with their PNG bytes, in report order
     * @param maps all maps with their PNG bytes, in order (may be empty); the report shows those marked
     *        {@link Maps.MapChart#inReport()} and names the others
     */
    ReportHtml(RunResults results, Map<Charts.Named, byte[]> charts, Map<Maps.MapChart, byte[]> maps) {
        this.r = results;
        this.charts = charts;
        this.maps = maps;
        this.year = results.lastYear();
    }

    String render() {
        JsonNode m = r.manifest();
        boolean compared = r.scenarios().size() > 1;
        String title = compared ? "gpsim: " + r.base() + " compared with " + (r.scenarios().size() - 1) + " scenario(s)"
                : "gpsim: " + r.base();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(title)).append("</h1>\n<p class=\"lead\">")
                .append(esc(String.format(Locale.ROOT, "%d replicate(s) per scenario, %d years from %s, seeds %d to %d "
                        + "(replicate r uses seed + r in every scenario). gpsim %s.", r.replicates(),
                        m.path("years").asInt(), m.path("start").asText(), m.path("seed").asLong(),
                        m.path("seed").asLong() + r.replicates() - 1, m.path("gpsim_version").asText())))
                .append("</p>\n");
        toc(compared);
        h.append("</header>\n<main>\n");
        whatWasRun();
        headline(compared);
        groupTables("centrality", "By centrality class", "Class");
        groupTables("size", "By municipality size (inhabitants)", "");
        chartsSection();
        mapsSection();
        if (compared) {
            municipalities();
            costEffectiveness();
        }
        howToRead();
        h.append("</main>\n<footer>").append(esc("Written by gpsim " + m.path("gpsim_version").asText()
                + " from run.json, summary.csv, differences.csv, municipalities_summary.csv and cost_effectiveness.csv in "
                + "this directory; "
                + "'gpsim charts <this directory>' draws it again.")).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private void toc(boolean compared) {
        h.append("<nav><a href=\"#run\">What was run</a> <a href=\"#headline\">Headline</a> ")
                .append("<a href=\"#centrality\">By centrality</a> <a href=\"#size\">By size</a> ")
                .append("<a href=\"#charts\">Charts</a> ");
        if (!maps.isEmpty()) {
            h.append("<a href=\"#maps\">Maps</a> ");
        }
        if (compared) {
            h.append("<a href=\"#municipalities\">Municipalities</a> <a href=\"#cost\">Cost per patient helped</a> ");
        }
        h.append("<a href=\"#read\">How to read this</a></nav>\n");
    }

    private void whatWasRun() {
        JsonNode m = r.manifest();
        h.append("<section id=\"run\"><h2>What was run</h2>\n<table class=\"text\"><thead><tr><th>Scenario</th>")
                .append("<th>Description</th><th>File</th><th>SHA-256</th></tr></thead><tbody>\n");
        for (JsonNode s : m.path("scenarios")) {
            String sha = s.path("sha256").asText();
            h.append("<tr><td>").append(swatch(s.path("name").asText())).append(esc(s.path("name").asText()))
                    .append("</td><td>").append(esc(s.path("description").asText()))
                    .append("</td><td class=\"path\">").append(esc(s.path("file").asText()))
                    .append("</td><td class=\"path\">").append(esc(sha.length() > 12 ? sha.substring(0, 12) : sha))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<dl class=\"facts\">");
        fact("Command", "gpsim " + m.path("command").asText());
        fact("Replicates", m.path("replicates").asText() + " per scenario");
        fact("Seeds", m.path("replicate_seeds").asText());
        JsonNode posterior = m.path("posterior");
        fact("Parameters", posterior.isMissingNode() || posterior.isNull()
                ? "the scenario files' values in every replicate"
                : "drawn for each replicate from the posterior " + posterior.path("file").asText() + " (the same draw in "
                        + "every scenario)");
        fact("Horizon", m.path("years").asText() + " years from " + m.path("start").asText() + " (year-end values "
                + r.years().get(0) + " to " + year + ")");
        fact("gpsim version", m.path("gpsim_version").asText());
        fact("Java", m.path("java").asText());
        fact("Threads, wall time", m.path("threads").asText() + ", " + m.path("wall_time_s").asText() + " s");
        h.append("</dl>\n");
        int i = 0;
        for (JsonNode s : m.path("scenarios")) {
            if (i++ == 0) {
                continue;
            }
            levers(s);
        }
        h.append("</section>\n");
    }

    private void levers(JsonNode s) {
        h.append("<h3>").append(swatch(s.path("name").asText())).append(esc(s.path("name").asText()))
                .append(": levers that differ from ").append(esc(r.base())).append("</h3>\n");
        JsonNode levers = s.path("levers_vs_base");
        if (levers.isEmpty()) {
            h.append("<p>No lever differs from the base: the two scenarios are the same model, and every difference "
                    + "is exactly zero.</p>\n");
        } else {
            h.append("<table class=\"text\"><thead><tr><th>From</th><th>Key</th><th>Meaning</th><th>Unit</th>")
                    .append("<th>Base</th><th>This scenario</th></tr></thead><tbody>\n");
            for (JsonNode l : levers) {
                Key<?> key = ParameterSchema.key(l.path("key").asText());
                h.append("<tr><td class=\"date\">").append(esc(l.path("from").asText())).append("</td><td class=\"key\">")
                        .append(esc(l.path("key").asText())).append("</td><td>")
                        .append(esc(key == null ? "" : key.description())).append("</td><td>")
                        .append(esc(key == null ? "" : key.unit())).append("</td><td class=\"num\">")
                        .append(esc(l.path("base").asText())).append("</td><td class=\"num\"><b>")
                        .append(esc(l.path("value").asText())).append("</b></td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        List<String> written = new ArrayList<>();
        for (JsonNode p : s.path("policies")) {
            List<String> changes = new ArrayList<>();
            p.path("changes").properties().forEach(e -> changes.add(e.getKey() + ": " + e.getValue().asText()));
            written.add("from " + p.path("from").asText() + ": " + String.join(", ", changes));
        }
        if (!written.isEmpty()) {
            h.append("<p class=\"note\">Policies as written in ").append(esc(s.path("file").asText())).append(": ")
                    .append(esc(String.join("; ", written))).append(".</p>\n");
        }
    }

    /**
     * The cost per resident-year with a GP gained (cost_effectiveness.csv, written by gpsim compare):
     * ranked from the cheapest; a scenario without a clear gain is listed without a ratio.
     */
    private void costEffectiveness() {
        java.nio.file.Path file = r.dir().resolve("cost_effectiveness.csv");
        if (!java.nio.file.Files.exists(file)) {
            return;
        }
        List<org.apache.commons.csv.CSVRecord> rows;
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            rows = new java.util.ArrayList<>(org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).get().parse(in).getRecords());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        rows.sort(java.util.Comparator.comparingDouble(row -> row.get("nok_per_resident_year_gained").isEmpty()
                ? Double.POSITIVE_INFINITY : Double.parseDouble(row.get("nok_per_resident_year_gained"))));
        h.append("<section id=\"cost\"><h2>Cost per patient helped</h2>\n<p>Over the whole horizon, paired with the base "
                + "replicate by replicate: the extra cost to the state and to the municipalities (NOK, at the model's price "
                + "level), the resident-years with a GP gained (residents on lists without a GP, month by month, over 12, "
                + "fewer than in the base), and the extra public cost per resident-year gained. Ranked from the cheapest; a "
                + "scenario that gains while costing less saves money per resident-year; one whose gain's 95 % interval "
                + "includes zero has no ratio.</p>\n<table><thead><tr><th>Scenario</th>"
                + "<th>Extra state cost, M NOK</th><th>Extra municipal cost, M NOK</th><th>Resident-years gained</th>"
                + "<th>NOK per resident-year gained</th></tr></thead><tbody>\n");
        for (org.apache.commons.csv.CSVRecord row : rows) {
            String ratio = row.get("nok_per_resident_year_gained");
            h.append("<tr><td>").append(swatch(row.get("scenario"))).append(esc(row.get("scenario"))).append("</td><td>")
                    .append(esc(millions(row, "extra_state_cost"))).append("</td><td>")
                    .append(esc(millions(row, "extra_municipal_cost"))).append("</td><td>")
                    .append(esc(withInterval("%,.0f", row.get("resident_years_with_gp_gained"),
                            row.get("resident_years_gained_low"), row.get("resident_years_gained_high"), 1)))
                    .append("</td><td>")
                    .append(esc(ratio.isEmpty() ? "no clear gain" : Double.parseDouble(ratio) < 0
                            ? String.format(Locale.ROOT, "saves %,.0f (cheaper and better)", -Double.parseDouble(ratio))
                            : String.format(Locale.ROOT, "%,.0f", Double.parseDouble(ratio)))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static String millions(org.apache.commons.csv.CSVRecord row, String prefix) {
        return withInterval("%+,.0f", row.get(prefix + "_nok"), row.get(prefix + "_low"), row.get(prefix + "_high"), 1e6);
    }

    /** A value and its interval, divided by {@code unit}; the value alone when there is no interval (one replicate). */
    private static String withInterval(String format, String value, String low, String high, double unit) {
        String v = String.format(Locale.ROOT, format, Double.parseDouble(value) / unit);
        if (low.isEmpty() || high.isEmpty()) {
            return v;
        }
        return v + String.format(Locale.ROOT, " [%,.0f, %,.0f]", Double.parseDouble(low) / unit,
                Double.parseDouble(high) / unit);
    }

    private void fact(String term, String value) {
        h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    private void headline(boolean compared) {
        h.append("<section id=\"headline\"><h2>Headline: national outcomes at the end of ").append(year).append("</h2>\n");
        h.append("<p>Mean over replicates, with the 95 % confidence interval below it. Stocks at 31 December ")
                .append(year).append("; recruits and costs over ").append(year).append(".</p>\n");
        h.append("<div class=\"wide\"><table><thead><tr><th>Scenario</th>");
        for (Metric m : HEADLINE) {
            h.append(th(m, false));
        }
        h.append("</tr></thead><tbody>\n");
        for (String s : r.scenarios()) {
            h.append("<tr><th class=\"row\">").append(swatch(s)).append(esc(s)).append("</th>");
            for (Metric m : HEADLINE) {
                h.append(cell(m, r.national(s, year, m), false));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
        if (compared) {
            h.append("<h3>Difference from ").append(esc(r.base())).append("</h3>\n<p>Paired difference (scenario − base) ")
                    .append("over replicates that met the same random draws. <b>Bold</b>: the 95 % interval excludes ")
                    .append("zero.</p>\n<div class=\"wide\"><table><thead><tr><th>Scenario</th>");
            for (Metric m : HEADLINE) {
                h.append(th(m, true));
            }
            h.append("</tr></thead><tbody>\n");
            for (String s : r.scenarios().subList(1, r.scenarios().size())) {
                h.append("<tr><th class=\"row\">").append(swatch(s)).append(esc(s)).append("</th>");
                for (Metric m : HEADLINE) {
                    h.append(cell(m, r.difference(s, "national", "all", year, m), true));
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table></div>\n");
        }
        h.append("</section>\n");
    }

    /** One table per outcome: a row per scenario, a column per group and one for the whole country. */
    private void groupTables(String type, String heading, String columnLabel) {
        h.append("<section id=\"").append(type).append("\"><h2>").append(esc(heading)).append("</h2>\n");
        List<Metric> metrics = type.equals("centrality")
                ? List.of(Metric.SHARE_WITHOUT_GP, Metric.MEAN_ONCALL_HOURS, Metric.GPS_PER_10K)
                : List.of(Metric.SHARE_WITHOUT_GP, Metric.MEAN_ONCALL_HOURS);
        h.append("<p class=\"note\">Each cell: mean and [95 % interval]; for the other scenarios, the line Δ gives the ")
                .append("paired difference from ").append(esc(r.base())).append(", in bold when its interval excludes ")
                .append("zero.</p>\n");
        List<String[]> columns = new ArrayList<>();
        for (String g : r.groups(type)) {
            columns.add(new String[] {type, g});
        }
        columns.add(new String[] {"national", "all"});
        for (Metric m : metrics) {
            String unit = Format.unit(m, false);
            h.append("<h3>").append(esc(label(m) + (unit.isEmpty() ? "" : " (" + unit + ")") + ", end of " + year))
                    .append("</h3>\n<div class=\"wide\"><table><thead><tr><th>Scenario</th>");
            for (String[] c : columns) {
                String name = c[1].equals("all") ? "All" : columnLabel.isEmpty() ? c[1] : columnLabel + " " + c[1];
                h.append("<th>").append(esc(name)).append("</th>");
            }
            h.append("</tr></thead><tbody>\n");
            for (String s : r.scenarios()) {
                h.append("<tr><th class=\"row\">").append(swatch(s)).append(esc(s)).append("</th>");
                for (String[] c : columns) {
                    Estimate e = r.summary(s, c[0], c[1], year, m);
                    Estimate d = r.difference(s, c[0], c[1], year, m);
                    h.append("<td class=\"num\">").append(e == null ? "" : esc(Format.value(m, e)))
                            .append("<br><span class=\"ci\">").append(esc(Format.interval(m, e))).append("</span>");
                    if (d != null) {
                        h.append("<br><span class=\"").append(d.excludesZero() ? "d sig" : "d").append("\">Δ ")
                                .append(esc(Format.signed(m, d))).append(" <span class=\"iv\">")
                                .append(esc(Format.interval(m, d))).append("</span></span>");
                    }
                    h.append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table></div>\n");
        }
        h.append("</section>\n");
    }

    private void chartsSection() {
        h.append("<section id=\"charts\"><h2>Charts</h2>\n<p class=\"note\">Each chart is also in charts/ as PNG and ")
                .append("SVG.</p>\n");
        for (Map.Entry<Charts.Named, byte[]> c : charts.entrySet()) {
            Charts.Named chart = c.getKey();
            h.append("<figure id=\"chart-").append(esc(chart.stem())).append("\"><img width=\"").append(ChartFiles.WIDTH)
                    .append("\" height=\"").append(ChartFiles.HEIGHT).append("\" alt=\"")
                    .append(esc(chart.chart().getTitle().getText())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(c.getValue())).append("\">\n<figcaption>")
                    .append(esc(chart.caption())).append(" Files: charts/").append(esc(chart.stem())).append(".png, charts/")
                    .append(esc(chart.stem())).append(".svg.</figcaption></figure>\n");
        }
        h.append("</section>\n");
    }

    /**
     * The maps the report shows, two to a row, each with a caption saying what, when and in which
     * units, what hatching means, and the boundaries' credit; the other maps are named.
     */
    private void mapsSection() {
        if (maps.isEmpty()) {
            return;
        }
        h.append("<section id=\"maps\"><h2>Maps</h2>\n<p>End-of-").append(year).append(" values by municipality ")
                .append("(mean over replicates). Maps of one quantity share one colour scale in every scenario, so they ")
                .append("can be compared by eye; the scales are safe for colour-blind readers. Boxes on the right enlarge ")
                .append("Oslo and its neighbours, Bergen and Trondheim (a rectangle marks where each comes from), and a ")
                .append("dot marks a municipality too small to see at the map's scale. On a difference map a municipality ")
                .append("whose 95 % interval includes zero is hatched grey: the replicates do not show a difference there. ")
                .append("Single municipalities are small samples; read the maps for patterns, the tables for numbers.</p>\n");
        List<String> others = new ArrayList<>();
        for (Maps.MapChart m : maps.keySet()) {
            if (!m.inReport()) {
                others.add(m.stem());
            }
        }
        if (!others.isEmpty()) {
            h.append("<p class=\"note\">Each map is in charts/ as PNG and SVG. Not shown here: the other scenarios' ")
                    .append("levels, ").append(esc(String.join(", ", others))).append(".</p>\n");
        }
        h.append("<div class=\"maps\">\n");
        for (Map.Entry<Maps.MapChart, byte[]> e : maps.entrySet()) {
            Maps.MapChart m = e.getKey();
            if (!m.inReport()) {
                continue;
            }
            h.append("<figure id=\"").append(esc(m.stem())).append("\"><img width=\"").append(Maps.WIDTH)
                    .append("\" height=\"").append(Maps.HEIGHT).append("\" alt=\"")
                    .append(esc(m.chart().getTitle().getText() + ". " + Maps.CREDIT + "."))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(e.getValue()))
                    .append("\">\n<figcaption>").append(esc(m.caption())).append(" Files: charts/").append(esc(m.stem()))
                    .append(".png, charts/").append(esc(m.stem())).append(".svg. <span class=\"credit\">")
                    .append(esc(Maps.CREDIT)).append(".</span></figcaption></figure>\n");
        }
        h.append("</div>\n</section>\n");
    }

    private void municipalities() {
        h.append("<section id=\"municipalities\"><h2>Municipalities that gain or lose most</h2>\n<p>For each scenario, ")
                .append("the ").append(TOP).append(" municipalities with the largest fall (gain) and the largest rise ")
                .append("(loss) in residents on lists without a GP at the end of ").append(year)
                .append(", against the base. Single municipalities are noisy: a difference is in bold when its 95 % ")
                .append("interval excludes zero.</p>\n");
        for (String s : r.scenarios().subList(1, r.scenarios().size())) {
            List<RunResults.Municipality> rows = new ArrayList<>();
            Map<String, RunResults.Municipality> base = new java.util.HashMap<>();
            for (RunResults.Municipality mu : r.municipalities()) {
                if (mu.scenario().equals(s)) {
                    rows.add(mu);
                } else if (mu.scenario().equals(r.base())) {
                    base.put(mu.code(), mu);
                }
            }
            rows.sort(Comparator.comparingDouble((RunResults.Municipality mu) -> mu.patientsDiff().mean())
                    .thenComparing(RunResults.Municipality::code));
            List<RunResults.Municipality> gains = new ArrayList<>();
            for (RunResults.Municipality mu : rows) {
                if (gains.size() < TOP && mu.patientsDiff().mean() < 0) {
                    gains.add(mu);
                }
            }
            List<RunResults.Municipality> losses = new ArrayList<>();
            for (int i = rows.size() - 1; i >= 0 && losses.size() < TOP; i--) {
                if (rows.get(i).patientsDiff().mean() > 0) {
                    losses.add(rows.get(i));
                }
            }
            h.append("<h3>").append(swatch(s)).append(esc(s)).append("</h3>\n");
            if (gains.isEmpty() && losses.isEmpty()) {
                h.append("<p>No municipality differs from the base.</p>\n");
                continue;
            }
            h.append("<table><thead><tr><th></th><th>Municipality</th><th>County</th><th>Centrality</th>")
                    .append("<th>Without a GP, base (%)</th><th>Without a GP, scenario (%)</th>")
                    .append("<th>Δ residents without a GP</th></tr></thead><tbody>\n");
            muniRows("Gains", gains, base);
            muniRows("Losses", losses, base);
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    private void muniRows(String label, List<RunResults.Municipality> rows, Map<String, RunResults.Municipality> base) {
        boolean first = true;
        for (RunResults.Municipality mu : rows) {
            RunResults.Municipality b = base.get(mu.code());
            h.append("<tr><th class=\"row\">").append(first ? esc(label) : "").append("</th><td class=\"txt\">")
                    .append(esc(mu.code() + " " + mu.name())).append("</td><td class=\"txt\">").append(esc(mu.county()))
                    .append("</td><td class=\"num\">").append(mu.centrality()).append("</td><td class=\"num\">")
                    .append(b == null ? "" : esc(Format.value(Metric.SHARE_WITHOUT_GP, b.means().get(Metric.SHARE_WITHOUT_GP))))
                    .append("</td><td class=\"num\">")
                    .append(esc(Format.value(Metric.SHARE_WITHOUT_GP, mu.means().get(Metric.SHARE_WITHOUT_GP))))
                    .append("</td><td class=\"num\">").append(mu.patientsDiff().excludesZero() ? "<b>" : "")
                    .append(esc(Format.signed(Metric.PATIENTS_WITHOUT_GP, mu.patientsDiff())))
                    .append(mu.patientsDiff().excludesZero() ? "</b>" : "").append(" <span class=\"ci\">")
                    .append(esc(Format.interval(Metric.PATIENTS_WITHOUT_GP, mu.patientsDiff()))).append("</span></td></tr>\n");
            first = false;
        }
    }

    /** Which uncertainty the replicates carry: chance only, or the calibration's posterior as well. */
    private String intervalKind() {
        JsonNode p = r.manifest().path("posterior");
        if (p.isMissingNode() || p.isNull()) {
            return "The replicates differ by chance only: every one used the same parameters, so the intervals leave "
                    + "out the uncertainty of the calibrated parameters.";
        }
        return "Each replicate drew its parameter set from the calibration's posterior (" + p.path("file").asText()
                + "), the same draw in every scenario: the intervals cover the parameters' uncertainty as well as chance.";
    }

    private void howToRead() {
        h.append("<section id=\"read\"><h2>How to read this</h2>\n<ul>\n");
        for (String s : List.of(
                "Each scenario was simulated " + r.replicates() + " time(s) (replicates). Replicate r of every scenario "
                        + "used the same seed, so the scenarios met the same random draws (common random numbers) and "
                        + "their differences come from the levers, not from luck.",
                "A number is the mean over replicates. The interval below it is a 95 % confidence interval for that mean "
                        + "(Student's t over replicates): it says how precisely the replicates pin the model's expected "
                        + "outcome down, not how certain the future is. With one replicate there is no interval. "
                        + intervalKind(),
                "Differences are paired: replicate r of a scenario minus replicate r of the base. Their intervals are "
                        + "narrower than a comparison of two separate intervals would suggest. A difference whose interval "
                        + "excludes zero (bold, or * in the terminal) is one the replicates show clearly.",
                "Stocks (GPs, lists, residents without a GP, shares, hours) are values on 31 December; flows (recruits, "
                        + "exits) and costs are totals over the calendar year. " + r.years().get(0)
                        + " is the starting point from the data.",
                "Shares are in percent of residents; differences of shares are in percentage points (pp). Hours are per "
                        + "GP per week. Costs are in millions of NOK per year; municipal cost is net of income received.",
                "These are model results. They show how the levers work through the model's assumptions (see the "
                        + "scenario files and the model document), and are best read as directions and relative sizes, "
                        + "not forecasts.")) {
            h.append("<li>").append(esc(s)).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static String th(Metric m, boolean difference) {
        String unit = Format.unit(m, difference);
        return "<th title=\"" + esc(m.description()) + "\">" + esc(label(m)) + (unit.isEmpty() ? "" : "<br><span class=\"unit\">"
                + esc(unit) + "</span>") + "</th>";
    }

    /** A short column heading. */
    static String label(Metric m) {
        return switch (m) {
            case SHARE_WITHOUT_GP -> "Residents without a GP";
            case PATIENTS_WITHOUT_GP -> "Residents without a GP (count)";
            case GPS -> "GPs";
            case LISTS_VACANT -> "Vacant lists";
            case MEAN_LIST_LENGTH -> "Mean list length";
            case MEAN_ONCALL_HOURS -> "On-call hours per GP";
            case MEAN_TOTAL_HOURS -> "Total hours per GP";
            case RECRUITS -> "Recruits in the year";
            case ACCEPTANCE_RATE -> "Offers accepted in the year";
            case MEAN_MONTHS_TO_FILL -> "Months to fill a post";
            case GPS_PER_10K -> "GPs per 10,000 residents";
            case SALARIED_SHARE -> "Salaried share";
            case MUNICIPAL_COST_NOK -> "Municipal net cost";
            case STATE_COST_NOK -> "State cost";
            default -> capital(m.description());
        };
    }

    private static String cell(Metric m, Estimate e, boolean difference) {
        if (e == null) {
            return "<td></td>";
        }
        String value = difference ? Format.signed(m, e) : Format.value(m, e);
        boolean sig = difference && e.excludesZero();
        return "<td class=\"num\">" + (sig ? "<b>" : "") + esc(value) + (sig ? "</b>" : "") + "<br><span class=\"ci\">"
                + esc(Format.interval(m, e)) + "</span></td>";
    }

    private String swatch(String scenario) {
        int i = r.scenarios().indexOf(scenario);
        if (i < 0) {
            return "";
        }
        java.awt.Color c = no.gpsim.output.charts.Palette.scenario(i);
        return String.format(Locale.ROOT, "<span class=\"sw\" style=\"background:#%02x%02x%02x\"></span>", c.getRed(),
                c.getGreen(), c.getBlue());
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Escapes text for HTML; a "://" in text from the run (a URL in a description, say) is written
     * with an entity so that the file holds no web address a browser might fetch or a check flag.
     */
    static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s == null ? "" : s).replace("://", "&#58;//");
    }

    /** The house style of gpsim's HTML pages ({@link HouseStyle}). */
    static final String CSS = HouseStyle.CSS;
}
