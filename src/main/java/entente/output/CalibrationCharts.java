package entente.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of a calibration: how far each target is missed, and the loss as the search went on. */
final class CalibrationCharts {
    private CalibrationCharts() {}

    /**
     * One row per target: the simulated mean's distance to the target range in scale units
     * (0 inside, shaded), with its 95% CI, before and after the fit.
     */
    static JFreeChart fit(List<CalibrationOutput.Row> fitted, List<CalibrationOutput.Row> start) {
        String[] labels = new String[fitted.size()];
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYIntervalSeries before = new XYIntervalSeries("start");
        XYIntervalSeries after = new XYIntervalSeries("fitted");
        for (int k = 0; k < fitted.size(); k++) {
            CalibrationOutput.Row r = fitted.get(k);
            labels[k] = r.target().id() + (r.target().heldOut() ? " (held out)" : "") + (r.pass() ? "" : "  MISS");
            add(before, start.get(k), k + 0.15);
            add(after, r, k - 0.15);
        }
        data.addSeries(before);
        data.addSeries(after);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setSeriesPaint(0, ChartStyle.MUTED);
        renderer.setSeriesPaint(1, ChartStyle.BLUE);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        NumberAxis x = new NumberAxis("distance to the target range, in scale units (0 = inside)");
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setInverted(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.addDomainMarker(new IntervalMarker(-0.02, 0.02, ChartStyle.withAlpha(ChartStyle.GREEN, 90)), Layer.BACKGROUND);
        return ChartStyle.apply(new JFreeChart("Calibration: targets before and after the fit", ChartStyle.TITLE, plot, true),
                "dots: mean over replications; bars: 95% CI; shaded: inside the target range");
    }

    private static void add(XYIntervalSeries s, CalibrationOutput.Row r, double y) {
        double mean = signedMiss(r, r.mean());
        double lo = signedMiss(r, r.mean() - r.halfWidth());
        double hi = signedMiss(r, r.mean() + r.halfWidth());
        s.add(mean, lo, hi, y, y, y);
    }

    /** Negative below the range, positive above, 0 inside. */
    private static double signedMiss(CalibrationOutput.Row r, double v) {
        double miss = r.target().miss(v);
        return v < r.target().atLeast() ? -miss : miss;
    }

    static JFreeChart convergence(double[] loss) {
        XYSeries s = new XYSeries("best loss so far");
        for (int k = 0; k < loss.length; k++) {
            s.add(k + 1, loss[k]);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, ChartStyle.BLUE);
        r.setSeriesStroke(0, new BasicStroke(ChartStyle.LINE_WIDTH));
        NumberAxis y = new NumberAxis("loss (sum of squared misses of in-sample targets)");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("evaluation"), y, r);
        plot.setBackgroundPaint(Color.WHITE);
        return ChartStyle.apply(new JFreeChart("Calibration: convergence", ChartStyle.TITLE, plot, true),
                "CMA-ES, each evaluation runs every replication");
    }
}
