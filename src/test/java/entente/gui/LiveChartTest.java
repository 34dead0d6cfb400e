package entente.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.output.Charts;
import entente.scenario.Scenario;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** A live chart draws the run day by day, keeps earlier runs faded, and keeps its axes (and a zoom) still. */
class LiveChartTest {
    private static final Scenario LESSON = TestScenarios.load(Path.of("scenarios/lessons/security-dilemma.yaml"));
    private static final RunRecord.Key INDEX = new RunRecord.Key("escalation_index", "", "");

    private static LiveChart chart(boolean fixed) {
        return new LiveChart(List.of(new LiveChart.Line(INDEX, "index", Color.BLACK, new BasicStroke(2f), true)),
                "escalation", LESSON.start(), LESSON.days(), LESSON.actorIds(), new double[] {0, 3}, fixed);
    }

    @Test
    void aLineOfTwiceTheRangeIsReadOnItsOwnRightHandAxis() {
        RunRecord.Key polarization = new RunRecord.Key("polarization", "", "");
        RunRecord.Key cohesion = new RunRecord.Key("cohesion_trilateral", "", "");
        RunRecord run = EntenteModel.run(LESSON, LESSON.seed());
        LiveChart c = new LiveChart(List.of(
                new LiveChart.Line(cohesion, "cohesion", Color.BLUE, new BasicStroke(2f), false),
                new LiveChart.Line(polarization, "polarization" + LiveChart.RIGHT_NOTE, Color.CYAN, new BasicStroke(2f), false, 0.5)),
                "alignment", LESSON.start(), LESSON.days(), LESSON.actorIds(), new double[] {-0.2, 0.8}, true);
        c.newRun(List.of());
        c.update(run);
        assertArrayEquals(run.series(polarization), c.shown(polarization), 1e-12, "what the class reads is the value");
        XYPlot plot = c.panel().getChart().getXYPlot();
        var right = plot.getRangeAxis(2);
        assertEquals("polarization", right.getLabel());
        assertEquals(-0.4, right.getLowerBound(), 1e-12, "the left axis doubled: gridlines coincide");
        assertEquals(1.6, right.getUpperBound(), 1e-12);
        double drawn = plot.getDataset(0).getYValue(1, run.days() - 1);
        assertEquals(run.series(polarization)[run.days() - 1],
                right.java2DToValue(plot.getRangeAxis(0).valueToJava2D(drawn, AREA, org.jfree.chart.ui.RectangleEdge.LEFT),
                        AREA, org.jfree.chart.ui.RectangleEdge.RIGHT), 1e-9, "the line sits at its value on the right axis");
    }

    private static final java.awt.geom.Rectangle2D AREA = new java.awt.geom.Rectangle2D.Double(0, 0, 800, 400);

    @Test
    void drawsTheRunAsItGoesAndKeepsEarlierRunsFadedWithTheirSettings() {
        RunRecord run = EntenteModel.run(LESSON, LESSON.seed());
        LiveChart c = chart(true);
        c.newRun(List.of());
        c.update(run);
        assertArrayEquals(run.series(INDEX), c.shown(INDEX));
        RunHistory history = new RunHistory();
        history.keep("reaction 0.022", run, List.of(INDEX));
        c.newRun(history.runs());
        assertEquals(0, c.shown(INDEX).length, "the new run starts empty");
        XYPlot plot = c.panel().getChart().getXYPlot();
        assertEquals(run.days(), plot.getDataset(1).getItemCount(0), "the earlier run, whole, in the faded layer");
        List<String> legend = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++) {
            legend.add(plot.getFixedLegendItems().get(i).getLabel());
        }
        assertTrue(legend.contains("run 1 (faded): reaction 0.022"), legend.toString());
        assertArrayEquals(new double[] {0, 3}, c.range(), "a fixed axis does not widen for the 6.3 peak");
    }

    @Test
    void anAxisNotFixedWidensOnceAndAZoomStaysUntilUndone() {
        RunRecord run = EntenteModel.run(LESSON, LESSON.seed());
        LiveChart c = chart(false);
        c.newRun(List.of());
        XYPlot plot = c.panel().getChart().getXYPlot();
        plot.getDomainAxis().setRange(plot.getDomainAxis().getLowerBound(), plot.getDomainAxis().getLowerBound() + 9e9);
        double zoomedTo = plot.getDomainAxis().getUpperBound();
        c.update(run);
        assertTrue(c.range()[1] > 6.27, "widened to the peak, with room: " + c.range()[1]);
        assertEquals(zoomedTo, plot.getDomainAxis().getUpperBound(), "the zoom on the days stays");
        c.panel().restoreAutoBounds();
        assertEquals(c.range()[1], plot.getRangeAxis().getUpperBound(), 1e-9, "undoing the zoom returns to the chart's axes");
        assertTrue(plot.getDomainAxis().getUpperBound() > zoomedTo);
    }

    @Test
    void theLegendOfAFixedAxisListsOnlyTheLinesThatComeIntoIt() {
        Scenario hedging = TestScenarios.load(Path.of("scenarios/lessons/seoul-hedging.yaml"));
        double[] axis = {0.45, 0.95}; // the lesson's own
        ChartTabs tabs = new ChartTabs(hedging, hedging.seed(), List.of(), Map.of(ChartTabs.HEDGING, axis));
        LiveChart c = tabs.chart(ChartTabs.HEDGING);
        RunRecord run = EntenteModel.run(hedging, hedging.seed());
        c.newRun(List.of());
        c.update(run);
        List<String> legend = legend(c);
        int outside = 0;
        for (String id : run.actors()) {
            if (!run.has("hedging", id, "")) {
                continue;
            }
            String label = SeriesNames.legend(new RunRecord.Key("hedging", id, ""), hedging);
            boolean inside = java.util.Arrays.stream(run.series("hedging", id, "")).anyMatch(v -> v >= axis[0] && v <= axis[1]);
            assertEquals(inside, legend.contains(label), label + " in " + legend);
            outside += inside ? 0 : 1;
        }
        assertTrue(outside > 0, "some hedger's line lies outside the lesson's axis");
        assertTrue(legend.contains(SeriesNames.legend(new RunRecord.Key("hedging", "KOR", ""), hedging)));
        assertTrue(legend.containsAll(List.of("timeline event", "injected event", "a state's own move (tick)")));
    }

    private static List<String> legend(LiveChart c) {
        var items = c.panel().getChart().getXYPlot().getFixedLegendItems();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    @Test
    void everyStateKeepsItsColourAndDashInEveryScenario() {
        Scenario baseline = TestScenarios.load(TestScenarios.BASELINE);
        Map<String, Object[]> there = lineStyles(Charts.escalation(EntenteModel.run(baseline, 1), baseline));
        Map<String, Object[]> here = lineStyles(Charts.escalation(EntenteModel.run(LESSON, 1), LESSON));
        assertTrue(LESSON.actorIds().indexOf("KOR") != baseline.actorIds().indexOf("KOR"), "listed at another place");
        for (String id : LESSON.actorIds()) {
            assertArrayEquals(there.get(id), here.get(id), id);
        }
    }

    /** Each line's colour and stroke by its label. */
    private static Map<String, Object[]> lineStyles(org.jfree.chart.JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        Map<String, Object[]> out = new java.util.HashMap<>();
        for (int k = 0; k < plot.getDataset().getSeriesCount(); k++) {
            out.put(plot.getDataset().getSeriesKey(k).toString(),
                    new Object[] {plot.getRenderer().getSeriesPaint(k), plot.getRenderer().getSeriesStroke(k)});
        }
        return out;
    }
}
