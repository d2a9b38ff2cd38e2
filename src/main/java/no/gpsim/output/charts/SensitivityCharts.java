package no.gpsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a sensitivity analysis: the Morris plane (mu* against sigma, one labelled dot per key,
 * with the mu* interval) and the Sobol indices (first-order and total, bars with their bootstrap
 * intervals, keys ranked by the total index).
 */
public final class SensitivityCharts {

    /** A key's Morris measures. */
    public record MorrisPoint(String key, double muStar, double muStarLow, double muStarHigh, double sigma) { }

    /** A key's Sobol indices with their interval ends. */
    public record SobolBar(String key, double first, double firstLow, double firstHigh, double total, double totalLow,
                           double totalHigh) { }

    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private SensitivityCharts() {
    }

    /**
     * The mu*-sigma plane; the {@code labelled} keys with the largest mu* get their names.
     *
     * @param unit the outcome's unit, for the axes
     */
    public static JFreeChart morrisPlane(String outcome, String unit, List<MorrisPoint> points, int labelled,
                                         int trajectories) {
        XYIntervalSeries dots = new XYIntervalSeries("keys");
        for (MorrisPoint p : points) {
            double lo = Double.isNaN(p.muStarLow()) ? p.muStar() : p.muStarLow();
            double hi = Double.isNaN(p.muStarHigh()) ? p.muStar() : p.muStarHigh();
            dots.add(p.muStar(), lo, hi, p.sigma(), p.sigma(), p.sigma());
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(dots);
        NumberAxis x = Charts.valueAxis("mu* (mean absolute elementary effect, " + unit + " over the key's range)", true);
        NumberAxis y = Charts.valueAxis("sigma (spread of the elementary effects, " + unit + ")", true);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDrawXError(true);
        r.setSeriesPaint(0, Palette.scenario(1));
        r.setErrorPaint(Palette.alpha(Palette.scenario(1), 0.5));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        XYPlot plot = new XYPlot(data, x, y, r);
        Charts.styleXY(plot);
        // the sigma = mu* line: above it, a key's effect depends strongly on the others (interactions, non-linearity)
        double max = 0;
        for (MorrisPoint p : points) {
            max = Math.max(max, Math.max(Double.isNaN(p.muStarHigh()) ? p.muStar() : p.muStarHigh(), p.sigma()));
        }
        double maxSigma = 0;
        for (MorrisPoint p : points) {
            maxSigma = Math.max(maxSigma, p.sigma());
        }
        double top = Math.min(max, maxSigma * 1.25) * 1.05;
        XYSeries diagonal = new XYSeries("sigma = mu*");
        diagonal.add(0, 0);
        diagonal.add(top, top);
        plot.setDataset(1, new XYSeriesCollection(diagonal));
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer line =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Color.GRAY);
        line.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {5f, 4f}, 0f));
        plot.setRenderer(1, line);
        // labels for the largest effects, each placed at the first corner of its dot where it overlaps no other label
        // (sizes estimated in data units from the plot's extent: about 0.75 % of the width per character, 3.5 % of the height)
        double xSpan = Math.max(max, 1e-12) * 1.05;
        double ySpan = Math.max(top, 1e-12);
        List<double[]> placed = new java.util.ArrayList<>();
        List<MorrisPoint> ranked = points.stream().sorted((a, b) -> Double.compare(b.muStar(), a.muStar())).toList();
        TextAnchor[] anchors = {TextAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT};
        for (int i = 0; i < Math.min(labelled, ranked.size()); i++) {
            MorrisPoint p = ranked.get(i);
            if (p.muStar() <= 0) {
                break;
            }
            String text = " " + p.key() + " ";
            double w = text.length() * 0.0075 * xSpan;
            double h = 0.035 * ySpan;
            for (TextAnchor anchor : anchors) {
                boolean left = anchor == TextAnchor.BOTTOM_LEFT || anchor == TextAnchor.TOP_LEFT;
                boolean bottom = anchor == TextAnchor.BOTTOM_LEFT || anchor == TextAnchor.BOTTOM_RIGHT;
                double[] box = {left ? p.muStar() : p.muStar() - w, bottom ? p.sigma() : p.sigma() - h,
                    left ? p.muStar() + w : p.muStar(), bottom ? p.sigma() + h : p.sigma()};
                boolean free = box[0] >= 0;
                for (double[] b : placed) {
                    free &= box[2] <= b[0] || box[0] >= b[2] || box[3] <= b[1] || box[1] >= b[3];
                }
                if (free || anchor == anchors[anchors.length - 1]) {
                    if (free) {
                        placed.add(box);
                        XYTextAnnotation a = new XYTextAnnotation(text, p.muStar(), p.sigma());
                        a.setFont(LABEL);
                        a.setTextAnchor(anchor);
                        plot.addAnnotation(a);
                    }
                    break;
                }
            }
        }
        JFreeChart chart = Charts.chart("Morris screening: " + outcome, String.format(Locale.ROOT, "%d keys, %d "
                + "trajectories; horizontal bars: 95 %% bootstrap interval of mu*; dashed: sigma = mu*", points.size(),
                trajectories), plot);
        chart.removeLegend();
        return chart;
    }

    /** The Sobol indices of the {@code shown} keys with the largest total index. */
    public static JFreeChart sobolBars(String outcome, List<SobolBar> bars, int shown, int samples) {
        List<SobolBar> ranked = bars.stream().sorted((a, b) -> Double.compare(b.total(), a.total()))
                .limit(shown).toList();
        XYIntervalSeries first = new XYIntervalSeries("first order S1");
        XYIntervalSeries total = new XYIntervalSeries("total ST");
        String[] names = new String[ranked.size()];
        for (int i = 0; i < ranked.size(); i++) {
            SobolBar b = ranked.get(i);
            int pos = ranked.size() - 1 - i;
            names[pos] = b.key();
            first.add(pos - 0.2, pos - 0.38, pos - 0.02, b.first(), nz(b.firstLow(), b.first()), nz(b.firstHigh(), b.first()));
            total.add(pos + 0.2, pos + 0.02, pos + 0.38, b.total(), nz(b.totalLow(), b.total()), nz(b.totalHigh(), b.total()));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(first);
        data.addSeries(total);
        SymbolAxis keys = new SymbolAxis(null, names);
        keys.setTickLabelFont(Palette.TICK);
        keys.setGridBandsVisible(false);
        NumberAxis value = Charts.valueAxis("Sobol index (share of the outcome's variance)", true);
        XYBarRenderer bars0 = new XYBarRenderer();
        bars0.setBarPainter(new StandardXYBarPainter());
        bars0.setShadowVisible(false);
        bars0.setSeriesPaint(0, Palette.alpha(Palette.scenario(1), 0.75));
        bars0.setSeriesPaint(1, Palette.alpha(Palette.scenario(2), 0.75));
        XYPlot plot = new XYPlot(data, keys, value, bars0);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setDrawYError(true);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setErrorPaint(Color.BLACK);
        whiskers.setCapLength(6);
        whiskers.setSeriesVisibleInLegend(0, false);
        whiskers.setSeriesVisibleInLegend(1, false);
        plot.setDataset(1, data);
        plot.setRenderer(1, whiskers);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // the legend names the two bars once (the whiskers' renderer would repeat them)
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        legend.add(bars0.getLegendItem(0, 0));
        legend.add(bars0.getLegendItem(0, 1));
        plot.setFixedLegendItems(legend);
        Charts.styleXY(plot);
        // the axis spans the intervals as well as the bars
        double lo = 0;
        double hi = 0;
        for (SobolBar b : ranked) {
            lo = Math.min(lo, Math.min(nz(b.firstLow(), b.first()), nz(b.totalLow(), b.total())));
            hi = Math.max(hi, Math.max(nz(b.firstHigh(), b.first()), nz(b.totalHigh(), b.total())));
        }
        value.setRange(lo - 0.02, Math.max(hi, 0.05) * 1.04);
        return Charts.chart("Sobol indices: " + outcome, String.format(Locale.ROOT, "The %d keys with the largest total "
                + "index; %d base samples (Saltelli design); black bars: 95 %% bootstrap intervals", ranked.size(),
                samples), plot);
    }

    private static double nz(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }
}
