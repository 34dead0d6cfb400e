package entente.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.experiment.Comparison;
import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts fit for a paper: every line has its own colour and a second cue (dash pattern and
 * marker) that reaches the PNG and the SVG, the lines stay apart for readers with each kind of
 * dichromacy, and events are drawn in greys no series uses.
 */
class ChartCuesTest {
    /** ΔE*ab below which two line colours are taken as confusable. */
    static final double APART = 20;

    static Scenario scenario;
    static RunRecord record;
    static Map<String, JFreeChart> charts;

    @BeforeAll
    static void render(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart-test.yaml");
        Files.writeString(file, ChartsTest.SCENARIO, StandardCharsets.UTF_8);
        scenario = ScenarioReader.read(file);
        record = EntenteModel.run(scenario, 7);
        charts = new LinkedHashMap<>();
        charts.put("cohesion", Charts.cohesion(record, scenario));
        charts.put("escalation", Charts.escalation(record, scenario));
        charts.put("hedging", Charts.hedging(record, scenario));
        charts.put("overlay", CompareCharts.overlay(Comparison.run(scenario, scenario, 2, 5, 1, true)));
        charts.put("fan", SweepCharts.fan("Fans", "three outputs", "value", LocalDate.of(2023, 1, 1), List.of(
                fan("first", 0), fan("second", 0.1), fan("third", 0.2), fan("fourth", 0.3))));
    }

    /** A line of a chart as a reader tells it from the others. */
    record Cue(String chart, String label, Color colour, float[] dash, Shape marker) {
        boolean secondCueDiffers(Cue o) {
            return !Arrays.equals(dash, o.dash) || !sameShape(marker, o.marker);
        }
    }

    @Test
    void everyLineIsDrawnAsOnePathSoItsDashShows() {
        for (var e : charts.entrySet()) {
            XYPlot plot = e.getValue().getXYPlot();
            for (int i = 0; i < plot.getDatasetCount(); i++) {
                if (plot.getRenderer(i) instanceof XYLineAndShapeRenderer r && r.getDefaultLinesVisible()) {
                    assertTrue(r.getDrawSeriesLineAsPath(), e.getKey() + " renderer " + i
                            + " draws a segment per day: its dash pattern restarts every day and looks solid");
                }
            }
        }
    }

    @Test
    void everyPairOfLinesHasItsOwnColourAndASecondCue() {
        List<String> clashes = new ArrayList<>();
        for (String chart : charts.keySet()) {
            List<Cue> cues = cues(chart);
            assertTrue(cues.size() >= 2, chart + " has lines: " + cues.size());
            for (int i = 0; i < cues.size(); i++) {
                for (int j = i + 1; j < cues.size(); j++) {
                    Cue a = cues.get(i);
                    Cue b = cues.get(j);
                    double d = ColourVision.deltaE(a.colour(), b.colour());
                    if (d < APART || !a.secondCueDiffers(b)) {
                        clashes.add(chart + ": " + a.label() + " / " + b.label() + " ΔE " + Math.round(d));
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void underEachDichromacyEveryPairStaysApartByColourOrCue() {
        List<String> clashes = new ArrayList<>();
        List<String> carriedByCue = new ArrayList<>();
        for (ColourVision vision : ColourVision.values()) {
            for (String chart : charts.keySet()) {
                List<Cue> cues = cues(chart);
                for (int i = 0; i < cues.size(); i++) {
                    for (int j = i + 1; j < cues.size(); j++) {
                        Cue a = cues.get(i);
                        Cue b = cues.get(j);
                        double d = ColourVision.deltaE(vision.simulate(a.colour()), vision.simulate(b.colour()));
                        String pair = vision + " " + chart + ": " + a.label() + " / " + b.label();
                        if (d < APART) {
                            (a.secondCueDiffers(b) ? carriedByCue : clashes).add(pair + " ΔE " + Math.round(d));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
        // The simulation does confuse colours (else this test proves nothing): North and South
        // Korea's green and reddish purple look alike without green cones, as the issue found.
        assertTrue(carriedByCue.stream().anyMatch(p -> p.startsWith("DEUTERANOPIA escalation: KOR / PRK")),
                "expected PRK and KOR to need their dash and marker under deuteranopia: " + carriedByCue);
    }

    /** States beyond the region's six never look like the aggregate lines, nor like each other when slots allow. */
    @Test
    void otherStatesTakeSlotsOfTheirOwn() {
        List<String> six = List.of("USA", "CHN", "PRK", "KOR", "JPN", "RUS");
        List<String> others = List.of("MNG", "TWN", "IND", "AUS", "VNM");
        java.util.Set<Integer> slots = new java.util.HashSet<>();
        for (String state : others) {
            int slot = ChartStyle.stateSlot(state);
            assertTrue(slot > ChartStyle.AGGREGATE, state + " takes slot " + slot);
            slots.add(slot);
            Cue it = new Cue("", state, ChartStyle.colour(state), dash(ChartStyle.stroke(state, 2)), ChartStyle.shape(state));
            Cue aggregate = new Cue("", "index", ChartStyle.colour(ChartStyle.AGGREGATE),
                    dash(ChartStyle.stroke(ChartStyle.AGGREGATE, 2)), ChartStyle.shape(ChartStyle.AGGREGATE));
            assertTrue(it.secondCueDiffers(aggregate) && ColourVision.deltaE(it.colour(), aggregate.colour()) >= APART, state);
            for (String known : six) {
                Cue k = new Cue("", known, ChartStyle.colour(known), dash(ChartStyle.stroke(known, 2)), ChartStyle.shape(known));
                assertTrue(it.secondCueDiffers(k), state + " / " + known);
            }
        }
        assertTrue(slots.size() >= 3, "names spread over the free slots: " + slots);
    }

    private static float[] dash(java.awt.Stroke s) {
        return ((BasicStroke) s).getDashArray();
    }

    @Test
    void theSimulationKeepsGreysAndConfusesRedWithGreenOnlyForRedGreenDeficiency() {
        for (ColourVision v : ColourVision.values()) {
            for (int grey : new int[] {0, 85, 170, 255}) {
                Color g = new Color(grey, grey, grey);
                assertTrue(ColourVision.deltaE(g, v.simulate(g)) < 1.5, v + " keeps grey " + grey);
            }
        }
        // a brick red and an olive green that differ in hue only for the green (M) cones
        Color red = new Color(200, 80, 60);
        Color olive = new Color(110, 130, 40);
        double normal = ColourVision.deltaE(red, olive);
        assertTrue(normal > 40, "apart in normal vision: " + normal);
        assertTrue(apart(ColourVision.DEUTERANOPIA, red, olive) < 10, "alike without M cones");
        assertTrue(apart(ColourVision.PROTANOPIA, red, olive) < normal / 2, "much closer without L cones");
        assertTrue(apart(ColourVision.TRITANOPIA, red, olive) > 40, "apart without S cones");
    }

    private static double apart(ColourVision v, Color a, Color b) {
        return ColourVision.deltaE(v.simulate(a), v.simulate(b));
    }

    @Test
    void eventsAreNeutralGreysThatNoSeriesUses() {
        List<String> wrong = new ArrayList<>();
        for (String chart : List.of("cohesion", "escalation", "overlay")) {
            List<Cue> cues = cues(chart);
            for (Color c : eventColours(charts.get(chart))) {
                double[] lab = ColourVision.lab(c);
                if (Math.hypot(lab[1], lab[2]) > 3) {
                    wrong.add(chart + ": event colour " + Integer.toHexString(c.getRGB()) + " is not a grey");
                }
                for (Cue s : cues) {
                    if (ColourVision.deltaE(c, s.colour()) < APART) {
                        wrong.add(chart + ": event colour " + Integer.toHexString(c.getRGB()) + " is close to " + s.label());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertFalse(eventColours(charts.get("cohesion")).isEmpty(), "the test scenario has events");
    }

    @Test
    void polarizationIsReadOnItsOwnAxis() {
        XYPlot plot = charts.get("cohesion").getXYPlot();
        int polarization = -1;
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            XYDataset d = plot.getDataset(i);
            for (int k = 0; d != null && k < d.getSeriesCount(); k++) {
                if (d.getSeriesKey(k).toString().startsWith("polarization")) {
                    polarization = i;
                }
            }
        }
        assertTrue(polarization >= 0, "the chart has polarization");
        ValueAxis own = plot.getRangeAxisForDataset(polarization);
        ValueAxis alignment = plot.getRangeAxisForDataset(0);
        assertTrue(own != alignment && own.getLabel().contains("polarization") && own.getLabel().contains("−2 … 2"),
                "polarization's axis: " + own.getLabel());
        assertTrue(alignment.getLabel().contains("alignment (−1 … 1)"));
        // the axes share their gridlines: the right one is the left one scaled
        double scale = own.getUpperBound() / alignment.getUpperBound();
        assertEquals(scale, own.getLowerBound() / alignment.getLowerBound(), 1e-9);
        double[] v = record.series("polarization", "", "");
        for (double x : v) {
            assertTrue(x >= own.getLowerBound() && x <= own.getUpperBound(), "polarization " + x + " is on its axis");
        }
    }

    /**
     * In the PNG each dashed line has gaps along its course and the solid line has none: with
     * the others hidden, the share of pixel columns where the line's colour is found near its
     * value.
     */
    @Test
    void dashesShowInThePng() {
        Map<String, Double> covered = new LinkedHashMap<>();
        List<Cue> cues = cues("escalation");
        for (int k = 0; k < cues.size(); k++) {
            covered.put(cues.get(k).label(), coverage(Charts.escalation(record, scenario), k));
        }
        for (int k = 0; k < cues.size(); k++) {
            Cue c = cues.get(k);
            double share = covered.get(c.label());
            if (c.dash() == null) {
                assertTrue(share > 0.95, c.label() + " is solid, but drawn in only " + share + " of its columns");
            } else {
                assertTrue(share < 0.9 && share > 0.2, c.label() + " is dashed, but drawn in " + share
                        + " of its columns: " + covered);
            }
        }
    }

    @Test
    void dashesShowInTheSvg() {
        String svg = ChartFiles.svg(charts.get("escalation"), "escalation");
        for (Cue c : cues("escalation")) {
            if (c.dash() == null) {
                continue;
            }
            String colour = "stroke:rgb(" + c.colour().getRed() + "," + c.colour().getGreen() + "," + c.colour().getBlue() + ");";
            Matcher m = Pattern.compile("<g style='[^']*" + Pattern.quote(colour) + "[^']*stroke-dasharray:[^']*'[^>]*><path d='([^']*)'")
                    .matcher(svg);
            int longest = 0;
            while (m.find()) {
                longest = Math.max(longest, m.group(1).split("L").length);
            }
            assertTrue(longest > record.days() / 2, c.label() + ": no dashed path along its days in the SVG (longest "
                    + longest + " points)");
        }
    }

    private static List<Cue> cues(String chart) {
        List<Cue> out = new ArrayList<>();
        // a chart of panels repeats its lines in each: the first panel's stand for all
        XYPlot plot = panels(charts.get(chart)).get(0);
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            if (plot.getRenderer(i) instanceof MarkedLines r) {
                XYDataset d = plot.getDataset(i);
                for (int k = 0; k < d.getSeriesCount(); k++) {
                    BasicStroke s = (BasicStroke) r.getSeriesStroke(k);
                    out.add(new Cue(chart, d.getSeriesKey(k).toString(), (Color) r.getSeriesPaint(k), s.getDashArray(),
                            r.getSeriesShape(k)));
                }
            }
        }
        return out;
    }

    /** Colours of the event lines and of the renderers other than the lines' (the event rug). */
    private static List<Color> eventColours(JFreeChart chart) {
        List<Color> out = new ArrayList<>();
        for (XYPlot p : panels(chart)) {
            for (Layer layer : new Layer[] {Layer.BACKGROUND, Layer.FOREGROUND}) {
                var markers = p.getDomainMarkers(layer);
                if (markers != null) {
                    for (Object m : markers) {
                        out.add(opaque(((Marker) m).getPaint()));
                    }
                }
            }
            for (int i = 0; i < p.getDatasetCount(); i++) {
                XYItemRenderer r = p.getRenderer(i);
                if (r != null && !(r instanceof MarkedLines) && p.getDataset(i) != null) {
                    for (int k = 0; k < p.getDataset(i).getSeriesCount(); k++) {
                        out.add(opaque(r.getSeriesPaint(k)));
                    }
                }
            }
        }
        return out;
    }

    private static List<XYPlot> panels(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        return plot instanceof CombinedDomainXYPlot c ? c.getSubplots() : List.of(plot);
    }

    private static Color opaque(Paint p) {
        Color c = (Color) p;
        return new Color(c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Share of the plot's pixel columns where line k (the others hidden) shows its own colour near its value. */
    private static double coverage(JFreeChart chart, int k) {
        XYPlot plot = chart.getXYPlot();
        MarkedLines r = (MarkedLines) plot.getRenderer(0);
        XYDataset d = plot.getDataset(0);
        for (int j = 0; j < d.getSeriesCount(); j++) {
            r.setSeriesVisible(j, j == k);
            r.setSeriesShapesVisible(j, false); // the markers would fill gaps
        }
        BufferedImage img = new BufferedImage(ChartFiles.WIDTH, ChartFiles.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle(0, 0, ChartFiles.WIDTH, ChartFiles.HEIGHT), info);
        g.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        Color colour = (Color) r.getSeriesPaint(k);
        ValueAxis x = plot.getDomainAxis();
        int found = 0;
        int columns = 0;
        for (int px = (int) area.getMinX() + 4; px < area.getMaxX() - 4; px++) {
            double day = (x.java2DToValue(px, area, plot.getDomainAxisEdge()) - d.getXValue(k, 0)) / 86_400_000.0;
            int item = (int) Math.round(day);
            if (item < 1 || item >= d.getItemCount(k) - 1
                    || Math.abs(pixelY(plot, area, d, k, item + 1) - pixelY(plot, area, d, k, item - 1)) > 1.5) {
                continue; // only where the line runs flat: a step or a slope fills its column whatever the dash
            }
            columns++;
            int py = (int) Math.round(pixelY(plot, area, d, k, item));
            for (int dy = -3; dy <= 3; dy++) {
                if (close(new Color(img.getRGB(px, py + dy)), colour)) {
                    found++;
                    break;
                }
            }
        }
        assertTrue(columns > 50, "enough flat stretches to judge: " + columns);
        return (double) found / columns;
    }

    private static double pixelY(XYPlot plot, Rectangle2D area, XYDataset d, int k, int item) {
        return plot.getRangeAxisForDataset(0).valueToJava2D(d.getYValue(k, item), area, plot.getRangeAxisEdge());
    }

    private static boolean close(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return dr * dr + dg * dg + db * db < 60 * 60;
    }

    private static boolean sameShape(Shape a, Shape b) {
        return Arrays.equals(outline(a), outline(b));
    }

    private static double[] outline(Shape s) {
        List<Double> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.add((double) type);
            for (int i = 0; i < 6; i++) {
                out.add(c[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A fan of 60 days around a slope, its quantiles spread evenly. */
    private static SweepCharts.Fan fan(String label, double level) {
        double[][] q = new double[SweepCharts.FAN_QUANTILES.length][60];
        for (int k = 0; k < q.length; k++) {
            for (int d = 0; d < 60; d++) {
                q[k][d] = level + 0.002 * d + 0.02 * (k - 2);
            }
        }
        return new SweepCharts.Fan(label, q);
    }
}
