package no.gpsim.output.charts;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gpsim.experiment.Estimate;
import no.gpsim.observe.Metric;
import no.gpsim.output.RunResults;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a run, drawn from its statistics only. Every chart has a title, a subtitle saying
 * what the bands or bars show, axes with units and a legend; shares are drawn in percent, costs in
 * millions of NOK. Charts of differences need at least two scenarios and are left out otherwise.
 */
public final class Charts {

    /**
     * One chart.
     *
     * @param stem file name without extension
     * @param caption one sentence for the report
     */
    public record Named(String stem, String caption, JFreeChart chart) { }

    private static final String BANDS = "Lines: mean over %d replicate(s); bands: 95 %% confidence interval";
    private static final String PP = "percentage points";

    private final RunResults results;
    private final int lastYear;

    private Charts(RunResults results) {
        this.results = results;
        this.lastYear = results.lastYear();
    }

    /** All charts of a run, in report order. */
    public static List<Named> of(RunResults results) {
        return new Charts(results).all();
    }

    private List<Named> all() {
        List<Named> out = new ArrayList<>();
        boolean compared = results.scenarios().size() > 1;
        out.add(new Named("share_without_gp", "Share of residents on lists without a GP, national, at the end of each year.",
                timeSeries("Residents without a GP, national", "Residents without a GP (% of residents)", "national",
                        "all", Metric.SHARE_WITHOUT_GP, 100, false)));
        if (compared) {
            out.add(new Named("share_without_gp_difference", "Paired difference from the base in the national share "
                    + "without a GP; below zero means fewer residents without a GP than the base.",
                    timeSeries("Difference from " + results.base() + ": residents without a GP",
                            "Difference (" + PP + ")", "national", "all", Metric.SHARE_WITHOUT_GP, 100, true)));
        }
        out.add(new Named("oncall_hours", "Mean on-call hours per GP per week (own and back-up duty), national.",
                timeSeries("On-call hours per GP, national", "On-call hours per GP (hours per week)", "national", "all",
                        Metric.MEAN_ONCALL_HOURS, 1, false)));
        out.add(new Named("oncall_hours_centrality_6", "Mean on-call hours per GP per week in the least central "
                + "municipalities (centrality class 6).",
                timeSeries("On-call hours per GP, centrality class 6 (least central)",
                        "On-call hours per GP (hours per week)", "centrality", "6", Metric.MEAN_ONCALL_HOURS, 1, false)));
        out.add(new Named("gps_and_vacant_lists", "GPs holding a list (top) and lists without a GP (bottom), national, "
                + "at the end of each year.", gpsAndVacancies()));
        out.add(new Named("recruits", "Posts filled per year, national.",
                timeSeries("Recruits per year, national", "Posts filled (per year)", "national", "all", Metric.RECRUITS, 1,
                        false)));
        out.add(new Named("share_without_gp_by_centrality", "Share of residents without a GP at the end of " + lastYear
                + " by centrality class and scenario; error bars: 95 % confidence interval.", byCentrality()));
        if (compared) {
            out.add(new Named("difference_by_centrality", "Paired difference from the base in the share without a GP "
                    + "at the end of " + lastYear + ", by centrality class; error bars: 95 % confidence interval.",
                    differenceByCentrality()));
        }
        out.add(new Named("costs", "Municipal net cost and state cost in " + lastYear + " per scenario; error bars: "
                + "95 % confidence interval.", costs()));
        java.nio.file.Path ce = results.dir().resolve("cost_effectiveness.csv");
        if (compared && java.nio.file.Files.exists(ce)) {
            out.add(new Named("cost_effect_plane", "Each scenario against " + results.base() + " over the whole horizon: "
                    + "resident-years with a GP gained (right is better) and extra public cost, state and municipalities "
                    + "(up is dearer); bars: 95 % confidence intervals. Below zero the scenario saves public money.",
                    costEffectPlane(ce)));
        }
        if (!results.municipalities().isEmpty()) {
            out.add(new Named("centrality_scatter", "Each point is a municipality: its SSB centrality index against its "
                    + "share of residents without a GP at the end of " + lastYear + " (mean over replicates).", scatter()));
        }
        return out;
    }

    private static double orElse(String cell, double fallback) {
        return cell == null || cell.isBlank() ? fallback : Double.parseDouble(cell);
    }

    /** The cost-effect plane from cost_effectiveness.csv: one point per scenario with its interval cross. */
    private JFreeChart costEffectPlane(java.nio.file.Path file) {
        org.jfree.data.xy.XYIntervalSeriesCollection data = new org.jfree.data.xy.XYIntervalSeriesCollection();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            for (org.apache.commons.csv.CSVRecord row : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).get().parse(in)) {
                org.jfree.data.xy.XYIntervalSeries point = new org.jfree.data.xy.XYIntervalSeries(row.get("scenario"));
                double x = Double.parseDouble(row.get("resident_years_with_gp_gained")) / 1000;
                double y = Double.parseDouble(row.get("extra_public_cost_nok")) / 1e9;
                // one replicate: no intervals (empty cells), the cross shrinks to the point
                point.add(x, orElse(row.get("resident_years_gained_low"), x * 1000) / 1000,
                        orElse(row.get("resident_years_gained_high"), x * 1000) / 1000, y,
                        orElse(row.get("extra_public_cost_low"), y * 1e9) / 1e9,
                        orElse(row.get("extra_public_cost_high"), y * 1e9) / 1e9);
                data.addSeries(point);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        org.jfree.chart.renderer.xy.XYErrorRenderer renderer = new org.jfree.chart.renderer.xy.XYErrorRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultLinesVisible(false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            java.awt.Color c = Palette.scenario(results.scenarios().indexOf(String.valueOf(data.getSeriesKey(i))));
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        renderer.setErrorPaint(java.awt.Color.GRAY);
        NumberAxis x = valueAxis("Resident-years with a GP gained (thousands)", true);
        NumberAxis y = valueAxis("Extra public cost (bn NOK, state and municipalities)", true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        styleXY(plot);
        plot.addDomainMarker(new org.jfree.chart.plot.ValueMarker(0, java.awt.Color.GRAY, new java.awt.BasicStroke(1.2f)));
        plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, java.awt.Color.GRAY, new java.awt.BasicStroke(1.2f)));
        return chart("Cost and effect against " + results.base() + ", over the horizon to " + lastYear,
                "Right: more residents with a GP; up: more public money", plot);
    }

    /** One line per scenario over the years, with its 95 % band. */
    private JFreeChart timeSeries(String title, String yLabel, String type, String group, Metric metric, double scale,
                                  boolean difference) {
        // Shares and differences are read against zero; hours and recruits vary little, so their axes zoom in.
        boolean includeZero = difference || metric.kind() == Metric.Kind.SHARE;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<Integer> indices = new ArrayList<>();
        for (int i = difference ? 1 : 0; i < results.scenarios().size(); i++) {
            String s = results.scenarios().get(i);
            YIntervalSeries series = new YIntervalSeries(s);
            for (int year : results.years()) {
                Estimate e = difference ? results.difference(s, type, group, year, metric)
                        : results.summary(s, type, group, year, metric);
                if (e == null && difference && year == results.years().get(0)) {
                    e = new Estimate(0, 0, 0, results.replicates());
                }
                if (e != null) {
                    double lo = e.hasInterval() ? e.low() : e.mean();
                    double hi = e.hasInterval() ? e.high() : e.mean();
                    series.add(year, e.mean() * scale, lo * scale, hi * scale);
                }
            }
            data.addSeries(series);
            indices.add(i);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        for (int k = 0; k < indices.size(); k++) {
            Color c = Palette.scenario(indices.get(k));
            renderer.setSeriesPaint(k, c);
            renderer.setSeriesFillPaint(k, c);
            renderer.setSeriesStroke(k, Palette.line(indices.get(k)));
        }
        XYPlot plot = new XYPlot(data, yearAxis(), valueAxis(yLabel, includeZero), renderer);
        styleXY(plot);
        if (difference) {
            plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, Color.GRAY, new java.awt.BasicStroke(1.2f)));
        }
        return chart(title, String.format(Locale.ROOT, BANDS, results.replicates()), plot);
    }

    private JFreeChart gpsAndVacancies() {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(yearAxis());
        plot.setGap(14);
        plot.add(subPlot(Metric.GPS, "GPs holding a list"), 3);
        plot.add(subPlot(Metric.LISTS_VACANT, "Lists without a GP"), 2);
        return chart("GPs and vacant lists, national", String.format(Locale.ROOT, BANDS, results.replicates()), plot);
    }

    private XYPlot subPlot(Metric metric, String label) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        for (int i = 0; i < results.scenarios().size(); i++) {
            String s = results.scenarios().get(i);
            YIntervalSeries series = new YIntervalSeries(s);
            for (int year : results.years()) {
                Estimate e = results.national(s, year, metric);
                if (e != null) {
                    series.add(year, e.mean(), e.hasInterval() ? e.low() : e.mean(), e.hasInterval() ? e.high() : e.mean());
                }
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, Palette.scenario(i));
            renderer.setSeriesFillPaint(i, Palette.scenario(i));
            renderer.setSeriesStroke(i, Palette.line(i));
            renderer.setSeriesVisibleInLegend(i, metric == Metric.GPS);
        }
        XYPlot plot = new XYPlot(data, null, valueAxis(label + " (count)", false), renderer);
        styleXY(plot);
        return plot;
    }

    private JFreeChart byCentrality() {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (String s : results.scenarios()) {
            for (String c : results.groups("centrality")) {
                add(data, results.summary(s, "centrality", c, lastYear, Metric.SHARE_WITHOUT_GP), 100, s, c);
            }
        }
        return bars("Residents without a GP by centrality class, end of " + lastYear, data,
                "Centrality class (1 = most central, 6 = least central)", "Residents without a GP (% of residents)",
                0, "Bars: mean over " + results.replicates() + " replicate(s); error bars: 95 % confidence interval");
    }

    private JFreeChart differenceByCentrality() {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (String s : results.scenarios().subList(1, results.scenarios().size())) {
            for (String c : results.groups("centrality")) {
                add(data, results.difference(s, "centrality", c, lastYear, Metric.SHARE_WITHOUT_GP), 100, s, c);
            }
        }
        return bars("Difference from " + results.base() + " in residents without a GP, end of " + lastYear, data,
                "Centrality class (1 = most central, 6 = least central)", "Difference (" + PP + ")", 1,
                "Paired difference (scenario - base), mean over " + results.replicates()
                        + " replicate(s); error bars: 95 % confidence interval");
    }

    private JFreeChart costs() {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (String s : results.scenarios()) {
            add(data, results.national(s, lastYear, Metric.MUNICIPAL_COST_NOK), 1e-6, "Municipal net cost", s);
            add(data, results.national(s, lastYear, Metric.STATE_COST_NOK), 1e-6, "State cost", s);
        }
        JFreeChart chart = bars("Municipal and state cost in " + lastYear, data, "Scenario",
                "Cost in " + lastYear + " (million NOK per year)", -1,
                "Bars: mean over " + results.replicates() + " replicate(s); error bars: 95 % confidence interval");
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, new Color(0x4E79A7));
        plot.getRenderer().setSeriesPaint(1, new Color(0xF28E2B));
        if (results.scenarios().size() > 4) {
            plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        return chart;
    }

    private JFreeChart scatter() {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < results.scenarios().size(); i++) {
            String s = results.scenarios().get(i);
            XYSeries series = new XYSeries(s, false, true);
            for (RunResults.Municipality m : results.municipalities()) {
                Double share = m.means().get(Metric.SHARE_WITHOUT_GP);
                if (m.scenario().equals(s) && share != null && !share.isNaN()) {
                    series.add(m.centralityIndex(), share * 100);
                }
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, Palette.alpha(Palette.scenario(i), i == 0 ? 0.8 : 0.55));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        NumberAxis x = new NumberAxis("Centrality index (SSB, 0 = least central, 1000 = most central)");
        x.setAutoRangeIncludesZero(false);
        styleAxis(x);
        XYPlot plot = new XYPlot(data, x, valueAxis("Residents without a GP, end of " + lastYear + " (% of residents)",
                true), renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        styleXY(plot);
        return chart("Centrality and residents without a GP by municipality, end of " + lastYear,
                "Each point: one municipality, mean over " + results.replicates() + " replicate(s)", plot);
    }

    private static void add(DefaultStatisticalCategoryDataset data, Estimate e, double scale, String row, String column) {
        if (e == null) {
            return;
        }
        Double half = e.hasInterval() ? (e.high() - e.low()) / 2 * scale : null;
        data.add(Double.valueOf(e.mean() * scale), half, row, column);
    }

    /**
     * A grouped bar chart with error bars.
     *
     * @param colours 0: rows are scenarios from the base, 1: rows are scenarios after the base, -1: leave to caller
     */
    private JFreeChart bars(String title, DefaultStatisticalCategoryDataset data, String xLabel, String yLabel,
                            int colours, String subtitle) {
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(new Color(0x22, 0x22, 0x22));
        renderer.setErrorIndicatorStroke(new java.awt.BasicStroke(1.2f));
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setItemMargin(0.03);
        if (colours >= 0) {
            for (int k = 0; k < data.getRowCount(); k++) {
                renderer.setSeriesPaint(k, Palette.scenario(k + colours));
            }
        }
        CategoryAxis x = new CategoryAxis(xLabel);
        x.setCategoryMargin(0.2);
        x.setLabelFont(Palette.AXIS_LABEL);
        x.setTickLabelFont(Palette.TICK);
        NumberAxis y = valueAxis(yLabel, true);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        if (colours == 1) {
            plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, Color.GRAY, new java.awt.BasicStroke(1.2f)));
        }
        return chart(title, subtitle, plot);
    }

    private static NumberAxis yearAxis() {
        NumberAxis axis = new NumberAxis("Year (values at the end of the year; flows over the year)");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setAutoRangeIncludesZero(false);
        styleAxis(axis);
        return axis;
    }

    static NumberAxis valueAxis(String label, boolean includeZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(includeZero);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        styleAxis(axis);
        return axis;
    }

    private static void styleAxis(NumberAxis axis) {
        axis.setLabelFont(Palette.AXIS_LABEL);
        axis.setTickLabelFont(Palette.TICK);
    }

    static void styleXY(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
    }

    /** A chart in the house style: title, grey subtitle, legend at the bottom without a frame. */
    static JFreeChart chart(String title, String subtitle, Plot plot) {
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        TextTitle sub = new TextTitle(subtitle, Palette.SUBTITLE);
        sub.setPaint(new Color(0x55, 0x55, 0x55));
        chart.addSubtitle(sub);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(Palette.LEGEND);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint((Paint) Color.WHITE);
        return chart;
    }
}
