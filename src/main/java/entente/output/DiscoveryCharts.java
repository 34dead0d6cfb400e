package entente.output;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of scenario discovery: PRIM's trade-off between coverage and density along the
 * peeling trajectory, and the chosen box drawn within each factor's sampled range. Series
 * differ by marker shape as well as colour.
 */
public final class DiscoveryCharts {
    private DiscoveryCharts() {}

    /**
     * Coverage (x) against density (y) of every box peeled, the chosen one and its pasted
     * version marked.
     *
     * @param coverage of each box on the peeling trajectory, in order; density likewise
     * @param pasted   coverage and density of the chosen box after pasting
     */
    public static JFreeChart tradeoff(String title, String subtitle, double[] coverage, double[] density, int chosen,
                                      double[] pasted) {
        XYSeries path = new XYSeries("peeling trajectory (one box per step)", false, true);
        for (int k = 0; k < coverage.length; k++) {
            path.add(coverage[k], density[k]);
        }
        XYSeries pick = new XYSeries("chosen box, step " + chosen, false, true);
        pick.add(coverage[chosen], density[chosen]);
        XYSeries paste = new XYSeries("chosen box after pasting", false, true);
        paste.add(pasted[0], pasted[1]);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(path);
        data.addSeries(pick);
        data.addSeries(paste);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(1, false);
        r.setSeriesLinesVisible(2, false);
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setSeriesShape(1, ShapeUtils.createDiamond(9));
        r.setSeriesShape(2, ShapeUtils.createUpTriangle(6));
        r.setSeriesShapesFilled(1, false);
        for (int k = 0; k < 3; k++) {
            r.setSeriesPaint(k, ChartStyle.colour(k));
            r.setSeriesStroke(k, new BasicStroke(k == 0 ? 1.5f : 2.5f));
        }
        NumberAxis x = new NumberAxis("coverage: share of all runs of interest that lie in the box");
        NumberAxis y = new NumberAxis("density: share of the runs in the box that are of interest");
        // zoomed to the trajectory: the trade-off is in its shape
        axis(x, Math.min(pasted[0], Arrays.stream(coverage).min().orElse(0)));
        axis(y, density[0]);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // the chosen boxes on top
        return Charts.chart(title, subtitle, plot, true);
    }

    /** Width, as a share of the range, of a box that keeps one value, so that it shows. */
    private static final double POINT_WIDTH = 0.012;

    /**
     * Each factor's sampled range as a light bar from 0 to 1 and the box as a dark bar within
     * it, the box's bounds written beside; restricted factors first.
     */
    public static JFreeChart box(String title, String subtitle, List<String> factors, double[] min, double[] max,
                                 double[] low, double[] high) {
        int n = factors.size();
        // position 0 is drawn at the bottom: unrestricted factors go first, the narrowest box last
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        order.sort((a, b) -> Double.compare(share(high[b] - low[b], min[b], max[b]), share(high[a] - low[a], min[a],
                max[a])));
        XYIntervalSeries whole = new XYIntervalSeries("sampled range");
        XYIntervalSeries inBox = new XYIntervalSeries("the box");
        List<XYTextAnnotation> notes = new ArrayList<>();
        String[] labels = new String[n];
        for (int p = 0; p < n; p++) {
            int j = order.get(p);
            labels[p] = factors.get(j);
            whole.add(p, p - 0.38, p + 0.38, 0.5, 0, 1);
            double lo = share(low[j] - min[j], min[j], max[j]);
            double hi = share(high[j] - min[j], min[j], max[j]);
            // a box that keeps a single value would be drawn with no width: give it a sliver
            double mid = (lo + hi) / 2;
            double half = Math.max((hi - lo) / 2, POINT_WIDTH / 2);
            inBox.add(p, p - 0.22, p + 0.22, mid, Math.max(0, Math.min(mid - half, 1 - 2 * half)),
                    Math.min(1, Math.max(mid + half, 2 * half)));
            boolean restricted = low[j] > min[j] || high[j] < max[j];
            XYTextAnnotation a = new XYTextAnnotation("  " + SweepCharts.compact(low[j]) + " … "
                    + SweepCharts.compact(high[j]) + (restricted ? "" : " (not restricted)"), p, 1);
            a.setFont(ChartStyle.SMALL);
            a.setPaint(ChartStyle.TEXT);
            a.setTextAnchor(TextAnchor.CENTER_LEFT);
            notes.add(a);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(whole);
        data.addSeries(inBox);
        XYBarRenderer r = new XYBarRenderer();
        r.setUseYInterval(true);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, ChartStyle.GRID);
        r.setSeriesPaint(1, ChartStyle.colour(0));
        r.setDrawBarOutline(true);
        r.setSeriesOutlinePaint(0, ChartStyle.MUTED);
        r.setSeriesOutlinePaint(1, ChartStyle.TEXT);
        notes.forEach(r::addAnnotation);
        SymbolAxis axis = Charts.matrixAxis(null, labels);
        axis.setRange(-0.6, n - 0.4);
        NumberAxis values = new NumberAxis("position within the factor's sampled range (0: lowest value, 1: highest)");
        values.setRange(0, 1.45); // room on the right for the bounds written beside the bars
        values.setTickUnit(ChartStyle.tickUnit(0.1));
        values.setNumberFormatOverride(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)) {
            @Override
            public StringBuffer format(double v, StringBuffer to, FieldPosition at) {
                return v > 1.0001 ? to : super.format(v, to, at); // no positions beyond the range
            }
        });
        XYPlot plot = new XYPlot(data, axis, values, r);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // the box over the whole range
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = Charts.chart(title, subtitle, plot, true);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    /** From a little below lowest to a little above 1, in about ten round steps. */
    private static void axis(NumberAxis a, double lowest) {
        double lo = Math.max(0, lowest - 0.04);
        a.setRange(lo, 1.02);
        a.setTickUnit(ChartStyle.tickUnit(ChartStyle.roundStep((1.02 - lo) / 10)));
    }

    /** A length as a share of the range min..max (0 when the range is a point). */
    private static double share(double length, double min, double max) {
        return max > min ? length / (max - min) : 0;
    }
}
