package no.gpsim.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The history chart: a metric observed against simulated, month by month, with the band the
 * replicates span (5th to 95th percentile: a posterior predictive band when the run drew its
 * parameters from a posterior) and a marker at a dated reform.
 */
public final class HistoryChart {

    /** A simulated month: time in years (2020.0 = the start of January 2020), mean and band. */
    public record Simulated(double time, double mean, double low, double high) { }

    /** An observed figure at a time in years. */
    public record Observed(double time, double value, boolean heldOut) { }

    private HistoryChart() {
    }

    /**
     * @param scale multiplies every value (100 for shares in %)
     * @param reformTime time of the reform marker in years, or NaN for none
     */
    public static JFreeChart of(String title, String subtitle, String yLabel, List<Simulated> simulated,
                                List<Observed> observed, double scale, double reformTime, String reformLabel) {
        YIntervalSeries band = new YIntervalSeries("gpsim: mean and 5-95 % of replicates");
        for (Simulated s : simulated) {
            band.add(s.time(), s.mean() * scale, s.low() * scale, s.high() * scale);
        }
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band);
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setSeriesPaint(0, Palette.scenario(0));
        bandRenderer.setSeriesFillPaint(0, Palette.alpha(Palette.scenario(0), 0.25));
        bandRenderer.setSeriesStroke(0, new BasicStroke(2.2f));

        XYSeries fitted = new XYSeries("observed, in the fit window");
        XYSeries held = new XYSeries("observed, held out");
        for (Observed o : observed) {
            (o.heldOut() ? held : fitted).add(o.time(), o.value() * scale);
        }
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(fitted);
        points.addSeries(held);
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
        pointRenderer.setSeriesPaint(0, Color.BLACK);
        pointRenderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        pointRenderer.setSeriesPaint(1, new Color(0xC0, 0x39, 0x2B));
        pointRenderer.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10));

        NumberAxis x = new NumberAxis("Year");
        x.setAutoRangeIncludesZero(false);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        x.setLabelFont(Palette.AXIS_LABEL);
        x.setTickLabelFont(Palette.TICK);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        y.setLabelFont(Palette.AXIS_LABEL);
        y.setTickLabelFont(Palette.TICK);
        XYPlot plot = new XYPlot(points, x, y, pointRenderer);
        plot.setDataset(1, bands);
        plot.setRenderer(1, bandRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        if (!Double.isNaN(reformTime)) {
            ValueMarker m = new ValueMarker(reformTime, Color.GRAY, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            m.setLabel(reformLabel);
            m.setLabelFont(Palette.TICK);
            m.setLabelOffset(new RectangleInsets(8, 8, 8, 8));
            plot.addDomainMarker(m);
        }
        return Charts.chart(title, subtitle, plot);
    }
}
