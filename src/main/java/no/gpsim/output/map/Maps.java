package no.gpsim.output.map;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.gpsim.experiment.Estimate;
import no.gpsim.observe.Metric;
import no.gpsim.output.RunResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The choropleth maps of a run, drawn from {@code municipalities_summary.csv} (end-year means
 * over replicates): for every scenario the share of residents without a GP, on-call hours per GP
 * and the share of vacant lists vacant for 12 months or more, and for every scenario after the
 * base its paired difference from the base in the share without a GP, hatched where the
 * difference's 95 % interval includes zero. Maps of one quantity share one colour scale, so that
 * scenarios can be compared by eye. The report shows the base's three maps and the difference
 * maps; all maps are written to {@code charts/} as {@code map-*.png} and {@code map-*.svg}.
 */
public final class Maps {

    /** Size a map is laid out at, in CSS pixels: Norway is tall. */
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 1100;
    /**
     * PNG pixels per CSS pixel. Maps are flat colour, sharp enough at 1:1 in the report, and the
     * SVG beside each PNG is there for print; twice the size would double the report.
     */
    public static final double PNG_SCALE = 1;

    /** The credit line drawn on every map and quoted under it in the report. */
    public static final String CREDIT = "Boundaries \u00a9 Kartverket (CC BY 4.0), 2024 division; contains data from "
            + "Statistics Norway (SSB) and the Norwegian Directorate of Health; values: gpsim model results";

    /**
     * One map.
     *
     * @param stem file name without extension ({@code map-...})
     * @param caption what is shown, the year, units and what hatching means, for the report
     * @param inReport whether the report shows it (every map is written to charts/)
     */
    public record MapChart(String stem, String caption, JFreeChart chart, boolean inReport) { }

    /**
     * One quantity mapped: which column, the factor to the legend's unit, the title after the
     * scenario's name, the unit and a sentence for the caption.
     */
    private record Quantity(String stem, Metric metric, double factor, String title, String unit, String what) { }

    private static final Quantity SHARE = new Quantity("share_without_gp", Metric.SHARE_WITHOUT_GP, 100,
            "residents without a GP", "% of residents", "Share of residents on lists without a GP");
    private static final Quantity ONCALL = new Quantity("oncall_hours", Metric.MEAN_ONCALL_HOURS, 1,
            "on-call hours per GP", "hours per GP per week", "Mean on-call hours per GP per week (own and back-up duty)");
    private static final Quantity VACANCY = new Quantity("vacancies_over_12m", Metric.VACANCIES_OVER_12M_SHARE, 100,
            "lists vacant 12 months or more", "% of vacant lists",
            "Share of the lists without a GP that have been without one for 12 months or more");
    private static final String PP = "percentage points";

    // The charts' fonts a quarter larger: the report shows maps two to a row, at about 0.6 of their size.
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 24);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    private static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font CREDIT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    private final RunResults results;
    private final Boundaries boundaries;
    private final int year;
    private final Map<String, String> stems = new LinkedHashMap<>();

    private Maps(RunResults results, Boundaries boundaries) {
        this.results = results;
        this.boundaries = boundaries;
        this.year = results.lastYear();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < results.scenarios().size(); i++) {
            String s = results.scenarios().get(i);
            String safe = s.replaceAll("[^A-Za-z0-9._-]", "_");
            stems.put(s, used.add(safe) ? safe : safe + "-" + (i + 1));
        }
    }

    /** The maps of a run, in report order; none when the run wrote no municipality summary. */
    public static List<MapChart> of(RunResults results) {
        if (results.municipalities().isEmpty()) {
            return List.of();
        }
        return new Maps(results, Boundaries.norway()).all();
    }

    private List<MapChart> all() {
        List<MapChart> out = new ArrayList<>();
        String base = results.base();
        List<String> others = results.scenarios().subList(1, results.scenarios().size());
        for (Quantity q : List.of(SHARE, ONCALL, VACANCY)) {
            ColourScale scale = ColourScale.sequential(upper(q));
            for (String s : results.scenarios()) {
                out.add(level(q, s, scale, s.equals(base)));
            }
        }
        if (!others.isEmpty()) {
            ColourScale scale = ColourScale.diverging(differenceRange(others));
            for (String s : others) {
                out.add(difference(s, scale));
            }
        }
        // the report's order: the base's levels, then the differences; files are the same either way
        List<MapChart> ordered = new ArrayList<>(out.stream().filter(MapChart::inReport).toList());
        out.stream().filter(m -> !m.inReport()).forEach(ordered::add);
        return ordered;
    }

    private Map<String, Double> values(String scenario, Quantity q) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (RunResults.Municipality m : results.municipalities()) {
            if (m.scenario().equals(scenario)) {
                Double x = m.means().get(q.metric());
                double value = x == null ? Double.NaN : x * q.factor();
                if (q == VACANCY && !(m.means().getOrDefault(Metric.LISTS_VACANT, Double.NaN) > 0)) {
                    value = Double.NaN;   // no vacant list: the share is not defined (the CSV writes 0)
                }
                v.put(m.code(), value);
            }
        }
        return v;
    }

    /**
     * The top of a level's scale, common to all scenarios: a round number at or above the 97.5th
     * percentile of the municipalities' values, so that a few tiny outliers do not wash out the rest.
     */
    private double upper(Quantity q) {
        List<Double> all = new ArrayList<>();
        for (String s : results.scenarios()) {
            values(s, q).values().stream().filter(x -> !x.isNaN()).forEach(all::add);
        }
        return ColourScale.niceCeiling(quantile(all, 0.975));
    }

    /**
     * Half the width of the difference scale, common to all scenarios: the 90th percentile of the
     * sizes of the clear differences (interval excluding zero; all differences if none is clear),
     * rounded up. Single small municipalities can move by tens of points; they take the end colours.
     */
    private double differenceRange(List<String> others) {
        List<Double> clear = new ArrayList<>();
        List<Double> any = new ArrayList<>();
        for (RunResults.Municipality m : results.municipalities()) {
            Estimate d = m.shareDiff();
            if (others.contains(m.scenario()) && d != null && !Double.isNaN(d.mean())) {
                any.add(Math.abs(d.mean()) * 100);
                if (d.excludesZero()) {
                    clear.add(Math.abs(d.mean()) * 100);
                }
            }
        }
        return ColourScale.niceCeiling(quantile(clear.isEmpty() ? any : clear, 0.9));
    }

    private static double quantile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p * v.length) - 1)];
    }

    private MapChart level(Quantity q, String scenario, ColourScale scale, boolean inReport) {
        Map<String, Double> v = values(scenario, q);
        String missing = q == VACANCY ? "No vacant list" : "No value";
        MapPlot plot = new MapPlot(boundaries, v, Set.of(), scale, null, missing);
        String clamp = clampNote(v, scale, q.unit());
        JFreeChart chart = chart(scenario + ": " + q.title() + ", end of " + year,
                "Mean over " + results.replicates() + " replicate(s)" + clamp, plot, q.unit());
        String caption = q.what() + " by municipality at the end of " + year + " in " + scenario + ", mean over "
                + results.replicates() + " replicate(s), in " + q.unit() + (q == VACANCY
                ? "; grey: no vacant list" : "") + ". All scenarios' maps of this quantity share one colour scale"
                + clamp + ".";
        return new MapChart("map-" + q.stem() + "-" + stems.get(scenario), caption, chart, inReport);
    }

    private MapChart difference(String scenario, ColourScale scale) {
        Map<String, Double> v = new LinkedHashMap<>();
        Set<String> hatched = new TreeSet<>();
        boolean intervals = false;
        for (RunResults.Municipality m : results.municipalities()) {
            if (m.scenario().equals(scenario)) {
                Estimate d = m.shareDiff();
                v.put(m.code(), d == null ? Double.NaN : d.mean() * 100);
                if (d != null && d.hasInterval()) {
                    intervals = true;
                    if (!d.excludesZero()) {
                        hatched.add(m.code());
                    }
                }
            }
        }
        String hatchLabel = intervals ? "95 % interval includes 0" : null;
        MapPlot plot = new MapPlot(boundaries, v, hatched, scale, hatchLabel, "No value");
        String clamp = clampNote(v, scale, PP);
        String sub = "Paired difference (scenario \u2212 base), mean over " + results.replicates() + " replicate(s)"
                + (intervals ? "" : "; one replicate: no intervals") + clamp;
        JFreeChart chart = chart(scenario + " \u2212 " + results.base() + ": residents without a GP, end of " + year, sub,
                plot, "Difference (" + PP + ")");
        String caption = "Paired difference of " + scenario + " from " + results.base() + " in the share of residents "
                + "without a GP at the end of " + year + ", in percentage points (teal: fewer residents without a GP "
                + "than in the base, brown: more). " + (intervals ? "Hatched grey: the difference's 95 % interval "
                + "includes zero, so the replicates do not show it clearly (" + hatched.size() + " of " + v.size()
                + " municipalities)" : "With one replicate there are no intervals") + ". All difference maps share one "
                + "colour scale" + clamp + ".";
        return new MapChart("map-difference-" + stems.get(scenario), caption, chart, true);
    }

    /** A note when some value lies beyond the scale and takes the colour of its end, else "". */
    private static String clampNote(Map<String, Double> values, ColourScale scale, String unit) {
        boolean clamped = values.values().stream().anyMatch(x -> !x.isNaN() && scale.clamps(x));
        if (!clamped) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return scale.getLowerBound() < 0
                ? "; beyond \u00b1" + f.format(scale.getUpperBound()) + " " + (unit.equals(PP) ? "pp" : unit)
                        + " in the end colours"
                : "; above " + f.format(scale.getUpperBound()) + " " + unit + " in the darkest colour";
    }

    /** A map in the house style: title, subtitle, colour legend on the right, credit line at the bottom. */
    static JFreeChart chart(String title, String subtitle, MapPlot plot, String legendLabel) {
        JFreeChart chart = titled(title, subtitle, plot);
        NumberAxis axis = new NumberAxis(legendLabel);
        axis.setRange(plot.scale().getLowerBound(), plot.scale().getUpperBound());
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        // about ten ticks at round steps
        axis.setTickUnit(new NumberTickUnit(ColourScale.niceStep(
                (plot.scale().getUpperBound() - plot.scale().getLowerBound()) / 10)));
        PaintScaleLegend legend = new PaintScaleLegend(plot.scale(), axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(22);
        legend.setSubdivisionCount(128);
        legend.setStripOutlineVisible(true);
        legend.setFrame(BlockBorder.NONE);
        legend.setMargin(new RectangleInsets(60, 10, 60, 0));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return credited(chart);
    }

    /**
     * A locator map: the municipalities of one place (a municipality, on-call district or region)
     * dark teal on the other municipalities of the run, pale, tiny ones marked with a dot, with the insets and
     * the credit line; for a profile page.
     *
     * @param runCodes every municipality of the run
     * @param members the place's municipalities
     */
    public static JFreeChart locator(String title, String subtitle, java.util.Collection<String> runCodes,
                                     java.util.Collection<String> members) {
        Map<String, Double> v = new java.util.TreeMap<>();
        for (String code : runCodes) {
            v.put(code, members.contains(code) ? -1.0 : 0.0);
        }
        // the diverging scale's ends and middle: the place dark teal, the others its pale neutral
        MapPlot plot = new MapPlot(Boundaries.norway(), v, Set.of(), ColourScale.diverging(1), null, "no value");
        if (members.size() <= 3) {
            Map<String, String> pointers = new java.util.TreeMap<>();
            Boundaries b = Boundaries.norway();
            for (String code : members) {
                if (b.get(code) != null) {
                    pointers.put(code, b.get(code).name());
                }
            }
            plot.setPointers(pointers);
        }
        JFreeChart chart = titled(title, subtitle, plot);
        return credited(chart);
    }

    /** A map chart with its title and grey subtitle, without a legend. */
    private static JFreeChart titled(String title, String subtitle, MapPlot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        TextTitle sub = new TextTitle(subtitle, SUBTITLE);
        sub.setPaint(new Color(0x55, 0x55, 0x55));
        chart.addSubtitle(sub);
        return chart;
    }

    /** The chart with the credit line at its foot, as every map carries. */
    private static JFreeChart credited(JFreeChart chart) {
        TextTitle credit = new TextTitle(CREDIT, CREDIT_FONT);
        credit.setPaint(new Color(0x55, 0x55, 0x55));
        credit.setPosition(RectangleEdge.BOTTOM);
        credit.setHorizontalAlignment(HorizontalAlignment.LEFT);
        credit.setPadding(new RectangleInsets(6, 4, 0, 4));
        chart.addSubtitle(credit);
        return chart;
    }
}
