package entente.output;

import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType.Family;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
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
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Puts a run's events on a daily time chart, in greys that no data series uses, so that an
 * event never reads as a series. Scenario events (the historical timeline) are thin
 * full-height lines with their family's symbol on top; the states' own decisions are far more
 * numerous, so they are only symbols in a rug along the bottom. Events a user injected are
 * thick lines, always labelled: they are what a class is watching for.
 */
final class EventMarkers {
    /** Events with at least this intensity are landmarks and may carry a label. */
    static final double LANDMARK = 1.5;

    /**
     * One symbol per family of event types; the family is told by shape, not colour. They are
     * hollow, where the markers on data lines are filled.
     */
    private static final Map<Family, Shape> SYMBOLS = Map.of(Family.FORCE, ShapeUtils.createUpTriangle(5),
            Family.EXERCISE, new Rectangle2D.Double(-4, -4, 8, 8), Family.PRESSURE, ShapeUtils.createDiamond(5),
            Family.DIPLOMACY, new Ellipse2D.Double(-4.5, -4.5, 9, 9));

    /** The index of the rug's dataset, renderer and hidden 0..1 range axis in the plot. */
    private static final int RUG = 1;
    /** Heights on the rug's 0..1 axis: decisions along the bottom, timeline symbols on top, labels below them. */
    private static final double RUG_Y = 0.025;
    private static final double TOP_Y = 0.985;
    private static final double LABEL_Y = 0.965;
    private static final String TIMELINE = "timeline event (line, symbol on top)";
    private static final String DECISIONS = "decision by a state (symbol at bottom)";
    private static final String INJECTED = "injected by a user (thick line)";
    private static final BasicStroke SYMBOL_STROKE = new BasicStroke(1.5f);
    private static final Shape THICK_LINE = new Rectangle2D.Double(-2.5, -7, 5, 14);
    private static final Shape LEGEND_LINE = new Rectangle2D.Double(-0.75, -7, 1.5, 14);
    /** Rough share of the plot width one rotated label needs, to keep labels from overlapping. */
    private static final double LABEL_WIDTH_SHARE = 0.016;
    private static final int LABEL_CHARS = 28;

    private EventMarkers() {}

    /** Days that share one pixel column of a chart (at least one). */
    private static int perColumn(RunRecord r) {
        return Math.max(1, (int) Math.ceil(r.days() / (double) ChartFiles.WIDTH));
    }

    private static int column(RunRecord r, int day) {
        return day / perColumn(r);
    }

    /**
     * Draws the events on the plot (whose x values are epoch milliseconds) and returns legend
     * items explaining them, for the families that actually occur.
     */
    static LegendItemCollection add(XYPlot plot, RunRecord r, boolean labels) {
        List<ModelEvent> timeline = timeline(r);
        List<ModelEvent> decisions = decisions(r);
        Set<Integer> lined = new HashSet<>();
        for (ModelEvent e : timeline) {
            if (injected(e)) {
                plot.addDomainMarker(new ValueMarker(TimeAxes.millis(r, e.day()), ChartStyle.EVENT_MARK,
                        new BasicStroke(3.5f)), Layer.BACKGROUND);
            } else if (lined.add(column(r, e.day()))) { // one line stands for the events of a pixel column
                plot.addDomainMarker(new ValueMarker(TimeAxes.millis(r, column(r, e.day()) * perColumn(r)),
                        ChartStyle.EVENT_LINE, new BasicStroke(1f)), Layer.BACKGROUND);
            }
        }
        XYLineAndShapeRenderer rug = rug(plot, r, timeline, decisions);
        if (labels) {
            label(rug, r, timeline);
        }
        Set<Family> seen = EnumSet.noneOf(Family.class);
        r.events().forEach(e -> seen.add(e.type().family()));
        LegendItemCollection items = new LegendItemCollection();
        for (Family f : seen) {
            items.add(new LegendItem(f.label(), null, null, null, true, SYMBOLS.get(f), false, Color.WHITE, true,
                    ChartStyle.EVENT_MARK, SYMBOL_STROKE, false, LEGEND_LINE, SYMBOL_STROKE, Color.WHITE));
        }
        if (timeline.stream().anyMatch(e -> !injected(e))) {
            items.add(new LegendItem(TIMELINE, null, null, null, LEGEND_LINE, ChartStyle.EVENT_LINE));
        }
        if (!decisions.isEmpty()) {
            items.add(new LegendItem(DECISIONS, null, null, null, LEGEND_LINE, Color.WHITE));
        }
        if (timeline.stream().anyMatch(EventMarkers::injected)) {
            items.add(new LegendItem(INJECTED, null, null, null, THICK_LINE, ChartStyle.EVENT_MARK));
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
     * Per family, the symbols of its decisions along the bottom and of its timeline events on
     * top, on a hidden 0..1 axis, so that they hug the plot's edges whatever the data range.
     * The renderer also carries the labels, positioned on the same axis.
     */
    private static XYLineAndShapeRenderer rug(XYPlot plot, RunRecord r, List<ModelEvent> timeline,
                                              List<ModelEvent> decisions) {
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        List<ModelEvent> scripted = timeline.stream().filter(e -> !injected(e)).toList();
        for (Family f : Family.values()) {
            symbols(data, renderer, r, f, decisions, RUG_Y, "decisions");
            symbols(data, renderer, r, f, scripted, TOP_Y, "timeline");
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

    private static void symbols(DefaultXYDataset data, XYLineAndShapeRenderer renderer, RunRecord r, Family f,
                                List<ModelEvent> events, double y, String what) {
        // one symbol per family and pixel column: a long run's marks stay as many as the chart is wide
        double[] x = events.stream().filter(e -> e.type().family() == f).mapToInt(e -> column(r, e.day())).distinct()
                .mapToDouble(c -> TimeAxes.millis(r, c * perColumn(r))).toArray();
        if (x.length > 0) {
            int s = data.getSeriesCount();
            data.addSeries(f.label() + " " + what, new double[][] {x, constant(x.length, y)});
            renderer.setSeriesPaint(s, ChartStyle.EVENT_MARK);
            renderer.setSeriesShape(s, SYMBOLS.get(f));
            renderer.setSeriesShapesFilled(s, false);
            renderer.setSeriesOutlineStroke(s, SYMBOL_STROKE);
        }
    }

    /**
     * Labels the injected and the landmark scenario events, written upwards from the top of the
     * plot. Injected first, then strongest first; a label that would overlap one already placed
     * is dropped (its line stays).
     */
    private static void label(XYLineAndShapeRenderer renderer, RunRecord r, List<ModelEvent> timeline) {
        double width = LABEL_WIDTH_SHARE * r.days(); // a label's width, in days
        List<double[]> taken = new ArrayList<>();
        List<ModelEvent> landmarks = timeline.stream()
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
        XYTextAnnotation a = new XYTextAnnotation(shortLabel(e), TimeAxes.millis(r, e.day()), LABEL_Y);
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
