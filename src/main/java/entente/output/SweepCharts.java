package entente.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a sweep's analysis, in the look of the run charts: fans of a daily series across
 * runs, heatmaps over two factors of a grid, and tornado bars of sensitivity indices.
 * Write them with {@link ChartFiles}.
 */
public final class SweepCharts {
    /** The quantiles a fan shows: the median line, a dark middle-half band and a light 90 % band. */
    public static final double[] FAN_QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};
    public static final String FAN_NOTE = "line: median; dark band: middle 50 % of runs; light band: 90 %";

    private SweepCharts() {}

    /** One fan: {@code quantiles[k][day]} for each of {@link #FAN_QUANTILES}. */
    public record Fan(String label, double[][] quantiles) {}

    /** A set of bars, one per factor; low and high (a confidence interval) may be null. */
    public record Bars(String label, double[] values, double[] low, double[] high) {}

    public static JFreeChart fan(String title, String subtitle, String yLabel, LocalDate start, List<Fan> fans) {
        int days = fans.get(0).quantiles()[0].length;
        DefaultXYDataset medians = new DefaultXYDataset();
        YIntervalSeriesCollection inner = new YIntervalSeriesCollection();
        YIntervalSeriesCollection outer = new YIntervalSeriesCollection();
        double[] allDays = new double[days];
        for (int d = 0; d < days; d++) {
            allDays[d] = TimeAxes.millis(start, d);
        }
        // each fan keeps its own days (its bands need the same days low and high), a few per pixel column
        List<int[]> keeps = fans.stream().map(f -> Thinning.keep(days, f.quantiles(), Thinning.BUCKETS)).toList();
        MarkedLines lines = new MarkedLines(keeps.stream().mapToInt(k -> k == null ? days : k.length).max()
                .orElse(days));
        DeviationRenderer middle = band(0.35f);
        DeviationRenderer wide = band(0.15f);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < fans.size(); k++) {
            double[][] q = fans.get(k).quantiles();
            int[] kept = keeps.get(k);
            double[] x = Thinning.pick(allDays, kept);
            YIntervalSeries mid = new YIntervalSeries(fans.get(k).label() + " 50 %");
            YIntervalSeries all = new YIntervalSeries(fans.get(k).label() + " 90 %");
            for (int i = 0; i < x.length; i++) {
                int d = kept == null ? i : kept[i];
                mid.add(x[i], q[2][d], q[1][d], q[3][d]);
                all.add(x[i], q[2][d], q[0][d], q[4][d]);
                lo = Math.min(lo, q[0][d]);
                hi = Math.max(hi, q[4][d]);
            }
            medians.addSeries(fans.get(k).label(), new double[][] {x, Thinning.pick(q[2], kept)});
            inner.addSeries(mid);
            outer.addSeries(all);
            Color c = ChartStyle.colour(k);
            lines.style(k, c, ChartStyle.stroke(k, ChartStyle.LINE_WIDTH), ChartStyle.shape(k));
            middle.setSeriesFillPaint(k, c);
            wide.setSeriesFillPaint(k, c);
        }
        NumberAxis y = new NumberAxis(yLabel);
        ChartStyle.range(y, lo, hi, 0.05); // zoomed to the fans: the spread across runs is the point
        // the medians on top (dataset 0 is drawn last), then the middle bands, the wide ones under them
        XYPlot plot = new XYPlot(medians, TimeAxes.axis(start, days), y, lines);
        plot.setDataset(1, inner);
        plot.setRenderer(1, middle);
        plot.setDataset(2, outer);
        plot.setRenderer(2, wide);
        if (lo < 0 && hi > 0) {
            plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(0.8f)));
        }
        return Charts.chart(title, subtitle, plot, true);
    }

    /** Bands only: their median is drawn by the line renderer, with its dash and marker. */
    private static DeviationRenderer band(float alpha) {
        DeviationRenderer r = new DeviationRenderer(false, false);
        r.setAlpha(alpha);
        r.setDefaultSeriesVisibleInLegend(false);
        return r;
    }

    /** Mean of an output over two factors: {@code cells[x][y]} for x and y levels. */
    public static JFreeChart heatmap(String title, String subtitle, String xLabel, List<String> xLevels,
                                     String yLabel, List<String> yLevels, double[][] cells, String valueLabel) {
        return heatmap(title, subtitle, xLabel, xLevels, yLabel, yLevels, cells, null, valueLabel);
    }

    /** As above, with each cell's text given in {@code labels[x][y]} (null: the value in figures). */
    public static JFreeChart heatmap(String title, String subtitle, String xLabel, List<String> xLevels,
                                     String yLabel, List<String> yLevels, double[][] cells, String[][] labels,
                                     String valueLabel) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        int n = xLevels.size() * yLevels.size();
        double[][] xyz = new double[3][n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0, k = 0; i < xLevels.size(); i++) {
            for (int j = 0; j < yLevels.size(); j++, k++) {
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k] = cells[i][j];
                lo = Math.min(lo, cells[i][j]);
                hi = Math.max(hi, cells[i][j]);
            }
        }
        data.addSeries(valueLabel, xyz);
        SequentialScale scale = new SequentialScale(lo, hi);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(0.97);
        renderer.setBlockHeight(0.97);
        int decimals = decimals(hi - lo);
        for (int k = 0; k < n; k++) {
            int x = (int) xyz[0][k];
            int y = (int) xyz[1][k];
            String text = labels != null ? labels[x][y] : fixed(xyz[2][k], decimals);
            renderer.addAnnotation(Charts.valueLabel(text, x, y, scale.isDark(xyz[2][k])));
        }
        XYPlot plot = new XYPlot(data, Charts.matrixAxis(xLabel, xLevels.toArray(new String[0])),
                Charts.matrixAxis(yLabel, yLevels.toArray(new String[0])), renderer);
        JFreeChart chart = Charts.chart(title, subtitle, plot, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        double span = scale.getUpperBound() - scale.getLowerBound();
        chart.addSubtitle(Charts.scaleLegend(scale, valueLabel, ChartStyle.roundStep(span / 6)));
        return chart;
    }

    /**
     * Horizontal bars per factor, largest first (by the first set of bars), with confidence
     * intervals as whiskers and each value written at the end of its bar.
     */
    public static JFreeChart tornado(String title, String subtitle, String valueLabel, List<String> factors,
                                     List<Bars> bars) {
        int n = factors.size();
        double[] key = bars.get(0).values();
        // position 0 is at the bottom: the factor with the largest value goes last
        Integer[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble(k -> Double.isNaN(key[k]) ? Double.NEGATIVE_INFINITY : key[k]))
                .toArray(Integer[]::new);
        String[] labels = new String[n];
        for (int p = 0; p < n; p++) {
            labels[p] = factors.get(order[p]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYIntervalSeriesCollection whiskers = new XYIntervalSeriesCollection();
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        List<XYTextAnnotation> notes = new ArrayList<>();
        double width = 0.8 / bars.size();
        double lo = 0;
        double hi = 0;
        for (int s = 0; s < bars.size(); s++) {
            Bars b = bars.get(s);
            XYIntervalSeries series = new XYIntervalSeries(b.label());
            XYIntervalSeries ci = new XYIntervalSeries(b.label() + " CI");
            for (int p = 0; p < n; p++) {
                int f = order[p];
                double v = Double.isNaN(b.values()[f]) ? 0 : b.values()[f];
                double x = p + 0.4 - (s + 0.5) * width; // the first set on top within a factor
                series.add(x, x - 0.45 * width, x + 0.45 * width, v, v, v);
                double end = v;
                if (b.low() != null && !Double.isNaN(b.low()[f])) {
                    ci.add(x, x, x, v, b.low()[f], b.high()[f]);
                    lo = Math.min(lo, b.low()[f]);
                    end = Math.max(end, b.high()[f]);
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, end);
                notes.add(valueNote(x, end, b.values()[f]));
            }
            data.addSeries(series);
            whiskers.addSeries(ci);
            // the first set solid, the next ones a light tint inside their colour's outline: told apart in grey too
            Color c = ChartStyle.colour(s);
            renderer.setSeriesPaint(s, s == 0 ? c : ChartStyle.mix(c, Color.WHITE, 0.7));
            renderer.setSeriesOutlinePaint(s, c);
            renderer.setSeriesOutlineStroke(s, new BasicStroke(1.5f));
        }
        renderer.setDrawBarOutline(true);
        SymbolAxis factorAxis = Charts.matrixAxis(null, labels);
        factorAxis.setLowerMargin(0);
        factorAxis.setRange(-0.5, n - 0.5);
        NumberAxis values = new NumberAxis(valueLabel);
        double span = hi > lo ? hi - lo : 1;
        // bars grow from 0; room on the right for the value written after the longest bar
        values.setRange(lo < 0 ? lo - 0.05 * span : 0, hi + 0.12 * span);
        values.setTickUnit(ChartStyle.tickUnit(ChartStyle.roundStep(1.17 * span / 10)));
        XYPlot plot = new XYPlot(data, factorAxis, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        XYErrorRenderer error = new XYErrorRenderer();
        error.setDrawXError(false);
        error.setDefaultLinesVisible(false);
        error.setDefaultShapesVisible(false);
        error.setErrorPaint(ChartStyle.TEXT);
        error.setCapLength(6);
        error.setDefaultSeriesVisibleInLegend(false);
        plot.setDataset(1, whiskers);
        plot.setRenderer(1, error);
        notes.forEach(renderer::addAnnotation);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(1f)));
        JFreeChart chart = Charts.chart(title, subtitle, plot, bars.size() > 1);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    private static XYTextAnnotation valueNote(double x, double end, double value) {
        XYTextAnnotation a = new XYTextAnnotation(Double.isNaN(value) ? "n/a" : "  " + compact(value), x, end);
        a.setFont(ChartStyle.SMALL);
        a.setPaint(ChartStyle.TEXT);
        a.setTextAnchor(TextAnchor.CENTER_LEFT);
        return a;
    }

    /** Decimals that tell apart values spread over span: two digits below its leading digit. */
    static int decimals(double span) {
        return span > 0 ? Math.max(0, Math.min(6, (int) Math.ceil(-Math.log10(span)) + 2)) : 2;
    }

    static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /** Three significant figures, at most four decimals, plain notation, with a true minus sign. */
    static String compact(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3));
        d = d.setScale(Math.min(d.scale(), 4), RoundingMode.HALF_UP).stripTrailingZeros();
        String s = d.signum() == 0 ? "0" : d.toPlainString();
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }
}
