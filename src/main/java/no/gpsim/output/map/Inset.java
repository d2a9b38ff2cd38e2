package no.gpsim.output.map;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * An enlarged view of a densely settled area, drawn in a framed box on the main map, so that its
 * small municipalities can be told apart.
 *
 * @param label the box's title; its first word also marks the area's rectangle on the main map
 * @param focus codes of the municipalities the view must show whole (neighbours around them show in part)
 * @param placement where the box sits on the main map, in UTM 33 metres (over Sweden or the sea,
 *        where there is no Norwegian municipality to hide)
 */
public record Inset(String label, List<String> focus, Envelope placement) {

    /**
     * Oslo and its neighbours, Bergen and Trondheim, stacked east of southern Norway over Sweden.
     * Placements span the same width, about 330 km, and together the height of Norway south of
     * Trøndelag's border with Sweden.
     */
    public static final List<Inset> NORWAY = List.of(
            new Inset("Oslo and neighbours",
                    List.of("0301", "3201", "3205", "3207", "3212", "3222", "3224", "3232"),
                    new Envelope(640_000, 1_110_000, 6_455_000, 6_865_000)),
            new Inset("Bergen area", List.of("4601", "4627", "4630"),
                    new Envelope(640_000, 1_110_000, 6_895_000, 7_190_000)),
            new Inset("Trondheim area", List.of("5001", "5028", "5029", "5031"),
                    new Envelope(640_000, 1_110_000, 7_220_000, 7_515_000)));

    /** The first word of the label, written beside the area's rectangle on the main map. */
    public String shortLabel() {
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }
}
