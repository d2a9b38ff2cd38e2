package no.gpsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a municipality profile, in the house style of {@link Charts}: a trajectory per
 * outcome (a line and a 95 % band per scenario, in the scenario's colour of the report, with the
 * centrality class dashed beside it), and where a municipality stands among those of its class.
 */
public final class ProfileChart {

    /**
     * One scenario's trajectory, in display units.
     *
     * @param scenarioIndex the scenario's position in the run (0: the base), which picks its colour
     * @param band per year {year, mean, low, high}; low and high equal the mean where there is no interval
     * @param reference per year {year, value} of the comparison line (the class), or empty
     */
    public record Series(String name, int scenarioIndex, List<double[]> band, List<double[]> reference) { }

    /** A point of the standing chart: residents and value, in display units. */
    public record Point(double residents, double value) { }

    private static final Stroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f);

    private ProfileChart() {
    }

    /**
     * A trajectory chart.
     *
     * @param referenceLabel legend text of the dashed lines, or null when there are none
     * @param includeZero whether the value axis must show zero (shares and counts are read against it)
     */
    public static JFreeChart trajectory(String title, String subtitle, String yLabel, List<Series> series,
                                        String referenceLabel, boolean includeZero) {
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        XYSeriesCollection references = new XYSeriesCollection();
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setAlpha(0.18f);
        XYLineAndShapeRenderer referenceRenderer = new XYLineAndShapeRenderer(true, false);
        LegendItemCollection legend = new LegendItemCollection();
        Line2D legendLine = new Line2D.Double(-12, 0, 12, 0);
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            YIntervalSeries band = new YIntervalSeries(s.name());
            for (double[] p : s.band()) {
                band.add(p[0], p[1], p[2], p[3]);
            }
            bands.addSeries(band);
            XYSeries reference = new XYSeries(s.name() + " (class)", false, true);
            for (double[] p : s.reference()) {
                reference.add(p[0], p[1]);
            }
            references.addSeries(reference);
            Color c = Palette.scenario(s.scenarioIndex());
            bandRenderer.setSeriesPaint(k, c);
            bandRenderer.setSeriesFillPaint(k, c);
            bandRenderer.setSeriesStroke(k, Palette.line(s.scenarioIndex()));
            referenceRenderer.setSeriesPaint(k, Palette.alpha(c, 0.75));
            referenceRenderer.setSeriesStroke(k, DASHED);
            legend.add(new LegendItem(s.name(), null, null, null, legendLine, Palette.line(s.scenarioIndex()), c));
        }
        if (referenceLabel != null) {
            legend.add(new LegendItem(referenceLabel, null, null, null, legendLine, DASHED, Color.GRAY));
        }
        XYPlot plot = new XYPlot(bands, yearAxis(), valueAxis(yLabel, includeZero), bandRenderer);
        plot.setDataset(1, references);
        plot.setRenderer(1, referenceRenderer);
        plot.setFixedLegendItems(legend);
        style(plot);
        return Charts.chart(title, subtitle, plot);
    }

    /**
     * The municipalities of a class by residents (log scale) and an outcome, with the profiled one
     * marked and named.
     */
    public static JFreeChart standing(String title, String subtitle, String xLabel, String yLabel, List<Point> others,
                                      Point own, String ownLabel, String othersLabel) {
        XYSeries rest = new XYSeries(othersLabel, false, true);
        for (Point p : others) {
            rest.add(Math.max(1, p.residents()), p.value());
        }
        XYSeries marked = new XYSeries(ownLabel, false, true);
        marked.add(Math.max(1, own.residents()), own.value());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(marked);
        data.addSeries(rest);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, new Color(0xC0, 0x39, 0x2B));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        renderer.setSeriesPaint(1, Palette.alpha(Palette.scenario(0), 0.45));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        LogAxis x = new ResidentsAxis(xLabel);
        x.setSmallestValue(1);
        x.setLabelFont(Palette.AXIS_LABEL);
        x.setTickLabelFont(Palette.TICK);
        XYPlot plot = new XYPlot(data, x, valueAxis(yLabel, true), renderer);
        XYTextAnnotation label = new XYTextAnnotation("  " + ownLabel, Math.max(1, own.residents()), own.value());
        label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        label.setPaint(new Color(0xC0, 0x39, 0x2B));
        // the name goes on the side with more room, so it is not cut off at the chart's edge
        double low = Math.log10(Math.max(1, own.residents()));
        double high = low;
        for (Point p : others) {
            low = Math.min(low, Math.log10(Math.max(1, p.residents())));
            high = Math.max(high, Math.log10(Math.max(1, p.residents())));
        }
        boolean right = high > low && (Math.log10(Math.max(1, own.residents())) - low) / (high - low) > 0.5;
        label.setText(right ? ownLabel + "  " : "  " + ownLabel);
        label.setTextAnchor(right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        plot.addAnnotation(label);
        style(plot);
        return Charts.chart(title, subtitle, plot);
    }

    /** A log axis labelled at 1, 2 and 5 times the powers of ten, in full ("2,000"), which reads as residents. */
    private static final class ResidentsAxis extends LogAxis {

        private static final long serialVersionUID = 1L;

        ResidentsAxis(String label) {
            super(label);
        }

        @Override
        protected List refreshTicksHorizontal(java.awt.Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            List<NumberTick> ticks = new ArrayList<>();
            DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            double low = getLowerBound();
            double high = getUpperBound();
            double span = Math.log10(high) - Math.log10(low);
            for (int e = (int) Math.floor(Math.log10(low)); e <= (int) Math.ceil(Math.log10(high)); e++) {
                for (int k : new int[] {1, 2, 5}) {
                    double v = k * Math.pow(10, e);
                    double at = (Math.log10(v) - Math.log10(low)) / span;
                    // a label at the very end of the axis would be cut off by the chart's edge
                    if (at >= 0.03 && at <= 0.97) {
                        ticks.add(new NumberTick(TickType.MAJOR, v, format.format(v), TextAnchor.TOP_CENTER,
                                TextAnchor.CENTER, 0));
                    }
                }
            }
            return ticks;
        }
    }

    private static NumberAxis yearAxis() {
        NumberAxis axis = new NumberAxis("Year (values at the end of the year; flows and costs over the year)");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setAutoRangeIncludesZero(false);
        axis.setLabelFont(Palette.AXIS_LABEL);
        axis.setTickLabelFont(Palette.TICK);
        return axis;
    }

    private static NumberAxis valueAxis(String label, boolean includeZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(includeZero);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setLabelFont(Palette.AXIS_LABEL);
        axis.setTickLabelFont(Palette.TICK);
        return axis;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
    }
}
