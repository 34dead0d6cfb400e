package entente.output;

import entente.experiment.Comparison;
import entente.experiment.MeanEstimate;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a comparison: the base and variant means over time (overlay), and their
 * difference with its 95% band (difference), with the events that differ marked.
 */
public final class CompareCharts {
    /** A panel of the charts: a metric and how to name it. */
    private record Panel(String metric, String label) {}

    private static final List<Panel> PANELS = List.of(
            new Panel("cohesion_trilateral", "trilateral cohesion"),
            new Panel("cohesion_counter", "counter-bloc alignment"),
            new Panel("escalation_index", "escalation index"));

    /** The base a solid black line, the variant a dashed coloured one, each with its marker. */
    private static final Color BASE = ChartStyle.BLACK;
    private static final Stroke BASE_LINE = ChartStyle.stroke(0, ChartStyle.LINE_WIDTH);
    private static final Color VARIANT = ChartStyle.VERMILLION;
    private static final Stroke VARIANT_LINE = ChartStyle.stroke(1, ChartStyle.LINE_WIDTH);
    /** Events that differ, in the events' grey: added solid, removed dashed (no series colour). */
    private static final Stroke ADDED = new BasicStroke(1.5f);
    private static final Stroke REMOVED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {5, 4}, 0);
    /** A changed event's legend entry: an upright stretch of its line. */
    private static final Line2D EVENT_LINE = new Line2D.Double(0, -7, 0, 7);

    private CompareCharts() {}

    public static List<Path> write(Comparison c, Path dir) throws IOException {
        List<Path> files = new ArrayList<>(ChartFiles.write(overlay(c), dir, "overlay"));
        files.addAll(ChartFiles.write(difference(c), dir, "difference"));
        return files;
    }

    static JFreeChart overlay(Comparison c) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(TimeAxes.axis(c.firstBase()));
        for (Panel p : panels(c)) {
            XYSeriesCollection data = new XYSeriesCollection();
            // keys only need to differ within the panel: the legend is set by hand below
            XYSeries base = new XYSeries("base", false, false);
            XYSeries variant = new XYSeries("variant", false, false);
            RunRecord.Key key = new RunRecord.Key(p.metric(), "", "");
            for (int d = 0; d < c.days(); d++) {
                MeanEstimate e = c.daily(key, d);
                base.add(TimeAxes.millis(c.firstBase(), d), e.baseMean());
                variant.add(TimeAxes.millis(c.firstBase(), d), e.variantMean());
            }
            data.addSeries(base);
            data.addSeries(variant);
            MarkedLines r = new MarkedLines(c.days());
            r.style(0, BASE, BASE_LINE, ChartStyle.shape(0));
            r.style(1, VARIANT, VARIANT_LINE, ChartStyle.shape(1));
            r.setDefaultSeriesVisibleInLegend(false);
            plot.add(subplot(data, r, p.label(), false), 1);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(MarkedLines.legendItem("base: " + c.base().name(), BASE, BASE_LINE, ChartStyle.shape(0)));
        legend.add(MarkedLines.legendItem("variant: " + c.variant().name(), VARIANT, VARIANT_LINE, ChartStyle.shape(1)));
        legend.addAll(markChangedEvents(plot, c));
        plot.setFixedLegendItems(legend);
        return chart("What-if: " + c.variant().title(), c, plot, "means over " + c.replications() + " replications");
    }

    static JFreeChart difference(Comparison c) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(TimeAxes.axis(c.firstBase()));
        List<Panel> panels = panels(c);
        for (int k = 0; k < panels.size(); k++) {
            Panel p = panels.get(k);
            YIntervalSeries s = new YIntervalSeries("Δ " + p.label() + " (variant − base), 95% CI");
            RunRecord.Key key = new RunRecord.Key(p.metric(), "", "");
            for (int d = 0; d < c.days(); d++) {
                MeanEstimate e = c.daily(key, d);
                s.add(TimeAxes.millis(c.firstBase(), d), e.difference(), e.low(), e.high());
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(s);
            DeviationRenderer r = new DeviationRenderer(true, false);
            Color colour = ChartStyle.colour(k);
            r.setSeriesPaint(0, colour);
            r.setSeriesFillPaint(0, ChartStyle.withAlpha(colour, 70));
            r.setSeriesStroke(0, new BasicStroke(ChartStyle.LINE_WIDTH));
            XYPlot sub = subplot(data, r, "Δ " + p.label(), true);
            sub.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(1f)));
            plot.add(sub, 1);
        }
        LegendItemCollection legend = new LegendItemCollection();
        for (XYPlot sub : plot.getSubplots()) {
            legend.addAll(sub.getRenderer().getLegendItems());
        }
        legend.addAll(markChangedEvents(plot, c));
        plot.setFixedLegendItems(legend);
        return chart("Difference: " + c.variant().title() + " − " + c.base().title(), c, plot,
                "mean difference over " + c.replications() + " replications with common random numbers; band: 95% CI");
    }

    private static List<Panel> panels(Comparison c) {
        Set<String> present = new HashSet<>();
        c.keys().forEach(k -> present.add(k.metric()));
        return PANELS.stream().filter(p -> present.contains(p.metric())).toList();
    }

    private static XYPlot subplot(org.jfree.data.xy.XYDataset data, XYLineAndShapeRenderer r, String label,
                                  boolean includeZero) {
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(includeZero);
        y.setAutoRangeStickyZero(false); // the zero line stays inside the panel, not on its edge
        y.setLabelFont(ChartStyle.SMALL);
        XYPlot plot = new XYPlot(data, null, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        ChartStyle.axis(y);
        return plot;
    }

    /**
     * Events only the base has (removed, dashed) or only the variant has (added, solid) as grey
     * lines on every panel; their ids go in the legend, where they do not collide.
     */
    private static LegendItemCollection markChangedEvents(CombinedDomainXYPlot plot, Comparison c) {
        LegendItemCollection legend = new LegendItemCollection();
        mark(plot, legend, c, c.base(), c.variant(), "removed", REMOVED);
        mark(plot, legend, c, c.variant(), c.base(), "added", ADDED);
        return legend;
    }

    private static void mark(CombinedDomainXYPlot plot, LegendItemCollection legend, Comparison c, Scenario has,
                             Scenario lacks, String what, Stroke stroke) {
        Set<String> other = new HashSet<>();
        lacks.events().forEach(e -> other.add(e.id()));
        List<String> ids = new ArrayList<>();
        for (Scenario.Event e : has.events()) {
            int day = (int) (e.date().toEpochDay() - c.firstBase().start().toEpochDay());
            if (other.contains(e.id()) || day < 0 || day >= c.days()) {
                continue;
            }
            ids.add(e.id());
            for (XYPlot sub : plot.getSubplots()) {
                sub.addDomainMarker(new ValueMarker(TimeAxes.millis(c.firstBase(), day), ChartStyle.EVENT_MARK, stroke),
                        Layer.BACKGROUND);
            }
        }
        if (!ids.isEmpty()) {
            legend.add(new LegendItem(what + ": " + String.join(", ", ids), null, null, null, EVENT_LINE, stroke,
                    ChartStyle.EVENT_MARK));
        }
    }

    private static JFreeChart chart(String title, Comparison c, CombinedDomainXYPlot plot, String subtitle) {
        plot.setGap(12);
        return ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, true),
                c.date(0) + " to " + c.date(c.days() - 1) + ", " + subtitle);
    }
}
