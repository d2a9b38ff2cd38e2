package no.gpsim.output.profile;

import java.awt.Color;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import no.gpsim.output.charts.Palette;
import org.apache.commons.text.StringEscapeUtils;

/** Small pieces of a profile page's HTML: escaped text, a scenario's colour swatch, an embedded figure. */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for HTML; a "://" in text from the run is written with an entity, so the page
     * holds no web address a browser might fetch or a check flag.
     */
    static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s == null ? "" : s).replace("://", "&#58;//");
    }

    /** A square in the scenario's colour of the charts and the report, or nothing for an unknown scenario. */
    static String swatch(List<String> scenarios, String scenario) {
        int i = scenarios.indexOf(scenario);
        if (i < 0) {
            return "";
        }
        Color c = Palette.scenario(i);
        return String.format(Locale.ROOT, "<span class=\"sw\" style=\"background:#%02x%02x%02x\"></span>", c.getRed(),
                c.getGreen(), c.getBlue());
    }

    /** A figure with its PNG as a data URI, its text alternative and its caption. */
    static void figure(StringBuilder h, Figure f) {
        h.append("<figure id=\"").append(esc(f.id())).append("\"><img alt=\"").append(esc(f.alt()))
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(f.png()))
                .append("\"><figcaption>").append(esc(f.caption())).append("</figcaption></figure>\n");
    }
}
