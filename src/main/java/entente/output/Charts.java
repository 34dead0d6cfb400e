package entente.output;

import entente.model.RunRecord;
import entente.scenario.Scenario;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The charts of a run: alliance cohesion and escalation over time with the event timeline,
 * and the affinity matrix on the last day. Each is written as PNG and SVG.
 */
public final class Charts {
    /** Share of a time chart's axis kept free above the data for the events' symbols along the top. */
    private static final double SYMBOL_ROOM = 0.1;
    /** Share of the cohesion axis kept free above the data for the rotated event labels. */
    private static final double LABEL_HEADROOM = 0.3;
    /** The index of the right-hand axis and its dataset (the event rug has 1). */
    private static final int RIGHT = 2;
    private static final Font VALUE_FONT = new Font(ChartStyle.FONT, Font.BOLD, 15);

    private Charts() {}

    /**
     * A line of a time chart: its colour, dash and marker, and whether it is read on the
     * right-hand axis.
     */
    private record Line(String label, double[] values, Color colour, Stroke stroke, Shape marker, boolean right) {
        Line(String label, double[] values, int slot, float width) {
            this(label, values, ChartStyle.colour(slot), ChartStyle.stroke(slot, width), ChartStyle.shape(slot), false);
        }

        Line(String label, double[] values, String state) {
            this(label, values, ChartStyle.colour(state), ChartStyle.stroke(state, ChartStyle.LINE_WIDTH),
                    ChartStyle.shape(state), false);
        }

        Line onTheRight() {
            return new Line(label, values, colour, stroke, marker, true);
        }
    }

    /** Colour slots of the aggregate lines (the six states take slots 0 to 5). */
    private static final int TRILATERAL = 0;
    private static final int POLARIZATION = 5;
    private static final int AGGREGATE = ChartStyle.AGGREGATE;

    /** Writes cohesion, escalation and affinity charts into dir; returns the files written. */
    public static List<Path> write(RunRecord record, Scenario scenario, Path dir) throws IOException {
        if (record.days() == 0) {
            throw new IllegalArgumentException("the run recorded no days, there is nothing to chart");
        }
        Files.createDirectories(dir);
        return ChartFiles.writeAll(List.of(
                () -> ChartFiles.write(cohesion(record, scenario), dir, "cohesion"),
                () -> ChartFiles.write(escalation(record, scenario), dir, "escalation"),
                () -> ChartFiles.write(affinity(record, scenario), dir, "affinity")));
    }

    /**
     * Cohesion of the two blocs on the left axis and polarization, which spans twice that
     * range, on an axis of its own on the right; with the events (also drawn live by the GUI).
     */
    public static JFreeChart cohesion(RunRecord r, Scenario s) {
        List<Line> lines = new ArrayList<>();
        series(r, "cohesion_trilateral", "").ifPresent(v -> lines.add(new Line(
                "trilateral cohesion (" + String.join(", ", s.trilateral()) + ")", v, TRILATERAL, ChartStyle.LINE_WIDTH)));
        series(r, "cohesion_counter", "").ifPresent(v -> lines.add(new Line(
                "counter-bloc alignment (" + String.join(", ", s.counter()) + ")", v, AGGREGATE, ChartStyle.LINE_WIDTH)));
        series(r, "polarization", "").ifPresent(v -> lines.add(new Line(
                "polarization (right axis)", v, POLARIZATION, ChartStyle.LINE_WIDTH).onTheRight()));
        // Zoomed to the data rather than fixed at −1 … 1, so that changes stay visible.
        XYPlot plot = timePlot(r, lines, "alignment (−1 … 1)", true, LABEL_HEADROOM);
        rightAxis(plot, r, lines, "polarization: within blocs − across (−2 … 2)");
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(0.8f)));
        return chart("Alliance cohesion — " + s.title(), period(r), plot, true);
    }

    /** Each state's escalation and the capability-weighted index over time, with the events. */
    public static JFreeChart escalation(RunRecord r, Scenario s) {
        List<Line> lines = perState(r, "escalation");
        series(r, "escalation_index", "").ifPresent(v -> lines.add(new Line(
                "capability-weighted index", v, AGGREGATE, 3.6f)));
        XYPlot plot = timePlot(r, lines, "escalation level", false, SYMBOL_ROOM);
        return chart("Escalation — " + s.title(), period(r), plot, true);
    }

    /**
     * Each hedger's alignment with the first hedging pole minus its alignment with the second
     * (the GUI shows it live; runs keep it in the tables).
     */
    public static JFreeChart hedging(RunRecord r, Scenario s) {
        List<Line> lines = perState(r, "hedging");
        String a = s.hedgingPoles().get(0);
        String b = s.hedgingPoles().get(1);
        XYPlot plot = timePlot(r, lines, "alignment with " + a + " − alignment with " + b, false, SYMBOL_ROOM);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(0.8f)));
        return chart("Hedging between " + a + " (up) and " + b + " (down) — " + s.title(), period(r), plot, true);
    }

    static JFreeChart affinity(RunRecord r, Scenario s) {
        int day = r.days() - 1;
        String[] codes = r.actors().toArray(new String[0]);
        List<double[]> cells = cells(r, codes, day);
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("affinity", transpose(cells));

        DivergingScale scale = new DivergingScale();
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        // Slightly smaller blocks leave white gaps that separate the cells.
        renderer.setBlockWidth(0.96);
        renderer.setBlockHeight(0.96);
        for (double[] c : cells) {
            renderer.addAnnotation(valueLabel(signed(c[2]), c[0], c[1], scale.isDark(c[2])));
        }
        SymbolAxis rows = matrixAxis("affinity of actor i", codes);
        rows.setInverted(true); // first actor on top, as a matrix reads
        XYPlot plot = new XYPlot(data, matrixAxis("toward partner j", codes), rows, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT); // column heads on top
        JFreeChart chart = chart("Affinity at " + r.date(day),
                s.title() + " — each row's affinity toward each column", plot, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        chart.addSubtitle(scaleLegend(scale, "affinity (+1 allied … −1 hostile)", 0.25));
        // Wide side padding makes the cells roughly square on the 1200 x 700 canvas.
        chart.setPadding(new RectangleInsets(8, 230, 8, 200));
        return chart;
    }

    /** {column j, row i, affinity(i, j)} for every pair off the diagonal, which stays blank. */
    private static List<double[]> cells(RunRecord r, String[] codes, int day) {
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            for (int j = 0; j < codes.length; j++) {
                if (i != j && r.has("affinity", codes[i], codes[j])) {
                    cells.add(new double[] {j, i, r.series("affinity", codes[i], codes[j])[day]});
                }
            }
        }
        return cells;
    }

    static SymbolAxis matrixAxis(String label, String[] codes) {
        SymbolAxis a = new SymbolAxis(label, codes);
        a.setGridBandsVisible(false);
        a.setLowerMargin(0);
        a.setUpperMargin(0);
        return a;
    }

    /** One line per state that has the metric, in the state's own colour, dash and marker. */
    private static List<Line> perState(RunRecord r, String metric) {
        List<Line> lines = new ArrayList<>();
        for (String actor : r.actors()) {
            series(r, metric, actor).ifPresent(v -> lines.add(new Line(actor, v, actor)));
        }
        return lines;
    }

    private static Optional<double[]> series(RunRecord r, String metric, String actor) {
        return r.has(metric, actor, "") ? Optional.of(r.series(metric, actor, "")) : Optional.empty();
    }

    /**
     * Daily lines on a date axis with the event markers; the legend lists lines, then markers.
     * The left y axis spans its lines' data and 0, plus headroom (a share of that span) on top.
     */
    private static XYPlot timePlot(RunRecord r, List<Line> lines, String yLabel, boolean eventLabels,
                                   double headroom) {
        List<Line> left = lines.stream().filter(l -> !l.right()).toList();
        NumberAxis y = new NumberAxis(yLabel);
        ChartStyle.range(y, Math.min(0, min(left)), Math.max(0, max(left)), headroom);
        XYPlot plot = new XYPlot(null, TimeAxes.axis(r), y, null);
        LegendItemCollection legend = new LegendItemCollection();
        for (Line l : lines) { // the lines' legend in the given order, whichever axis
            legend.add(MarkedLines.legendItem(l.label(), l.colour(), l.stroke(), l.marker()));
        }
        dataset(plot, 0, r, left, 0);
        legend.addAll(EventMarkers.add(plot, r, eventLabels));
        plot.setFixedLegendItems(legend);
        return plot;
    }

    /** The lines of one axis as dataset and renderer {@code index}; markers staggered from {@code first} on. */
    private static void dataset(XYPlot plot, int index, RunRecord r, List<Line> lines, int first) {
        DefaultXYDataset data = new DefaultXYDataset();
        double[] days = new double[r.days()];
        for (int d = 0; d < days.length; d++) {
            days[d] = TimeAxes.millis(r, d);
        }
        // each line keeps its own days: at most two per pixel column, which the eye cannot tell from all
        List<int[]> kept = lines.stream().map(l -> Thinning.keep(days.length, new double[][] {l.values()},
                Thinning.BUCKETS)).toList();
        MarkedLines renderer = new MarkedLines(kept.stream().mapToInt(k -> k == null ? days.length : k.length).max()
                .orElse(days.length), first);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int k = data.getSeriesCount();
            data.addSeries(l.label(), new double[][] {Thinning.pick(days, kept.get(i)), Thinning.pick(l.values(),
                    kept.get(i))});
            renderer.style(k, l.colour(), l.stroke(), l.marker());
        }
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
    }

    /**
     * The right-hand lines on an axis of their own whose gridlines fall on the left axis's: its
     * range is the left one's times 2 (polarization spans twice what alignment does), doubled
     * again until the lines fit.
     */
    private static void rightAxis(XYPlot plot, RunRecord r, List<Line> lines, String label) {
        List<Line> right = lines.stream().filter(Line::right).toList();
        if (right.isEmpty()) {
            return;
        }
        NumberAxis left = (NumberAxis) plot.getRangeAxis();
        double factor = 2;
        while (factor * left.getLowerBound() > min(right) || factor * left.getUpperBound() < max(right)) {
            factor *= 2;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(factor * left.getLowerBound(), factor * left.getUpperBound());
        axis.setTickUnit(ChartStyle.tickUnit(factor * left.getTickUnit().getSize()));
        ChartStyle.axis(axis);
        plot.setRangeAxis(RIGHT, axis);
        plot.setRangeAxisLocation(RIGHT, AxisLocation.BOTTOM_OR_RIGHT);
        dataset(plot, RIGHT, r, right, lines.size() - right.size());
        plot.mapDatasetToRangeAxis(RIGHT, RIGHT);
    }

    private static double min(List<Line> lines) {
        return lines.stream().flatMapToDouble(l -> Arrays.stream(l.values())).min().orElse(0);
    }

    private static double max(List<Line> lines) {
        return lines.stream().flatMapToDouble(l -> Arrays.stream(l.values())).max().orElse(0);
    }

    static JFreeChart chart(String title, String subtitle, XYPlot plot, boolean legend) {
        return ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, legend), subtitle);
    }

    private static String period(RunRecord r) {
        return r.date(0) + " to " + r.date(r.days() - 1) + ", daily";
    }

    /** A cell's value in figures, so a matrix reads without colour; white on dark cells. */
    static XYTextAnnotation valueLabel(String text, double x, double y, boolean dark) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setFont(VALUE_FONT);
        a.setPaint(dark ? Color.WHITE : ChartStyle.TEXT);
        return a;
    }

    /** "+0.42", "−0.42" (true minus sign) and a plain "0.00" for values that round to zero. */
    static String signed(double v) {
        String s = String.format(Locale.ROOT, "%.2f", Math.abs(v));
        return s.equals("0.00") ? s : (v > 0 ? "+" : "−") + s;
    }

    /** The colour scale of a matrix as a strip on the right, ticked every {@code step}. */
    static PaintScaleLegend scaleLegend(PaintScale scale, String label, double step) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setTickUnit(ChartStyle.tickUnit(step));
        ChartStyle.axis(axis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(18);
        legend.setSubdivisionCount(200);
        legend.setMargin(new RectangleInsets(40, 24, 40, 0));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    private static double[][] transpose(List<double[]> rows) {
        double[][] out = new double[3][rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            for (int c = 0; c < 3; c++) {
                out[c][k] = rows.get(k)[c];
            }
        }
        return out;
    }
}
