package entente.output;

import entente.model.RunRecord;
import entente.scenario.Scenario;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
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
    /** Share of the cohesion axis kept free above the data for the rotated event labels. */
    private static final double LABEL_HEADROOM = 0.3;
    private static final Font VALUE_FONT = new Font(ChartStyle.FONT, Font.BOLD, 15);

    private Charts() {}

    /** A line of a time chart. */
    private record Line(String label, double[] values, Color colour, Stroke stroke) {}

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

    /** Cohesion of the two blocs and polarization over time, with the events (also drawn live by the GUI). */
    public static JFreeChart cohesion(RunRecord r, Scenario s) {
        List<Line> lines = new ArrayList<>();
        // Colours kept apart from the event-family colours so lines and markers do not mix up.
        addIfPresent(lines, r, "cohesion_trilateral", "trilateral cohesion (" + String.join(", ", s.trilateral()) + ")",
                ChartStyle.BLUE, ChartStyle.stroke(0, ChartStyle.LINE_WIDTH));
        addIfPresent(lines, r, "cohesion_counter", "counter-bloc alignment (" + String.join(", ", s.counter()) + ")",
                ChartStyle.BLACK, ChartStyle.stroke(1, ChartStyle.LINE_WIDTH));
        addIfPresent(lines, r, "polarization", "polarization (within blocs − across, −2 … 2)",
                ChartStyle.SKY_BLUE, ChartStyle.stroke(2, ChartStyle.LINE_WIDTH + 0.6f));
        // Zoomed to the data rather than fixed at −1 … 1, so that changes stay visible.
        XYPlot plot = timePlot(r, lines, "alignment (−1 … 1)", true, LABEL_HEADROOM);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(0.8f)));
        return chart("Alliance cohesion — " + s.title(), period(r), plot, true);
    }

    /** Each state's escalation and the capability-weighted index over time, with the events. */
    public static JFreeChart escalation(RunRecord r, Scenario s) {
        List<Line> lines = new ArrayList<>();
        List<String> actors = r.actors();
        for (int k = 0; k < actors.size(); k++) {
            addIfPresent(lines, r, "escalation", actors.get(k), actors.get(k),
                    ChartStyle.colour(actors.get(k)), ChartStyle.stroke(actors.get(k), ChartStyle.LINE_WIDTH));
        }
        addIfPresent(lines, r, "escalation_index", "capability-weighted index",
                ChartStyle.BLACK, ChartStyle.stroke(1, 3.6f));
        XYPlot plot = timePlot(r, lines, "escalation level", false, 0.05);
        return chart("Escalation — " + s.title(), period(r), plot, true);
    }

    /**
     * Each hedger's alignment with the first hedging pole minus its alignment with the second
     * (the GUI shows it live; runs keep it in the tables).
     */
    public static JFreeChart hedging(RunRecord r, Scenario s) {
        List<Line> lines = new ArrayList<>();
        List<String> actors = r.actors();
        for (int k = 0; k < actors.size(); k++) {
            addIfPresent(lines, r, "hedging", actors.get(k), actors.get(k),
                    ChartStyle.colour(actors.get(k)), ChartStyle.stroke(actors.get(k), ChartStyle.LINE_WIDTH));
        }
        String a = s.hedgingPoles().get(0);
        String b = s.hedgingPoles().get(1);
        XYPlot plot = timePlot(r, lines, "alignment with " + a + " − alignment with " + b, false, 0.05);
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

    private static void addIfPresent(List<Line> lines, RunRecord r, String metric, String actor, String label,
                                     Color colour, Stroke stroke) {
        if (r.has(metric, actor, "")) {
            lines.add(new Line(label, r.series(metric, actor, ""), colour, stroke));
        }
    }

    private static void addIfPresent(List<Line> lines, RunRecord r, String metric, String label,
                                     Color colour, Stroke stroke) {
        addIfPresent(lines, r, metric, "", label, colour, stroke);
    }

    /**
     * Daily lines on a date axis with the event markers; the legend lists lines, then markers.
     * The y axis spans the data and 0, plus headroom (a share of that span) on top.
     */
    private static XYPlot timePlot(RunRecord r, List<Line> lines, String yLabel, boolean eventLabels,
                                   double headroom) {
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setLegendLine(new Line2D.Double(-16, 0, 16, 0)); // long enough to show the dash
        double[] x = new double[r.days()];
        for (int d = 0; d < x.length; d++) {
            x[d] = TimeAxes.millis(r, d);
        }
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            data.addSeries(line.label(), new double[][] {x, line.values()});
            renderer.setSeriesPaint(k, line.colour());
            renderer.setSeriesStroke(k, line.stroke());
        }
        NumberAxis y = new NumberAxis(yLabel);
        double lo = lines.stream().flatMapToDouble(l -> Arrays.stream(l.values())).min().orElse(0);
        double hi = lines.stream().flatMapToDouble(l -> Arrays.stream(l.values())).max().orElse(0);
        ChartStyle.range(y, Math.min(0, lo), Math.max(0, hi), headroom);
        XYPlot plot = new XYPlot(data, TimeAxes.axis(r), y, renderer);
        LegendItemCollection legend = new LegendItemCollection();
        legend.addAll(renderer.getLegendItems());
        legend.addAll(EventMarkers.add(plot, r, eventLabels));
        plot.setFixedLegendItems(legend);
        return plot;
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
