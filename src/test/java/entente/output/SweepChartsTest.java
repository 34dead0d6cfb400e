package entente.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.junit.jupiter.api.Test;

class SweepChartsTest {
    private static JFreeChart tornado() {
        return SweepCharts.tornado("T", "s", "index", List.of("a", "b", "c"), List.of(
                new SweepCharts.Bars("ST", new double[] {0.2, 0.7, 0.01}, new double[] {0.1, 0.6, 0},
                        new double[] {0.3, 0.8, 0.02}),
                new SweepCharts.Bars("S1", new double[] {0.1, 0.6, -0.01}, null, null)));
    }

    @Test
    void tornadoBarsAreSortedLargestOnTop() {
        XYPlot plot = (XYPlot) tornado().getPlot();
        org.jfree.chart.axis.SymbolAxis factors = (org.jfree.chart.axis.SymbolAxis) plot.getDomainAxis();
        // position 0 is drawn at the bottom
        assertEquals(List.of("c", "a", "b"), List.of(factors.getSymbols()));
        assertEquals(2, plot.getDataset(0).getSeriesCount());
        assertEquals(3, plot.getDataset(1).getItemCount(0), "whiskers for the bars with intervals");
        assertEquals(0, plot.getDataset(1).getItemCount(1), "none for the bars without");
    }

    /** The two sets of bars differ in lightness, not in hue alone: they stay apart in greyscale print. */
    @Test
    void tornadoBarSetsDifferInLightness() {
        var r = ((XYPlot) tornado().getPlot()).getRenderer(0);
        double first = ColourVision.lab((java.awt.Color) r.getSeriesPaint(0))[0];
        double second = ColourVision.lab((java.awt.Color) r.getSeriesPaint(1))[0];
        assertTrue(Math.abs(first - second) >= 20, "L* " + first + " against " + second);
        assertEquals(r.getSeriesPaint(0), ChartStyle.colour(0));
        assertEquals(r.getSeriesOutlinePaint(1), ChartStyle.colour(1), "the light bars keep their colour as an outline");
    }

    @Test
    void heatmapCellsShowTheirValuesWithEnoughDecimals() {
        JFreeChart chart = SweepCharts.heatmap("H", "s", "x", List.of("0", "1"), "y", List.of("a", "b", "c"),
                new double[][] {{1.111, 1.112, 1.113}, {1.114, 1.115, 1.1213}}, "v");
        XYBlockRenderer r = (XYBlockRenderer) ((XYPlot) chart.getPlot()).getRenderer();
        assertEquals(6, r.getAnnotations().size());
        assertTrue(r.getAnnotations().stream().map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText())
                .toList().contains("1.1213"), "values 0.01 apart get four decimals");
    }

    @Test
    void numbersOnChartsAreShortAndUseATrueMinus() {
        assertEquals("0.518", SweepCharts.compact(0.51777));
        assertEquals("−0.0061", SweepCharts.compact(-0.006092));
        assertEquals("0", SweepCharts.compact(6.87e-8));
        assertEquals("1230", SweepCharts.compact(1234.5));
        assertEquals(4, SweepCharts.decimals(0.011));
        assertEquals(2, SweepCharts.decimals(2.5));
        assertEquals(0, SweepCharts.decimals(400));
    }

    @Test
    void sweepChartsRenderToTheSameSvgEveryTime() {
        double[][] q = new double[5][30];
        for (int k = 0; k < 5; k++) {
            for (int d = 0; d < 30; d++) {
                q[k][d] = 0.1 * k + 0.01 * d;
            }
        }
        JFreeChart fan = SweepCharts.fan("F", "s", "y", LocalDate.of(2022, 1, 1),
                List.of(new SweepCharts.Fan("cohesion", q)));
        assertEquals(ChartFiles.svg(fan, "fan"), ChartFiles.svg(fan, "fan"));
        assertEquals(ChartFiles.svg(tornado(), "t"), ChartFiles.svg(tornado(), "t"));
    }
}
