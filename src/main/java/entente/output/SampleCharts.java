package entente.output;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Charts of a sampled design (random, Latin hypercube, Sobol' sequence): an output against
 * the factors that drive it most, as scatter panels with the binned mean over each, and the
 * partial dependence of the output on each factor on one common axis (the factor's place in
 * its sampled range).
 */
public final class SampleCharts {
    /** Points drawn per scatter panel at most: more add bytes, not information, at this size. */
    public static final int MAX_DOTS = 250;

    private SampleCharts() {}

    /**
     * One factor's part of a chart.
     *
     * @param x       the factor's value at each point drawn
     * @param y       the output at each point drawn
     * @param binX    the factor's mean value in each bin
     * @param binMean the output's mean in each bin (the partial dependence)
     */
    public record Panel(String factor, double[] x, double[] y, double[] binX, double[] binMean) {}

    /** Side by side panels sharing the output's axis: dots for points, a line with markers for the bins' means. */
    public static JFreeChart scatter(String title, String subtitle, String output, List<Panel> panels) {
        NumberAxis y = new NumberAxis(output);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(y);
        plot.setGap(14);
        for (Panel p : panels) {
            DefaultXYDataset data = new DefaultXYDataset();
            data.addSeries("mean over a bin of the factor", new double[][] {p.binX(), p.binMean()});
            data.addSeries("design point (mean over its replications)", new double[][] {p.x(), p.y()});
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
            r.setSeriesLinesVisible(1, false);
            r.setSeriesShape(0, ChartStyle.shape(1));
            r.setSeriesShape(1, new Rectangle2D.Double(-1.5, -1.5, 3, 3));
            r.setSeriesPaint(0, ChartStyle.colour(1));
            r.setSeriesStroke(0, ChartStyle.stroke(1, ChartStyle.LINE_WIDTH));
            r.setSeriesPaint(1, ChartStyle.withAlpha(ChartStyle.colour(0), 110));
            r.setDrawOutlines(false); // a filled shape each: outlines would double the SVG
            NumberAxis x = new NumberAxis(p.factor());
            x.setAutoRangeIncludesZero(false);
            ChartStyle.axis(x);
            XYPlot sub = new XYPlot(data, x, null, r);
            sub.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // the line over the dots
            sub.setBackgroundPaint(java.awt.Color.WHITE);
            sub.setDomainGridlinePaint(ChartStyle.GRID);
            sub.setRangeGridlinePaint(ChartStyle.GRID);
            plot.add(sub);
        }
        plot.setFixedLegendItems(((XYPlot) plot.getSubplots().get(0)).getLegendItems()); // once, not per panel
        return Charts.chart(title, subtitle, plot, true);
    }

    /**
     * The partial dependence of the output on each factor: the bins' means against the bins'
     * place in the factor's sampled range (0 its lowest value, 1 its highest), one line each
     * with its own colour, dash and marker.
     *
     * @param min the smallest sampled value of each panel's factor; max likewise
     */
    public static JFreeChart partialDependence(String title, String subtitle, String output, List<Panel> panels,
                                               double[] min, double[] max) {
        DefaultXYDataset data = new DefaultXYDataset();
        MarkedLines r = new MarkedLines(1); // every bin carries its marker
        for (int k = 0; k < panels.size(); k++) {
            Panel p = panels.get(k);
            double[] u = new double[p.binX().length];
            for (int b = 0; b < u.length; b++) {
                u[b] = max[k] > min[k] ? (p.binX()[b] - min[k]) / (max[k] - min[k]) : 0.5;
            }
            data.addSeries(p.factor(), new double[][] {u, p.binMean()});
            r.style(k, ChartStyle.colour(k), ChartStyle.stroke(k, ChartStyle.LINE_WIDTH), ChartStyle.shape(k));
        }
        NumberAxis x = new NumberAxis("place of the factor's value in its sampled range (0: lowest, 1: highest)");
        x.setRange(-0.02, 1.02);
        x.setTickUnit(ChartStyle.tickUnit(0.1));
        NumberAxis y = new NumberAxis("mean " + output);
        y.setAutoRangeIncludesZero(false);
        return Charts.chart(title, subtitle, new XYPlot(data, x, y, r), true);
    }
}
