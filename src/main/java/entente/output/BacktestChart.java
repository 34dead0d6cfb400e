package entente.output;

import entente.validation.Backtest;
import entente.validation.Sample;
import entente.validation.ScoredMonths;
import entente.validation.Split;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The backtest chart: the record's monthly launch days against the fan of the model's
 * replications and the baselines' means, held-out months shaded. Every line has its own
 * colour, dash pattern and marker, so it reads in greyscale too.
 */
final class BacktestChart {
    private static final Color HELD_OUT = new Color(0xE4E4E4);
    private static final Shape BOX = new Rectangle2D.Double(-7, -5, 14, 10);

    private BacktestChart() {}

    /** A line of the chart: a series of monthly values and how it is drawn. */
    private record Line(String label, double[] values, Color colour, int dash, Shape marker, boolean filled) {}

    static JFreeChart fan(Backtest b) {
        ScoredMonths m = b.months();
        LocalDate first = m.firstDay();
        int days = (int) ChronoUnit.DAYS.between(first, m.lastDay()) + 2; // up to the first day after the last month
        YIntervalSeries middle = new YIntervalSeries("model: middle 50 % of replications");
        YIntervalSeries wide = new YIntervalSeries("model: 90 % of replications");
        double[][] q = new double[Backtest.FAN.length][];
        for (int k = 0; k < q.length; k++) {
            q[k] = b.model().quantile(Backtest.FAN[k]);
        }
        double hi = 1;
        for (int k = 0; k < m.size(); k++) {
            middle.add(x(m.months().get(k)), q[2][k], q[1][k], q[3][k]);
            wide.add(x(m.months().get(k)), q[2][k], q[0][k], q[4][k]);
            hi = Math.max(hi, q[4][k]);
        }
        List<Line> lines = lines(b);
        for (Line l : lines) {
            for (double v : l.values()) {
                hi = Math.max(hi, v);
            }
        }
        NumberAxis y = new NumberAxis("launch days per month");
        ChartStyle.range(y, 0, hi, 0.14);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
        XYSeriesCollection lineData = new XYSeriesCollection();
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            XYSeries s = new XYSeries(l.label(), false, true);
            for (int i = 0; i < m.size(); i++) {
                s.add(x(m.months().get(i)), l.values()[i]);
            }
            lineData.addSeries(s);
            lineRenderer.setSeriesPaint(k, l.colour());
            lineRenderer.setSeriesStroke(k, ChartStyle.stroke(l.dash(), ChartStyle.LINE_WIDTH));
            lineRenderer.setSeriesShape(k, l.marker());
            lineRenderer.setSeriesShapesFilled(k, true);
            lineRenderer.setSeriesFillPaint(k, l.filled() ? l.colour() : Color.WHITE); // hollow markers stay legible on the fan
        }
        lineRenderer.setUseFillPaint(true);
        lineRenderer.setDrawSeriesLineAsPath(true); // the dash runs along the line instead of restarting each month
        XYPlot plot = new XYPlot(lineData, TimeAxes.axis(first, days), y, lineRenderer);
        plot.setDataset(1, band(middle));
        plot.setRenderer(1, bandRenderer(0.45f));
        plot.setDataset(2, band(wide));
        plot.setRenderer(2, bandRenderer(0.2f));
        shadeHeldOut(plot, m);
        LegendItemCollection legend = new LegendItemCollection();
        legend.addAll(lineRenderer.getLegendItems());
        legend.add(boxItem(middle.getKey().toString(), ChartStyle.withAlpha(ChartStyle.BLUE, 115)));
        legend.add(boxItem(wide.getKey().toString(), ChartStyle.withAlpha(ChartStyle.BLUE, 51)));
        legend.add(boxItem("held-out months (never fitted)", HELD_OUT));
        plot.setFixedLegendItems(legend);
        return Charts.chart("Backtest: " + b.actor() + "'s own " + b.type() + " days against the record",
                b.scenario().name() + ", " + b.months() + ", " + b.replications() + " replications; the model counts only "
                        + "launches the agents chose (" + Math.round(b.score("timeline_inputs", Backtest.ALL).model()) + " scripted launch days left out)", plot, true);
    }

    private static List<Line> lines(Backtest b) {
        List<Sample> base = b.baselineSamples();
        return List.of(
                new Line("record", b.record().meanMonthly(), ChartStyle.BLACK, 0, new Ellipse2D.Double(-4.5, -4.5, 9, 9), true),
                new Line("model: mean of replications", b.model().meanMonthly(), ChartStyle.BLUE, 1,
                        new Rectangle2D.Double(-4, -4, 8, 8), false),
                new Line(title(base.get(0).name()) + " baseline: mean", base.get(0).meanMonthly(), ChartStyle.VERMILLION, 2,
                        ShapeUtils.createUpTriangle(5), false),
                new Line(title(base.get(1).name()) + " baseline: mean", base.get(1).meanMonthly(), ChartStyle.GREEN, 3,
                        ShapeUtils.createDiamond(5), false));
    }

    /** "poisson" as "Poisson": the baselines are named after people. */
    private static String title(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static YIntervalSeriesCollection band(YIntervalSeries s) {
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        c.addSeries(s);
        return c;
    }

    private static DeviationRenderer bandRenderer(float alpha) {
        DeviationRenderer r = new DeviationRenderer(false, false);
        r.setSeriesFillPaint(0, ChartStyle.BLUE);
        r.setAlpha(alpha);
        return r;
    }

    /** Each run of held-out months as one grey band, labelled at the top. */
    private static void shadeHeldOut(XYPlot plot, ScoredMonths m) {
        for (int k = 0; k < m.size(); k++) {
            if (m.split(k) != Split.HELD_OUT || (k > 0 && m.split(k - 1) == Split.HELD_OUT)) {
                continue;
            }
            int end = k;
            while (end + 1 < m.size() && m.split(end + 1) == Split.HELD_OUT) {
                end++;
            }
            IntervalMarker band = new IntervalMarker(millis(m.months().get(k).atDay(1)),
                    millis(m.months().get(end).atEndOfMonth().plusDays(1)), HELD_OUT);
            band.setLabel("held out");
            band.setLabelFont(ChartStyle.SMALL);
            band.setLabelPaint(ChartStyle.TEXT);
            band.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            band.setLabelAnchor(RectangleAnchor.TOP);
            band.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
    }

    private static LegendItem boxItem(String label, Color fill) {
        return new LegendItem(label, null, null, null, BOX, fill);
    }

    /** A month's values sit in its middle. */
    private static double x(YearMonth month) {
        return millis(month.atDay(1)) + (millis(month.atEndOfMonth().plusDays(1)) - millis(month.atDay(1))) / 2;
    }

    private static double millis(LocalDate d) {
        return TimeAxes.millis(d, 0);
    }
}
