package entente.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import entente.calibration.AbcCalibration;
import entente.calibration.Target;
import entente.calibration.TargetStatistic;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class PosteriorChartsTest {
    /** A month's launch-day target of a history, as the spec reader makes them, with posterior values 0..4. */
    private static AbcCalibration.Check month(String group, LocalDate from, double record, boolean heldOut) {
        TargetStatistic days = new TargetStatistic(TargetStatistic.Kind.DAYS, null, EventType.MISSILE_TEST, "PRK",
                EventOrigin.DECISION, List.of(), from, from.plusMonths(1).minusDays(1), null);
        Target t = new Target(group + "-" + from, "", "", days, record - 0.5, record + 0.5, 1, heldOut, 0, group);
        return new AbcCalibration.Check(t, new double[] {0, 1, 2, 3, 4});
    }

    @Test
    void monthlyTargetsMakeOnePanelPerHistoryWithRecordMedianBandAndHeldOutMonths() {
        List<AbcCalibration.Check> checks = new ArrayList<>();
        LocalDate start = LocalDate.of(2022, 1, 1);
        for (int m = 0; m < 6; m++) {
            checks.add(month("early", start.plusMonths(m), m, m >= 4));
        }
        for (int m = 0; m < 3; m++) {
            checks.add(month("late", start.plusYears(1).plusMonths(m), 2, false));
        }
        List<JFreeChart> panels = PosteriorCharts.months(checks);
        assertEquals(2, panels.size());
        XYPlot early = panels.get(0).getXYPlot();
        assertEquals(6, early.getDataset(0).getItemCount(0), "a median per month");
        assertEquals(5.0, early.getDataset(0).getYValue(1, 5), "the record: the middle of the month's range");
        assertEquals(2.0, early.getDataset(0).getYValue(0, 5), "the posterior's median");
        assertEquals(2, early.getDomainMarkers(Layer.BACKGROUND).size(), "the two held-out months are shaded");
        assertEquals(null, panels.get(1).getXYPlot().getDomainMarkers(Layer.BACKGROUND));
    }
}
