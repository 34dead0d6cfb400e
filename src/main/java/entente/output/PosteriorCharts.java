package entente.output;

import entente.scenario.Factor;
import entente.calibration.AbcCalibration;
import entente.calibration.Posterior;
import entente.calibration.Target;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Polygon;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Charts of an ABC posterior: marginals, pairs of the most correlated parameters, the predictive check (grids of small charts). */
final class PosteriorCharts {
    private static final int BINS = 20;
    private static final Font CELL_TITLE = new Font(ChartStyle.FONT, Font.BOLD, 12);

    private PosteriorCharts() {}

    /** Columns of a grid of n cells that keeps cells wider than tall on a 1200 x 700 canvas. */
    static int columns(int n) {
        return Math.max(1, Math.min(n, (int) Math.ceil(Math.sqrt(n * 1.7))));
    }

    /**
     * One histogram per parameter over its prior range: posterior weight per bin, the 90 %
     * interval shaded, the scenario's own value as a dashed line.
     */
    static List<JFreeChart> marginals(Posterior p, double[] scenario) {
        List<JFreeChart> out = new ArrayList<>();
        for (int k = 0; k < p.parameters().size(); k++) {
            Factor f = p.parameters().get(k);
            XYPlot plot = histogram(p.column(k), p.weights(), f.min(), f.max(), ChartStyle.BLUE);
            plot.addDomainMarker(new IntervalMarker(p.quantile(k, 0.05), p.quantile(k, 0.95),
                    ChartStyle.withAlpha(ChartStyle.ORANGE, 70)), Layer.BACKGROUND);
            if (!Double.isNaN(scenario[k])) {
                plot.addDomainMarker(new ValueMarker(scenario[k], ChartStyle.BLACK, ChartStyle.stroke(1, 2f)));
            }
            out.add(cell(f.name(), plot));
        }
        return out;
    }

    /** Pairs of parameters with the largest |weighted correlation|, strongest first. */
    static List<int[]> strongestPairs(Posterior p, int max) {
        List<int[]> pairs = new ArrayList<>();
        int d = p.parameters().size();
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                pairs.add(new int[] {a, b});
            }
        }
        pairs.sort(Comparator.comparingDouble((int[] ab) -> -Math.abs(p.correlation(ab[0], ab[1]))));
        return pairs.subList(0, Math.min(max, pairs.size()));
    }

    /** Scatter plots of equally weighted draws for the strongest pairs; the scenario's values as a dashed cross. */
    static List<JFreeChart> pairs(Posterior p, double[] scenario, int max, long seed) {
        double[][] draws = p.draws(Math.min(400, Math.max(100, p.size())), seed);
        List<JFreeChart> out = new ArrayList<>();
        for (int[] ab : strongestPairs(p, max)) {
            Factor fa = p.parameters().get(ab[0]);
            Factor fb = p.parameters().get(ab[1]);
            XYSeries s = new XYSeries("draws", false);
            for (double[] d : draws) {
                s.add(d[ab[0]], d[ab[1]]);
            }
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            r.setSeriesPaint(0, ChartStyle.withAlpha(ChartStyle.BLUE, 120));
            NumberAxis x = new NumberAxis(fa.name());
            x.setRange(fa.min(), fa.max());
            NumberAxis y = new NumberAxis(fb.name());
            y.setRange(fb.min(), fb.max());
            XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, r);
            BasicStroke dashed = (BasicStroke) ChartStyle.stroke(1, 1.5f);
            if (!Double.isNaN(scenario[ab[0]])) {
                plot.addDomainMarker(new ValueMarker(scenario[ab[0]], ChartStyle.BLACK, dashed));
            }
            if (!Double.isNaN(scenario[ab[1]])) {
                plot.addRangeMarker(new ValueMarker(scenario[ab[1]], ChartStyle.BLACK, dashed));
            }
            out.add(cell(String.format(java.util.Locale.ROOT, "r = %.2f", p.correlation(ab[0], ab[1])), plot));
        }
        return out;
    }

    private static JFreeChart cell(String title, XYPlot plot) {
        JFreeChart c = new JFreeChart(title, CELL_TITLE, plot, false);
        ChartStyle.apply(c, "");
        c.getSubtitles().removeIf(t -> t instanceof TextTitle);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            plot.getDomainAxis(i).setTickLabelFont(ChartStyle.SMALL);
            plot.getDomainAxis(i).setLabelFont(ChartStyle.SMALL);
        }
        plot.getRangeAxis().setTickLabelFont(ChartStyle.SMALL);
        plot.getRangeAxis().setLabelFont(ChartStyle.SMALL);
        c.getTitle().setFont(CELL_TITLE);
        return c;
    }

    /**
     * One histogram per target of its value over the posterior draws (each the mean over the
     * replications), the target's range shaded, the median as a dashed line; held-out targets
     * are drawn in vermillion with hatched-free bars and say so in their title.
     */
    static List<JFreeChart> check(List<AbcCalibration.Check> checks) {
        List<JFreeChart> out = new ArrayList<>();
        for (AbcCalibration.Check c : checks) {
            Target t = c.target();
            double lo = Math.min(c.sorted()[0], Double.isFinite(t.atLeast()) ? t.atLeast() : Double.POSITIVE_INFINITY);
            double hi = Math.max(c.sorted()[c.sorted().length - 1], Double.isFinite(t.atMost()) ? t.atMost() : Double.NEGATIVE_INFINITY);
            double pad = hi > lo ? 0.08 * (hi - lo) : Math.max(1e-3, Math.abs(lo) * 0.1);
            lo -= pad;
            hi += pad;
            double[] weights = new double[c.sorted().length];
            java.util.Arrays.fill(weights, 1.0 / weights.length);
            XYPlot plot = histogram(c.sorted(), weights, lo, hi, t.heldOut() ? ChartStyle.VERMILLION : ChartStyle.BLUE);
            plot.addDomainMarker(new IntervalMarker(Math.max(lo, t.atLeast()), Math.min(hi, t.atMost()),
                    ChartStyle.withAlpha(ChartStyle.GREEN, 70)), Layer.BACKGROUND);
            plot.addDomainMarker(new ValueMarker(c.quantile(0.5), ChartStyle.BLACK, ChartStyle.stroke(1, 2f)));
            String verdict = c.verdict().equals("inside") ? "" : " — " + c.verdict().toUpperCase(java.util.Locale.ROOT);
            out.add(cell((t.heldOut() ? "held out: " : "") + t.id() + verdict, plot));
        }
        return out;
    }

    /**
     * Targets made from a history, month by month, one panel per history: the record (black
     * diamonds, the middle of each month's range), the posterior's median (blue squares on a
     * line) and 90 % of its draws (blue band); held-out months shaded grey.
     */
    static List<JFreeChart> months(List<AbcCalibration.Check> checks) {
        Map<String, List<AbcCalibration.Check>> groups = new LinkedHashMap<>();
        for (AbcCalibration.Check c : checks) {
            groups.computeIfAbsent(c.target().group(), g -> new ArrayList<>()).add(c);
        }
        List<JFreeChart> out = new ArrayList<>();
        groups.forEach((group, months) -> {
            YIntervalSeries band = new YIntervalSeries("90 % of posterior draws");
            XYSeries median = new XYSeries("posterior median");
            XYSeries record = new XYSeries("record");
            XYPlot plot = new XYPlot();
            for (AbcCalibration.Check c : months) {
                LocalDate from = c.target().statistic().from();
                double x = TimeAxes.millis(from, 14);
                band.add(x, c.quantile(0.5), c.quantile(0.05), c.quantile(0.95));
                median.add(x, c.quantile(0.5));
                record.add(x, (c.target().atLeast() + c.target().atMost()) / 2);
                if (c.target().heldOut()) {
                    plot.addDomainMarker(new IntervalMarker(TimeAxes.millis(from, 0),
                            TimeAxes.millis(from.plusMonths(1), 0), ChartStyle.withAlpha(ChartStyle.MUTED, 45)),
                            Layer.BACKGROUND);
                }
            }
            DeviationRenderer fan = new DeviationRenderer(false, false);
            fan.setSeriesFillPaint(0, ChartStyle.withAlpha(ChartStyle.BLUE, 70));
            fan.setSeriesPaint(0, ChartStyle.withAlpha(ChartStyle.BLUE, 70));
            XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
            lines.setSeriesPaint(0, ChartStyle.BLUE);
            lines.setSeriesShape(0, new Rectangle2D.Double(-3, -3, 6, 6));
            lines.setSeriesPaint(1, ChartStyle.BLACK);
            lines.setSeriesLinesVisible(1, false);
            lines.setSeriesShape(1, new Polygon(new int[] {0, 5, 0, -5}, new int[] {-5, 0, 5, 0}, 4));
            XYSeriesCollection points = new XYSeriesCollection(median);
            points.addSeries(record);
            plot.setDataset(0, points);
            plot.setRenderer(0, lines);
            YIntervalSeriesCollection spread = new YIntervalSeriesCollection();
            spread.addSeries(band);
            plot.setDataset(1, spread);
            plot.setRenderer(1, fan);
            LocalDate first = months.get(0).target().statistic().from();
            LocalDate last = months.get(months.size() - 1).target().statistic().from().plusMonths(1);
            plot.setDomainAxis(TimeAxes.axis(first, (int) (last.toEpochDay() - first.toEpochDay())));
            plot.setRangeAxis(new NumberAxis("launch days a month"));
            out.add(cell(group, plot));
        });
        return out;
    }

    /** A histogram of weighted values over [lo, hi] in BINS bars. */
    private static XYPlot histogram(double[] values, double[] weights, double lo, double hi, java.awt.Color colour) {
        double width = (hi - lo) / BINS;
        double[] mass = new double[BINS];
        for (int i = 0; i < values.length; i++) {
            int bin = (int) Math.min(BINS - 1, Math.max(0, Math.floor((values[i] - lo) / width)));
            mass[bin] += weights[i];
        }
        XYIntervalSeries bars = new XYIntervalSeries("share");
        for (int b = 0; b < BINS; b++) {
            double left = lo + b * width;
            bars.add(left + width / 2, left, left + width, mass[b], 0, mass[b]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, colour);
        r.setDrawBarOutline(true);
        r.setSeriesOutlinePaint(0, ChartStyle.TEXT);
        NumberAxis x = new NumberAxis();
        x.setRange(lo, hi);
        NumberAxis y = new NumberAxis();
        y.setTickLabelsVisible(false);
        y.setTickMarksVisible(false);
        return new XYPlot(data, x, y, r);
    }
}
