package no.gpsim.output.profile;

import static no.gpsim.output.profile.Html.esc;
import static no.gpsim.output.profile.Html.figure;
import static no.gpsim.output.profile.Html.swatch;

import java.util.List;
import java.util.Locale;
import no.gpsim.data.MunicipalityReader;
import no.gpsim.experiment.Estimate;
import no.gpsim.output.RunResults;

/**
 * The parts of a profile page that set the place beside its centrality class: the class as a
 * whole, its median municipality, the place's rank and percentile, the class's chart, and for a
 * district or region the table of its members, each ranked in its own class.
 */
final class ClassSection {

    private final Profile p;
    private final Place place;
    private final RunResults r;
    private final Trajectory t;
    private final int start;
    private final int end;
    private final StringBuilder h;

    ClassSection(Profile profile, StringBuilder h) {
        this.p = profile;
        this.place = profile.place();
        this.r = profile.run().results;
        this.t = profile.trajectory();
        this.start = t.years().get(0);
        this.end = t.years().get(t.years().size() - 1);
        this.h = h;
    }

    /** The members of a district or region, each with its end-year share without a GP per scenario. */
    void appendMembers() {
        h.append("<h3>Member municipalities</h3>\n<p class=\"note\">Share of residents without a GP at the end of ")
                .append(end).append(", mean over replicates; rank: among the municipalities of its own centrality class ")
                .append("in ").append(esc(r.base())).append(" (1 = fewest without a GP).</p>\n<div class=\"wide\"><table>")
                .append("<thead><tr><th>Municipality</th><th>Centrality</th><th>Residents<br><span class=\"unit\">")
                .append("1 January ").append(start + 1).append("</span></th>");
        for (String s : r.scenarios()) {
            h.append("<th>").append(swatch(r.scenarios(), s)).append(esc(s)).append("<br><span class=\"unit\">% without a GP</span></th>");
        }
        h.append("<th>Rank in its class</th></tr></thead><tbody>\n");
        for (Places.Entry e : place.members()) {
            MunicipalityReader.Row d = p.run().data.get(e.code());
            h.append("<tr><td class=\"txt\">").append(esc(e.label())).append("</td><td class=\"num\">").append(e.centrality())
                    .append("</td><td class=\"num\">").append(d == null ? "" : esc(Show.number(d.population(), 0)))
                    .append("</td>");
            for (String s : r.scenarios()) {
                h.append("<td class=\"num\">").append(esc(Show.value(Measure.SHARE_WITHOUT_GP,
                        p.classes().mean(e.code(), s, Measure.SHARE_WITHOUT_GP)))).append("</td>");
            }
            ClassComparison.Standing st = p.classes().standing(e.code(), p.run().classCodes(e.centrality()), r.base(),
                    Measure.SHARE_WITHOUT_GP);
            h.append("<td class=\"num\">").append(st == null ? "" : esc(rank(st))).append("</td></tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    /** The section comparing the place with its centrality class. */
    void appendClass() {
        int c = place.centrality();
        List<String> codes = p.run().classCodes(c);
        h.append("<section id=\"class\"><h2>Compared with centrality class ").append(c).append("</h2>\n<p>")
                .append(esc("Centrality class " + c + " has " + codes.size() + " municipalities in this run. 'The class "
                        + "as a whole' adds up all of them, as the dashed lines do (summary.csv): its residents, GPs and "
                        + "lists together, so the large municipalities weigh most. 'The median municipality' is the middle "
                        + "one of the class's municipalities, each counted once."));
        if (place.single()) {
            h.append(esc(" The rank counts from the lowest value: rank 1 has the fewest residents without a GP, the "
                    + "fewest vacant lists, the shortest lists, the fewest on-call hours, the quickest filling of posts "
                    + "and the lowest cost per resident. Municipalities with the same value share a rank."));
        }
        h.append("</p>\n");
        if (place.single()) {
            summarySentence(codes);
        }
        h.append("<div class=\"wide\"><table><thead><tr><th>Outcome, end of ").append(end).append("</th><th>Scenario</th><th>")
                .append(esc(place.single() ? place.members().get(0).name() : "This " + (place.kind() == Place.Kind.REGION
                        ? "region" : "district"))).append("</th><th>Class ").append(c).append(" as a whole</th>")
                .append("<th>Median municipality of class ").append(c).append("</th>");
        if (place.single()) {
            h.append("<th>Rank in class ").append(c).append("</th><th>Percentile</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Measure m : ClassComparison.COMPARABLE) {
            boolean first = true;
            for (String s : r.scenarios()) {
                h.append("<tr>");
                if (first) {
                    h.append("<th class=\"row\" rowspan=\"").append(r.scenarios().size()).append("\">").append(esc(m.label()))
                            .append("<br><span class=\"unit\">").append(esc(m.unitText())).append("</span></th>");
                    first = false;
                }
                Estimate own = Show.bounded(m, t.value(s, end, m));
                h.append("<td class=\"txt\">").append(swatch(r.scenarios(), s)).append(esc(s)).append("</td><td class=\"num\">")
                        .append(esc(Show.value(m, own))).append(own == null ? "" : " <span class=\"ci\">"
                                + esc(Show.interval(m, own)) + "</span>").append("</td><td class=\"num\">")
                        .append(esc(Show.value(m, ClassComparison.classValue(r, s, c, end, m)))).append("</td><td class=\"num\">")
                        .append(esc(Show.value(m, p.classes().median(codes, s, m)))).append("</td>");
                if (place.single()) {
                    ClassComparison.Standing st = p.classes().standing(place.members().get(0).code(), codes, s, m);
                    h.append("<td class=\"num\">").append(st == null ? "" : esc(rank(st))).append("</td><td class=\"num\">")
                            .append(st == null || Double.isNaN(st.percentile()) ? "" : esc(Show.number(st.percentile(), 0)))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</tbody></table></div>\n");
        h.append("<p class=\"note\">").append(esc("Percentile: the share of the class's other municipalities with a lower "
                + "value, ties counted half (0: the lowest of the class, 100: the highest). Ranks and medians use each "
                + "municipality's end-year mean over the replicates where the outcome is defined; a municipality that "
                + "filled no post in " + end + " in any replicate has no time to fill and is left out of that rank."))
                .append("</p>\n");
        for (Figure f : p.classFigures()) {
            figure(h, f);
        }
        h.append("</section>\n");
    }

    /** One sentence a planner reads first: the base's share without a GP against the class. */
    private void summarySentence(List<String> codes) {
        Places.Entry e = place.members().get(0);
        String base = r.base();
        Estimate own = t.value(base, end, Measure.SHARE_WITHOUT_GP);
        ClassComparison.Standing st = p.classes().standing(e.code(), codes, base, Measure.SHARE_WITHOUT_GP);
        if (own == null || st == null) {
            return;
        }
        String sentence = String.format(Locale.ROOT, "In %s at the end of %d, %s has %s %% of its residents without a GP; "
                + "the median municipality of class %d has %s %%, and the class as a whole %s %%. That ranks %s in the "
                + "class.", base, end, e.name(), Show.value(Measure.SHARE_WITHOUT_GP, own), place.centrality(),
                Show.value(Measure.SHARE_WITHOUT_GP, st.median()),
                Show.value(Measure.SHARE_WITHOUT_GP, ClassComparison.classValue(r, base, place.centrality(), end,
                        Measure.SHARE_WITHOUT_GP)), rank(st));
        h.append("<p><b>").append(esc(sentence)).append("</b></p>\n");
    }

    private static String rank(ClassComparison.Standing st) {
        return st.ties() == 0 ? st.rank() + " of " + st.count()
                : st.rank() + "-" + (st.rank() + st.ties()) + " of " + st.count() + " (tied)";
    }
}
