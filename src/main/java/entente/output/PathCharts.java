package entente.output;

import entente.model.Metric;
import entente.model.RunRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Single runs side by side: each headline series of several runs of the same period on one
 * panel, each run in its own colour, dash pattern and marker, with optional day markers (e.g. the
 * turns of a classroom game).
 */
public final class PathCharts {
    /** A run and the name the legend gives it. */
    public record Path(String name, RunRecord record) {}

    private static final List<String[]> PANELS = List.of(
            new String[] {Metric.COHESION_TRILATERAL.key(), "trilateral cohesion"},
            new String[] {Metric.COHESION_COUNTER.key(), "counter-bloc alignment"},
            new String[] {Metric.ESCALATION_INDEX.key(), "escalation index"});

    private PathCharts() {}

    /** Writes {@code name}.png and .svg into dir; {@code markers} are days to mark with a thin line. */
    public static List<java.nio.file.Path> write(List<Path> runs, List<Integer> markers, String title, String subtitle,
                                                 java.nio.file.Path dir, String name) throws IOException {
        RunRecord first = runs.get(0).record();
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(TimeAxes.axis(first));
        for (String[] panel : PANELS) {
            if (!first.has(panel[0], "", "")) {
                continue;
            }
            XYSeriesCollection data = new XYSeriesCollection();
            MarkedLines r = new MarkedLines(first.days());
            for (int k = 0; k < runs.size(); k++) {
                RunRecord rec = runs.get(k).record();
                XYSeries s = new XYSeries(runs.get(k).name(), false, false);
                double[] v = rec.series(panel[0], "", "");
                for (int d = 0; d < v.length; d++) {
                    s.add(TimeAxes.millis(first, d), v[d]);
                }
                data.addSeries(s);
                r.style(k, ChartStyle.colour(k), ChartStyle.stroke(k, ChartStyle.LINE_WIDTH), ChartStyle.shape(k));
                r.setSeriesVisibleInLegend(k, panel == PANELS.get(0));
            }
            NumberAxis y = new NumberAxis(panel[1]);
            y.setAutoRangeIncludesZero(false);
            ChartStyle.axis(y);
            XYPlot sub = new XYPlot(data, null, y, r);
            sub.setBackgroundPaint(java.awt.Color.WHITE);
            sub.setDomainGridlinePaint(ChartStyle.GRID);
            sub.setRangeGridlinePaint(ChartStyle.GRID);
            for (int day : markers) {
                ValueMarker m = new ValueMarker(TimeAxes.millis(first, day), ChartStyle.GRID, ChartStyle.stroke(2, 1f));
                sub.addDomainMarker(m);
            }
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        return ChartFiles.write(ChartStyle.apply(chart, subtitle), dir, name);
    }
}
