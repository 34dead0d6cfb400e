package entente.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The hedging chart shows each state but the two poles, with the values the run recorded. */
class HedgingChartTest {
    @Test
    void oneLinePerHedgerWithItsSeries() {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        RunRecord r = EntenteModel.run(s, 3);
        JFreeChart chart = Charts.hedging(r, s);
        XYDataset data = chart.getXYPlot().getDataset(0);
        assertEquals(4, data.getSeriesCount(), "six states less the poles USA and CHN");
        int kor = data.indexOf("KOR");
        double[] values = new double[data.getItemCount(kor)];
        for (int d = 0; d < values.length; d++) {
            values[d] = data.getYValue(kor, d);
        }
        assertArrayEquals(r.series("hedging", "KOR", ""), values);
        assertTrue(chart.getTitle().getText().startsWith("Hedging between USA (up) and CHN (down)"));
    }
}
