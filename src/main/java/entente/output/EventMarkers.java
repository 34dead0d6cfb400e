package entente.output;

import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType.Family;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Puts a run's events on a daily time chart. Scenario events (the historical timeline) are thin
 * full-height lines coloured by family; the states' own decisions are far more numerous, so
 * they go in a rug of short ticks along the bottom instead of cluttering the plot. Events a
 * user injected are thick lines, always labelled: they are what a class is watching for.
 */
final class EventMarkers {
    /** Events with at least this intensity are landmarks and may carry a label. */
    static final double LANDMARK = 1.5;

    /** One colour per family of event types (hostile warm, cooperative cool). */
    private static final Map<Family, Color> COLOURS = Map.of(Family.FORCE, ChartStyle.VERMILLION,
            Family.EXERCISE, ChartStyle.ORANGE, Family.PRESSURE, ChartStyle.PURPLE, Family.DIPLOMACY, ChartStyle.GREEN);

    /** The index of the rug's dataset, renderer and hidden 0..1 range axis in the plot. */
    private static final int RUG = 1;
    private static final double RUG_Y = 0.025;
    private static final String DECISIONS = "decisions by states (ticks at bottom)";
    private static final String INJECTED = "injected by a user (thick lines)";
    private static final Shape THICK_LINE = new Rectangle2D.Double(-2.5, -7, 5, 14);
    private static final Shape TICK = new Rectangle2D.Double(-1, -7, 2, 14);
    private static final Shape LEGEND_LINE = new Rectangle2D.Double(-1.5, -7, 3, 14);
    /** Rough share of the plot width one rotated label needs, to keep labels from overlapping. */
    private static final double LABEL_WIDTH_SHARE = 0.016;
    private static final int LABEL_CHARS = 28;

    private EventMarkers() {}

    /**
     * Draws the events on the plot (whose x values are epoch milliseconds) and returns legend
     * items explaining them, for the families that actually occur.
     */
    static LegendItemCollection add(XYPlot plot, RunRecord r, boolean labels) {
        Set<Family> seen = EnumSet.noneOf(Family.class);
        for (ModelEvent e : timeline(r)) {
            Family f = e.type().family();
            seen.add(f);
            ValueMarker m = injected(e)
                    ? new ValueMarker(TimeAxes.millis(r, e.day()), COLOURS.get(f), new BasicStroke(3.5f))
                    : new ValueMarker(TimeAxes.millis(r, e.day()), ChartStyle.withAlpha(COLOURS.get(f), 150),
                            new BasicStroke(1.2f));
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        decisions(r).forEach(e -> seen.add(e.type().family())); // the rug uses the same colours
        XYLineAndShapeRenderer rug = rug(plot, r);
        if (labels) {
            label(rug, r);
        }
        LegendItemCollection items = new LegendItemCollection();
        for (Family f : seen) {
            items.add(new LegendItem(f.label(), null, null, null, LEGEND_LINE, COLOURS.get(f)));
        }
        if (!decisions(r).isEmpty()) {
            items.add(new LegendItem(DECISIONS, null, null, null, TICK, ChartStyle.MUTED));
        }
        if (timeline(r).stream().anyMatch(EventMarkers::injected)) {
            items.add(new LegendItem(INJECTED, null, null, null, THICK_LINE, ChartStyle.MUTED));
        }
        return items;
    }

    /** The events drawn as lines: the scenario's timeline and what users injected. */
    private static List<ModelEvent> timeline(RunRecord r) {
        return r.events().stream().filter(e -> e.origin() == EventOrigin.SCENARIO || injected(e)).toList();
    }

    private static boolean injected(ModelEvent e) {
        return e.origin() == EventOrigin.INJECTED;
    }

    private static List<ModelEvent> decisions(RunRecord r) {
        return r.events().stream().filter(e -> e.origin().isChoice()).toList();
    }

    /**
     * One tick series per family on a hidden 0..1 axis, so the rug hugs the bottom whatever
     * the data range. Its renderer also carries the labels, positioned on the same axis.
     */
    private static XYLineAndShapeRenderer rug(XYPlot plot, RunRecord r) {
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        List<ModelEvent> decisions = decisions(r);
        for (Family f : Family.values()) {
            double[] x = decisions.stream().filter(e -> e.type().family() == f)
                    .mapToDouble(e -> TimeAxes.millis(r, e.day())).toArray();
            if (x.length > 0) {
                int s = data.getSeriesCount();
                data.addSeries(f.label(), new double[][] {x, constant(x.length, RUG_Y)});
                renderer.setSeriesPaint(s, ChartStyle.withAlpha(COLOURS.get(f), 190));
                renderer.setSeriesShape(s, TICK);
            }
        }
        renderer.setDefaultSeriesVisibleInLegend(false);
        NumberAxis axis = new NumberAxis();
        axis.setRange(0, 1);
        axis.setVisible(false);
        plot.setRangeAxis(RUG, axis);
        plot.setDataset(RUG, data);
        plot.mapDatasetToRangeAxis(RUG, RUG);
        plot.setRenderer(RUG, renderer);
        return renderer;
    }

    /**
     * Labels the injected and the landmark scenario events, written upwards from the top of the
     * plot. Injected first, then strongest first; a label that would overlap one already placed
     * is dropped (its line stays).
     */
    private static void label(XYLineAndShapeRenderer renderer, RunRecord r) {
        double width = LABEL_WIDTH_SHARE * r.days(); // a label's width, in days
        List<double[]> taken = new ArrayList<>();
        List<ModelEvent> landmarks = timeline(r).stream()
                .filter(e -> injected(e) || e.intensity() >= LANDMARK)
                .sorted(Comparator.comparing((ModelEvent e) -> !injected(e))
                        .thenComparing(Comparator.comparingDouble(ModelEvent::intensity).reversed())
                        .thenComparingInt(ModelEvent::day).thenComparing(ModelEvent::id))
                .toList();
        for (ModelEvent e : landmarks) {
            // Rotated a quarter turn the label sits just right of its line, or left of it near
            // the right edge, where it would be clipped.
            boolean left = e.day() + width > r.days();
            double[] span = left ? new double[] {e.day() - width, e.day()} : new double[] {e.day(), e.day() + width};
            if (taken.stream().noneMatch(t -> t[0] < span[1] && span[0] < t[1])) {
                taken.add(span);
                renderer.addAnnotation(annotation(e, r, left), Layer.FOREGROUND);
            }
        }
    }

    private static XYTextAnnotation annotation(ModelEvent e, RunRecord r, boolean left) {
        XYTextAnnotation a = new XYTextAnnotation(shortLabel(e), TimeAxes.millis(r, e.day()), 0.99);
        a.setFont(ChartStyle.SMALL);
        a.setPaint(ChartStyle.TEXT);
        a.setBackgroundPaint(ChartStyle.withAlpha(Color.WHITE, 200)); // legible over data lines
        a.setRotationAngle(-Math.PI / 2);
        TextAnchor anchor = left ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT;
        a.setTextAnchor(anchor);
        a.setRotationAnchor(anchor);
        return a;
    }

    static String shortLabel(ModelEvent e) {
        String s = e.id();
        return s.length() <= LABEL_CHARS ? s : s.substring(0, LABEL_CHARS - 1) + "…";
    }

    private static double[] constant(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
