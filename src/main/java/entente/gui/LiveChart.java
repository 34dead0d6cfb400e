package entente.gui;

import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.output.ChartStyle;
import entente.output.TimeAxes;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One live chart: the lines of the current run, drawn day by day into the same chart (so that
 * a zoom stays), the watched lines of earlier runs faded behind them with their run number at
 * the end, the timeline's and injected events as vertical lines, and the states' own moves as
 * ticks along the bottom. The value axis is fixed when the run starts and only ever widens.
 */
final class LiveChart {
    /**
     * A line of the current run; a watched line is also kept, faded, from earlier runs. A line
     * read on the right-hand axis is drawn at {@code scale} times its value on the left one (the
     * right axis is the left one divided by the scale, so their gridlines coincide).
     */
    record Line(RunRecord.Key key, String label, Color colour, Stroke stroke, boolean watched, double scale) {
        Line(RunRecord.Key key, String label, Color colour, Stroke stroke, boolean watched) {
            this(key, label, colour, stroke, watched, 1);
        }

        boolean right() {
            return scale != 1;
        }
    }

    private static final int GHOSTS = 1;
    private static final int RUG = 2;
    /** The index of the right-hand axis (1 is the rug's hidden one). */
    private static final int RIGHT = 2;
    /** How a legend says that a line is read on the right-hand axis. */
    static final String RIGHT_NOTE = " (right axis)";
    private static final double RUG_Y = 0.03;
    /** Labels of timeline events closer than this share of the period are dropped (their line stays). */
    private static final double LABEL_GAP = 0.035;
    private static final int LABEL_CHARS = 30;
    private static final int[] GHOST_ALPHA = {120, 80, 55};
    private static final Shape TICK = new Rectangle2D.Double(-1.2, -7, 2.4, 14);
    private static final Shape LEGEND_LINE = new Line2D.Double(-14, 0, 14, 0);

    private final LocalDate start;
    private final int days;
    private final List<String> actors;
    private final List<Line> lines;
    private final XYSeriesCollection current = new XYSeriesCollection();
    private final XYSeriesCollection ghosts = new XYSeriesCollection();
    private final XYSeriesCollection rug = new XYSeriesCollection();
    private final XYLineAndShapeRenderer ghostRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer rugRenderer = new XYLineAndShapeRenderer(false, true);
    private final XYPlot plot;
    private final NumberAxis y;
    /** The right-hand axis of lines drawn scaled, or null. */
    private final NumberAxis right;
    private final ChartPanel panel;
    private final Map<String, XYSeries> ticks = new HashMap<>();
    /** The spans of days the labels drawn so far cover, {from, to}. */
    private final List<double[]> labelled = new ArrayList<>();
    private final java.util.Set<String> labels = new java.util.HashSet<>();
    private double lo;
    private double hi;
    /** A lesson fixed the value axis: it never widens. */
    private final boolean fixed;
    /**
     * Which lines have had a point inside the value axis in this run: the legend lists only
     * those (on a lesson's fixed axis a state's line may lie wholly outside it).
     */
    private final boolean[] inView;
    /** The legend's entries for the earlier runs drawn faded. */
    private final List<LegendItem> pastRuns = new ArrayList<>();
    private int shownDays;
    private int shownEvents;

    /** A chart whose value axis starts at range; fixed, it stays there (a lesson chose it), else it widens when a run leaves it. */
    LiveChart(List<Line> lines, String yLabel, LocalDate start, int days, List<String> actors, double[] range,
              boolean fixed) {
        this.fixed = fixed;
        this.lines = List.copyOf(lines);
        this.inView = new boolean[lines.size()];
        this.start = start;
        this.days = days;
        this.actors = actors;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false) {
            private static final long serialVersionUID = 1L;

            /** A dot where each line starts, so that the first day shows before a line has two points. */
            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return item == 0;
            }
        };
        renderer.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        // one path per line, so that the dash pattern runs along it instead of restarting every day
        renderer.setDrawSeriesLineAsPath(true);
        ghostRenderer.setDrawSeriesLineAsPath(true);
        renderer.setAutoPopulateSeriesShape(false);
        for (int k = 0; k < lines.size(); k++) {
            XYSeries s = new XYSeries(lines.get(k).label(), false, true);
            current.addSeries(s);
            renderer.setSeriesPaint(k, lines.get(k).colour());
            renderer.setSeriesStroke(k, lines.get(k).stroke());
        }
        y = new NumberAxis(yLabel);
        right = lines.stream().filter(Line::right).findFirst()
                .map(l -> new NumberAxis(l.label().replace(RIGHT_NOTE, ""))).orElse(null);
        plot = new XYPlot(current, TimeAxes.axis(start, days), y, renderer);
        if (right != null) {
            plot.setRangeAxis(RIGHT, right);
            plot.setRangeAxisLocation(RIGHT, org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        }
        plot.setDataset(GHOSTS, ghosts);
        plot.setRenderer(GHOSTS, ghostRenderer);
        plot.setDataset(RUG, rug);
        plot.setRenderer(RUG, rugRenderer);
        NumberAxis hidden = new NumberAxis();
        hidden.setRange(0, 1);
        hidden.setVisible(false);
        plot.setRangeAxis(1, hidden);
        plot.mapDatasetToRangeAxis(RUG, 1);
        // the current run is drawn over the faded earlier ones
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        rugRenderer.setDefaultSeriesVisibleInLegend(false);
        ghostRenderer.setDefaultSeriesVisibleInLegend(false);
        JFreeChart chart = ChartStyle.apply(new JFreeChart("", ChartStyle.TITLE, plot, true), "");
        // the tab names the chart: no title or subtitle, to leave the room to the lines
        chart.setTitle((org.jfree.chart.title.TextTitle) null);
        for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                chart.removeSubtitle(t);
            }
        }
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 8));
        panel = new ChartPanel(chart, false, true, false, true, true) {
            private static final long serialVersionUID = 1L;

            /** Draws at the size divided by the font scale and scales up, so the lettering grows with the rest. */
            @Override
            public void setBounds(int x, int y, int width, int height) {
                super.setBounds(x, y, width, height);
                setMaximumDrawWidth(Math.max(1, Math.round(width / GuiFonts.factor())));
                setMaximumDrawHeight(Math.max(1, Math.round(height / GuiFonts.factor())));
            }

            /** Undoing a zoom goes back to the chart's own axes, not to ranges fitted to the data. */
            @Override
            public void restoreAutoBounds() {
                setRange(lo, hi);
                plot.getDomainAxis().setRange(x(0), x(Math.max(1, LiveChart.this.days - 1)));
            }
        };
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(150);
        setRange(range[0], range[1]);
    }

    ChartPanel panel() {
        return panel;
    }

    /** Empties the chart for a new run and draws the earlier runs' watched lines, faded. */
    void newRun(List<RunHistory.PastRun> past) {
        for (int k = 0; k < current.getSeriesCount(); k++) {
            current.getSeries(k).clear();
        }
        plot.clearDomainMarkers();
        rug.removeAllSeries();
        ticks.clear();
        rugRenderer.removeAnnotations();
        labelled.clear();
        labels.clear();
        ghosts.removeAllSeries();
        ghostRenderer.removeAnnotations();
        java.util.Arrays.fill(inView, !fixed); // an axis that widens shows every line
        pastRuns.clear();
        for (int age = 0; age < past.size(); age++) {
            RunHistory.PastRun run = past.get(age);
            int alpha = GHOST_ALPHA[Math.min(age, GHOST_ALPHA.length - 1)];
            boolean numbered = false;
            for (Line l : lines) {
                double[] v = l.watched() ? run.series(l.key()) : null;
                if (v != null) {
                    ghost(l, v, alpha, numbered ? null : "run " + run.number());
                    numbered = true;
                }
            }
            pastRuns.add(legendItem("run " + run.number() + " (faded): " + run.settings(),
                    ChartStyle.withAlpha(ChartStyle.MUTED, alpha + 40), new BasicStroke(2.5f)));
        }
        showLegend();
        shownDays = 0;
        shownEvents = 0;
    }

    /** The lines in view, the earlier runs, then the kinds of event mark. */
    private void showLegend() {
        LegendItemCollection legend = new LegendItemCollection();
        for (int k = 0; k < lines.size(); k++) {
            if (inView[k]) {
                legend.add(legendItem(lines.get(k).label(), lines.get(k).colour(), lines.get(k).stroke()));
            }
        }
        pastRuns.forEach(legend::add);
        legend.add(legendItem("timeline event", ChartStyle.withAlpha(ChartStyle.MUTED, 150), new BasicStroke(1.2f)));
        legend.add(legendItem("injected event", ChartStyle.TEXT, new BasicStroke(3.5f)));
        legend.add(new LegendItem("a state's own move (tick)", null, null, null, TICK, ChartStyle.MUTED));
        plot.setFixedLegendItems(legend);
    }

    /** An earlier run's line, faded; the run's number at its end when a label is given. */
    private void ghost(Line l, double[] v, int alpha, String label) {
        XYSeries s = new XYSeries(ghosts.getSeriesCount(), false, true);
        double[] drawn = java.util.Arrays.stream(v).map(value -> l.scale() * value).toArray();
        for (int d = 0; d < drawn.length; d++) {
            s.add(x(d), drawn[d], false);
        }
        int k = ghosts.getSeriesCount();
        ghosts.addSeries(s);
        ghostRenderer.setSeriesPaint(k, ChartStyle.withAlpha(l.colour(), alpha));
        ghostRenderer.setSeriesStroke(k, l.stroke());
        include(drawn);
        if (label != null) {
            // just above the end of the line, inside the plot
            XYTextAnnotation end = new XYTextAnnotation(label + " ", x(drawn.length - 1), drawn[drawn.length - 1]);
            end.setFont(ChartStyle.SMALL.deriveFont(Font.BOLD));
            end.setPaint(ChartStyle.withAlpha(ChartStyle.TEXT, alpha + 60));
            end.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
            ghostRenderer.addAnnotation(end);
        }
    }

    /** Draws the days and events the run has added since the last call. */
    void update(RunRecord r) {
        if (r.days() <= shownDays && r.events().size() <= shownEvents) {
            return;
        }
        boolean cameIntoView = false;
        for (int k = 0; k < lines.size(); k++) {
            RunRecord.Key key = lines.get(k).key();
            XYSeries s = current.getSeries(k);
            s.setNotify(false);
            for (int d = shownDays; d < r.days(); d++) {
                double v = lines.get(k).scale() * r.value(key, d);
                s.add(x(d), v, false);
                include(v);
                if (!inView[k] && v >= lo && v <= hi) {
                    inView[k] = true;
                    cameIntoView = true;
                }
            }
            s.setNotify(true);
        }
        if (cameIntoView) {
            showLegend();
        }
        List<ModelEvent> events = r.events();
        for (int i = shownEvents; i < events.size(); i++) {
            mark(events.get(i), r);
        }
        shownDays = r.days();
        shownEvents = events.size();
    }

    private void mark(ModelEvent e, RunRecord r) {
        double x = x(e.day());
        switch (e.origin()) {
            case DECISION -> tick(e, x);
            case INJECTED -> {
                plot.addDomainMarker(new ValueMarker(x, ChartStyle.TEXT, new BasicStroke(3.5f)), Layer.BACKGROUND);
                label("injected: " + EventLines.label(e, r.actors()), e.day(), true); // always: the class made it
            }
            default -> {
                plot.addDomainMarker(new ValueMarker(x, ChartStyle.withAlpha(ChartStyle.MUTED, 150),
                        new BasicStroke(1.2f)), Layer.BACKGROUND);
                String text = EventLines.label(e, r.actors());
                if (e.intensity() >= 1.5 && free(e.day()) != 0 && labels.add(text)) { // the first of a series only
                    label(text, e.day(), false);
                }
            }
        }
    }

    /** A state's own move: a tick in its colour along the bottom. */
    private void tick(ModelEvent e, double x) {
        String actor = actors.get(e.actors()[0]);
        XYSeries s = ticks.computeIfAbsent(actor, a -> {
            XYSeries made = new XYSeries(a, false, true);
            rug.addSeries(made);
            int k = rug.getSeriesCount() - 1;
            rugRenderer.setSeriesPaint(k, ChartStyle.withAlpha(ChartStyle.colour(a), 200));
            rugRenderer.setSeriesShape(k, TICK);
            return made;
        });
        s.add(x, RUG_Y);
    }

    /** The span a label of that day covers on one side of its line: right (+1) or left (-1). */
    private double[] span(int day, int side) {
        double gap = LABEL_GAP * days;
        return side > 0 ? new double[] {day, day + gap} : new double[] {day - gap, day};
    }

    /** The side of its line where a label of that day covers no other and fits: +1, -1, or 0 for neither. */
    private int free(int day) {
        for (int side : new int[] {1, -1}) {
            double[] s = span(day, side);
            if (s[0] >= 0 && s[1] <= days && labelled.stream().noneMatch(t -> t[0] < s[1] && s[0] < t[1])) {
                return side;
            }
        }
        return 0;
    }

    /**
     * A label written upwards from the top of the plot, beside its line on a free side (an
     * injected event's label goes on the right when neither is free).
     */
    private void label(String text, int day, boolean bold) {
        boolean left = free(day) < 0;
        labelled.add(span(day, left ? -1 : 1));
        String shown = text.length() <= LABEL_CHARS ? text : text.substring(0, LABEL_CHARS - 1) + "…";
        XYTextAnnotation a = new XYTextAnnotation(shown, x(day), 0.985);
        a.setFont(bold ? ChartStyle.SMALL.deriveFont(Font.BOLD) : ChartStyle.SMALL);
        a.setPaint(ChartStyle.TEXT);
        a.setBackgroundPaint(ChartStyle.withAlpha(Color.WHITE, 200));
        a.setRotationAngle(-Math.PI / 2);
        TextAnchor anchor = left ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT;
        a.setTextAnchor(anchor);
        a.setRotationAnchor(anchor);
        rugRenderer.addAnnotation(a, Layer.FOREGROUND);
    }

    private void include(double[] values) {
        for (double v : values) {
            include(v);
        }
    }

    /** Widens the value axis, with room to spare, when a value falls outside it. */
    private void include(double v) {
        if (!fixed && (v < lo || v > hi)) {
            double newLo = Math.min(lo, v);
            double newHi = Math.max(hi, v);
            double room = 0.1 * (newHi - newLo);
            setRange(v < lo ? newLo - room : lo, v > hi ? newHi + room : hi);
        }
    }

    private void setRange(double low, double high) {
        lo = low;
        hi = high;
        y.setRange(low, high);
        double step = ChartStyle.roundStep((high - low) / 8);
        y.setTickUnit(ChartStyle.tickUnit(step));
        if (right != null) {
            double scale = lines.stream().filter(Line::right).findFirst().orElseThrow().scale();
            right.setRange(low / scale, high / scale);
            right.setTickUnit(ChartStyle.tickUnit(step / scale));
        }
    }

    private double x(int day) {
        return TimeAxes.millis(start, day);
    }

    /** The values drawn for a line of the current run (for tests: what the class sees). */
    double[] shown(RunRecord.Key key) {
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).key().equals(key)) {
                XYSeries s = current.getSeries(k);
                double[] v = new double[s.getItemCount()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = s.getY(i).doubleValue() / lines.get(k).scale();
                }
                return v;
            }
        }
        return null;
    }

    double[] range() {
        return new double[] {lo, hi};
    }

    private static LegendItem legendItem(String label, Color colour, Stroke stroke) {
        return new LegendItem(label, null, null, null, false, LEGEND_LINE, false, colour, false, colour, stroke,
                true, LEGEND_LINE, stroke, colour);
    }
}
