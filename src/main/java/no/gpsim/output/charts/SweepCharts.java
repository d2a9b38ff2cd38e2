package no.gpsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Dose-response charts of a sweep: one outcome against one varied key, each point's mean over
 * replicates with its 95 % interval. Where the other keys take a few fixed values (a factorial
 * design), one line and band per combination of them; otherwise (a Latin hypercube, a Sobol
 * sequence, a CSV design) the points with their interval bars, the other keys varying too.
 */
public final class SweepCharts {

    /**
     * One design point's outcome.
     *
     * @param values the varied keys' values at the point
     * @param mean the outcome's mean over replicates
     * @param low lower end of its 95 % interval (NaN with one replicate)
     * @param high upper end
     */
    public record Point(double[] values, double mean, double low, double high) { }

    private static final int MAX_LINES = 10;

    private SweepCharts() {
    }

    /**
     * The chart of {@code outcome} against key {@code x}.
     *
     * @param keys the varied keys, in the order of {@link Point#values()}
     * @param factorial whether the design is a full factorial (lines), else points
     * @param replicates replicates per point, for the subtitle
     */
    public static JFreeChart doseResponse(List<String> keys, int x, String outcome, String outcomeLabel,
                                          List<Point> points, boolean factorial, int replicates) {
        Map<String, YIntervalSeries> lines = new LinkedHashMap<>();
        for (Point p : points) {
            String others = factorial ? others(keys, x, p.values()) : "design points";
            lines.computeIfAbsent(others, YIntervalSeries::new);
        }
        boolean asLines = factorial && lines.size() <= MAX_LINES;
        if (!asLines) {
            lines.clear();
            lines.put(factorial ? "design points (other keys at their levels)" : "design points (other keys varying)",
                    new YIntervalSeries("points"));
        }
        for (Point p : points) {
            String name = asLines ? others(keys, x, p.values()) : lines.keySet().iterator().next();
            double low = Double.isNaN(p.low()) ? p.mean() : p.low();
            double high = Double.isNaN(p.high()) ? p.mean() : p.high();
            lines.get(name).add(p.values()[x], p.mean(), low, high);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<String> names = new ArrayList<>(lines.keySet());
        for (String name : names) {
            YIntervalSeries s = lines.get(name);
            YIntervalSeries renamed = new YIntervalSeries(name.isEmpty() ? outcome : name);
            for (int i = 0; i < s.getItemCount(); i++) {
                renamed.add(s.getX(i).doubleValue(), s.getYValue(i), s.getYLowValue(i), s.getYHighValue(i));
            }
            data.addSeries(renamed);
        }
        NumberAxis xAxis = Charts.valueAxis(keys.get(x), false);
        NumberAxis yAxis = Charts.valueAxis(outcomeLabel, false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, null);
        if (asLines) {
            DeviationRenderer r = new DeviationRenderer(true, true);
            for (int i = 0; i < names.size(); i++) {
                Color c = Palette.scenario(i);
                r.setSeriesPaint(i, c);
                r.setSeriesFillPaint(i, Palette.alpha(c, 0.18));
                r.setSeriesStroke(i, new BasicStroke(2.2f));
            }
            r.setAlpha(0.25f);
            plot.setRenderer(r);
        } else {
            YIntervalRenderer r = new YIntervalRenderer();
            r.setSeriesPaint(0, Palette.scenario(1));
            plot.setRenderer(r);
        }
        Charts.styleXY(plot);
        String subtitle = String.format(Locale.ROOT, "%s against %s; %s: mean over %d replicate(s) with 95 %% interval",
                outcome, keys.get(x), asLines ? "lines and bands" : "dots and bars", replicates);
        JFreeChart chart = Charts.chart(outcome + " against " + keys.get(x), subtitle, plot);
        if (!asLines || names.size() == 1) {
            chart.removeLegend();
        }
        return chart;
    }

    private static String others(List<String> keys, int x, double[] values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i != x) {
                if (s.length() > 0) {
                    s.append(", ");
                }
                s.append(keys.get(i)).append(" = ").append(String.format(Locale.ROOT, "%.4g", values[i]));
            }
        }
        return s.toString();
    }
}
