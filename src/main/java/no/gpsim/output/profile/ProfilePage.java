package no.gpsim.output.profile;

import static no.gpsim.output.profile.Html.esc;
import static no.gpsim.output.profile.Html.figure;
import static no.gpsim.output.profile.Html.swatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.data.MunicipalityReader;
import no.gpsim.experiment.Estimate;
import no.gpsim.observe.SizeClass;
import no.gpsim.output.RunResults;

/**
 * The HTML of a profile: one self-contained file with inline CSS and the figures as PNG data
 * URIs, no scripts, fonts or links outside the file. Sections: key figures at the start, the
 * trajectories under each scenario, the end-year table with intervals and differences from the
 * base, the comparison with the centrality class, and how to read it. All text from the run is
 * escaped.
 */
final class ProfilePage {

    /** The columns of the end-year table. */
    static final List<Measure> END_TABLE = List.of(Measure.SHARE_WITHOUT_GP, Measure.PATIENTS_WITHOUT_GP,
            Measure.LISTS_VACANT, Measure.GPS, Measure.MEAN_LIST_LENGTH, Measure.MEAN_ONCALL_HOURS, Measure.MONTHS_TO_FILL,
            Measure.MUNICIPAL_COST, Measure.COST_PER_RESIDENT);

    private final Profile p;
    private final Place place;
    private final RunResults r;
    private final Trajectory t;
    private final int start;
    private final int end;
    private final StringBuilder h = new StringBuilder(1 << 16);

    ProfilePage(Profile profile) {
        this.p = profile;
        this.place = profile.place();
        this.r = profile.run().results;
        this.t = profile.trajectory();
        this.start = t.years().get(0);
        this.end = t.years().get(t.years().size() - 1);
    }

    String render() {
        JsonNode m = r.manifest();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc("gpsim profile: " + place.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header><h1>").append(esc(place.title())).append("</h1>\n<p class=\"lead\">")
                .append(esc(kindText() + " from " + runText())).append("</p>\n");
        h.append("<nav><a href=\"#key\">Key figures</a> <a href=\"#trajectories\">Trajectories</a> ")
                .append("<a href=\"#end\">End of ").append(end).append("</a> <a href=\"#class\">Centrality class ")
                .append(place.centrality()).append("</a> <a href=\"#read\">How to read this</a></nav>\n</header>\n<main>\n");
        keyFigures();
        trajectories();
        endTable();
        new ClassSection(p, h).appendClass();
        howToRead();
        h.append("</main>\n<footer>").append(esc("Written by gpsim " + m.path("gpsim_version").asText()
                + " from run.json, summary.csv, municipalities_summary.csv and the per-replicate municipalities file of "
                + "the run directory; 'gpsim profile <run directory> " + place.kind().option() + " "
                + place.query() + "' writes it again.")).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private String kindText() {
        return switch (place.kind()) {
            case MUNICIPALITY -> "Municipality profile";
            case DISTRICT -> "Profile of an on-call district of " + place.members().size() + " municipalit"
                    + (place.members().size() == 1 ? "y" : "ies");
            case REGION -> "Profile of a BA region of " + place.members().size() + " municipalit"
                    + (place.members().size() == 1 ? "y" : "ies");
        };
    }

    private String runText() {
        List<String> s = r.scenarios();
        String what = s.size() == 1 ? "a gpsim run of " + s.get(0)
                : "a gpsim comparison of " + s.get(0) + " (the base) with " + String.join(", ", s.subList(1, s.size()));
        return what + ": " + r.replicates() + " replicates per scenario, year-end values from " + start + " (the data) to "
                + end + ".";
    }

    // ---- key figures -------------------------------------------------------------------------

    private void keyFigures() {
        h.append("<section id=\"key\"><h2>Key figures at the start: 31 December ").append(start)
                .append(" (the data)</h2>\n<p>").append(esc(place.definition())).append("</p>\n<div class=\"key\">")
                .append("<table class=\"facts\"><tbody>\n");
        List<Places.Entry> members = place.members();
        List<MunicipalityReader.Row> data = new ArrayList<>();
        for (Places.Entry e : members) {
            MunicipalityReader.Row d = p.run().data.get(e.code());
            if (d != null) {
                data.add(d);
            }
        }
        boolean haveData = data.size() == members.size();
        if (place.single()) {
            Places.Entry e = members.get(0);
            RunResults.Municipality s = p.run().summaryRows.get(e.code());
            fact("County", e.county());
            fact("Centrality", "class " + e.centrality() + " (1 = most central, 6 = least central), SSB centrality index "
                    + (s == null ? "" : Show.number(s.centralityIndex(), 0)) + " of 1,000");
            fact("Size class", (s == null ? "" : s.sizeClass()) + " inhabitants");
            if (haveData) {
                fact("BA region", data.get(0).baRegionCode() + " " + data.get(0).baRegionName());
            }
        } else {
            fact("Municipalities", Integer.toString(members.size()));
            fact("Centrality", "compared with class " + place.centrality() + ", that of its most populous member "
                    + Place.largest(members).label() + "; members by class: " + classMix());
            if (haveData) {
                long residents = 0;
                for (MunicipalityReader.Row d : data) {
                    residents += d.population();
                }
                fact("Size class", SizeClass.of(residents).label() + " inhabitants (all members together)");
            }
        }
        if (haveData) {
            long[] ages = new long[4];
            long residents = 0;
            for (MunicipalityReader.Row d : data) {
                residents += d.population();
                for (int a = 0; a < 4; a++) {
                    ages[a] += d.byAge()[a];
                }
            }
            String[] labels = {"0-17", "18-66", "67-79", "80+"};
            List<String> parts = new ArrayList<>();
            for (int a = 0; a < 4; a++) {
                parts.add(labels[a] + ": " + Show.number(ages[a], 0) + " (" + Show.number(100.0 * ages[a] / residents, 0)
                        + " %)");
            }
            fact("Residents, 1 January " + (start + 1), Show.number(residents, 0) + "; aged " + String.join(", ", parts));
        }
        startFact("Residents on the GP lists", Measure.POPULATION, "the model's population");
        startFact("GPs holding a list", Measure.GPS, null);
        startFact("Lists", Measure.LISTS, null);
        startFact("Vacant lists", Measure.LISTS_VACANT, null);
        Estimate without = t.value(r.base(), start, Measure.PATIENTS_WITHOUT_GP);
        Estimate share = t.value(r.base(), start, Measure.SHARE_WITHOUT_GP);
        fact("Residents without a GP", without == null ? "" : Show.value(Measure.PATIENTS_WITHOUT_GP, without) + " ("
                + Show.value(Measure.SHARE_WITHOUT_GP, share) + " % of residents on the lists)");
        startFact("Patients per GP", Measure.MEAN_LIST_LENGTH, null);
        startFact("On-call hours per GP per week", Measure.MEAN_ONCALL_HOURS,
                "the model's start: who is exempt is drawn, so it differs by replicate");
        for (Places.Entry e : members) {
            RunResults.Municipality s = p.run().summaryRows.get(e.code());
            if (s != null && s.imputed()) {
                fact("Imputed", e.label() + ": the data have no GP figures, so gpsim imputed them from the median of its "
                        + "centrality class");
            }
        }
        h.append("</tbody></table>\n");
        for (Figure f : p.placeFigures()) {
            figure(h, f);
        }
        h.append("</div>\n<p class=\"note\">").append(esc(p.run().dataNote)).append("</p>\n");
        if (!place.single()) {
            new ClassSection(p, h).appendMembers();
        }
        h.append("</section>\n");
    }

    private String classMix() {
        int[] count = new int[7];
        for (Places.Entry e : place.members()) {
            count[e.centrality()]++;
        }
        List<String> parts = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            if (count[c] > 0) {
                parts.add(count[c] + " in class " + c);
            }
        }
        return String.join(", ", parts);
    }

    private void startFact(String label, Measure m, String note) {
        Estimate e = Show.bounded(m, t.value(r.base(), start, m));
        if (e == null) {
            return;
        }
        String value = Show.value(m, e);
        if (e.hasInterval() && e.high() > e.low()) {
            value += " " + Show.interval(m, e) + " (mean and 95 % interval over replicates)";
        }
        fact(label, value + (note == null ? "" : "; " + note));
    }

    private void fact(String term, String value) {
        h.append("<tr><th class=\"row\">").append(esc(term)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    // ---- trajectories ------------------------------------------------------------------------

    private void trajectories() {
        h.append("<section id=\"trajectories\"><h2>Trajectories under each scenario</h2>\n<p>Each line is a scenario's ")
                .append("mean over ").append(r.replicates()).append(" replicates, its band the 95 % confidence interval; ")
                .append("the colours are those of the comparison's report. The dashed lines are centrality class ")
                .append(place.centrality()).append(" as a whole in the same scenario. A band is cut where Student's t ")
                .append("reaches past what is possible (below zero, above 100 %), and left out in a year where fewer ")
                .append("than ").append(ProfileFigures.MIN_BAND).append(" replicates have a value; the table below gives every ")
                .append("interval.</p>\n");
        for (Figure f : p.trajectoryFigures()) {
            figure(h, f);
        }
        for (Measure m : ProfileFigures.TRAJECTORIES) {
            if (!t.hasValues(m)) {
                h.append("<p class=\"note\">").append(esc(m.label() + ": no replicate of any scenario has a value after "
                        + start + (m == Measure.MONTHS_TO_FILL ? " (no post was filled)" : " (no GP held a list)")
                        + ", so there is no chart.")).append("</p>\n");
            }
        }
        h.append("</section>\n");
    }

    // ---- end-year table ----------------------------------------------------------------------

    private void endTable() {
        h.append("<section id=\"end\"><h2>At the end of ").append(end).append("</h2>\n<p>Mean over replicates with ")
                .append("its 95 % interval below it; for the other scenarios the line Δ gives the paired difference from ")
                .append(esc(r.base())).append(", in bold when its interval excludes zero. Stocks at 31 December; posts ")
                .append("filled, time to fill and cost over the year. The first column is the start (the data, 31 ")
                .append("December ").append(start).append("). n = k: the figure is defined in k of the ")
                .append(r.replicates()).append(" replicates only.</p>\n<div class=\"wide\"><table><thead><tr>")
                .append("<th>Outcome</th><th>Start, ").append(start).append("</th>");
        for (String s : r.scenarios()) {
            h.append("<th>").append(swatch(r.scenarios(), s)).append(esc(s)).append("<br><span class=\"unit\">end of ").append(end)
                    .append("</span></th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Measure m : END_TABLE) {
            h.append("<tr><th class=\"row\">").append(esc(m.label())).append(m.unitText().isEmpty() ? ""
                    : "<br><span class=\"unit\">" + esc(m.unitText()) + "</span>").append("</th>")
                    .append(cell(m, m.isFlow() ? null : t.value(r.base(), start, m), null));
            for (String s : r.scenarios()) {
                h.append(cell(m, t.value(s, end, m), s.equals(r.base()) ? null : t.difference(s, end, m)));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n</section>\n");
    }

    private String cell(Measure m, Estimate value, Estimate diff) {
        if (value == null && diff == null) {
            return "<td></td>";
        }
        Estimate e = Show.bounded(m, value);
        StringBuilder c = new StringBuilder("<td class=\"num\">");
        if (e != null) {
            c.append(esc(Show.value(m, e))).append("<br><span class=\"ci\">").append(esc(Show.interval(m, e)))
                    .append(esc(count(e))).append("</span>");
        }
        if (diff != null) {
            boolean sig = diff.excludesZero();
            c.append("<br><span class=\"d").append(sig ? " sig" : "").append("\">Δ ").append(esc(Show.signed(m, diff)))
                    .append(" <span class=\"iv\">").append(esc(Show.interval(m, diff))).append(esc(count(diff)))
                    .append("</span></span>");
        }
        return c.append("</td>").toString();
    }

    private String count(Estimate e) {
        return e.n() < r.replicates() ? " n = " + e.n() : "";
    }

    // ---- how to read -------------------------------------------------------------------------

    private void howToRead() {
        List<String> items = new ArrayList<>();
        items.add("Each scenario was simulated " + r.replicates() + " times (replicates). Replicate r of every scenario "
                + "used the same seed, so the scenarios met the same random draws and their differences come from the "
                + "levers, not from luck.");
        items.add("A number is the mean over replicates; the interval is a 95 % confidence interval for that mean "
                + "(Student's t over replicates). It says how precisely the replicates pin down the model's expected "
                + "outcome, not how certain the future is.");
        items.add("An interval is cut at zero, and a share's at 100 %, where Student's t reaches past what is "
                + "possible: with a few replicates of an outcome that is all or nothing (the one list of a one-GP "
                + "municipality is vacant or not) it does.");
        items.add("Differences (Δ) are paired: replicate r of a scenario minus replicate r of the base. A difference "
                + "whose interval excludes zero (bold) is one the replicates show clearly.");
        items.add("Stocks (GPs, lists, residents without a GP, shares, hours) are values on 31 December; posts filled, "
                + "time to fill and costs are over the calendar year. " + start + " is the start, from the data; "
                + "on-call hours at the start are the model's, since who is exempt from duty is drawn.");
        items.add("A small municipality has few GPs: one GP leaving empties a whole list, so its share without a GP "
                + "jumps between replicates and years and its intervals are wide. Read the direction and the size of "
                + "the differences rather than single years.");
        items.add("Patients per GP and on-call hours are means per GP, left out of a replicate in which the place had no "
                + "GP; time to fill is the mean over the posts filled in the year, left out where none was filled. "
                + "The cost is the municipality's net cost of its GP service after state transfers, at the model's "
                + "price level; per resident it is over the residents on the lists at the year's end.");
        if (!place.single()) {
            items.add("The members are added up in each replicate before the intervals are taken: counts and costs are "
                    + "summed; the share without a GP is weighted by residents, patients per GP and on-call hours by GPs, "
                    + "time to fill by the posts filled (as the model sums its groups).");
        }
        items.add("The class lines are centrality class " + place.centrality() + " as a whole in each scenario. For "
                + "vacant lists the dashed line is the class's share of vacant lists applied to this place's lists, so "
                + "that it is on the same scale.");
        items.add(intervalKind());
        items.add("These are model results: they show how the levers work through the model's assumptions (see the "
                + "scenario files and docs/MODEL.md), best read as directions and relative sizes, not forecasts.");
        h.append("<section id=\"read\"><h2>How to read this</h2>\n<ul>\n");
        for (String s : items) {
            h.append("<li>").append(esc(s)).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private String intervalKind() {
        JsonNode posterior = r.manifest().path("posterior");
        if (posterior.isMissingNode() || posterior.isNull()) {
            return "The replicates differ by chance only: every one used the same parameters, so the intervals leave out "
                    + "the uncertainty of the calibrated parameters.";
        }
        return "Each replicate drew its parameter set from the calibration's posterior, the same draw in every "
                + "scenario: the intervals cover the parameters' uncertainty as well as chance.";
    }

    /** The report's style, with what a profile changes: a narrower page, the key figures beside the map. */
    private static final String CSS = no.gpsim.output.report.HouseStyle.CSS + """
            body{max-width:1180px}h1{font-size:28px}
            th.row{white-space:normal}td.txt{white-space:nowrap}
            table.facts{font-size:14px;max-width:620px}table.facts td{text-align:left}
            .key{font-family:inherit;font-size:inherit;white-space:normal;display:flex;flex-wrap:wrap;gap:18px;
            align-items:flex-start}
            .key figure{flex:1 1 420px;margin:6px 0}
            .d{white-space:nowrap}.iv{font-weight:400;white-space:normal}
            figure img{max-width:1000px}
            figcaption{max-width:1000px}
            """;
}
