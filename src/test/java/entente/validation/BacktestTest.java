package entente.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.InputException;
import entente.scenario.Scenario;
import entente.util.Seeds;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BacktestTest {
    private static final int REPLICATIONS = 3;
    private static Scenario baseline;
    private static Backtest backtest;

    @BeforeAll
    static void run() throws InputException {
        baseline = TestScenarios.load(TestScenarios.BASELINE);
        List<Target> targets = TargetsReader.read(Path.of("scenarios/validation/targets.yaml"));
        backtest = Backtest.run(baseline, BaselineFitTest.shipped(), "PRK", EventType.MISSILE_TEST, REPLICATIONS, 11, 2, targets);
    }

    @Test
    void onlyTheAgentsOwnLaunchesAreScored() {
        int prk = baseline.actorIds().indexOf("PRK");
        for (int r = 0; r < REPLICATIONS; r++) {
            TreeSet<LocalDate> chosen = new TreeSet<>();
            RunRecord run = EntenteModel.run(baseline, Seeds.forRun(11, r));
            for (ModelEvent e : run.events()) {
                if (e.type() == EventType.MISSILE_TEST && e.actors()[0] == prk && e.origin() == EventOrigin.DECISION) {
                    chosen.add(run.date(e.day()));
                }
            }
            assertFalse(chosen.isEmpty());
            assertArrayEquals(backtest.months().counts(chosen), backtest.model().monthly(r), "replication " + r);
        }
        long scripted = baseline.events().stream().filter(e -> e.type() == EventType.MISSILE_TEST && e.actors().contains("PRK"))
                .map(Scenario.Event::date).distinct().count();
        assertEquals(0, scripted, "the baseline scripts no DPRK launch: every one is the agents' choice");
        assertEquals(scripted, backtest.score("timeline_inputs", Backtest.ALL).model());
    }

    @Test
    void theRecordIsTheMainSeriesOfTheScoredMonths() {
        ScoredMonths m = backtest.months();
        assertEquals("2021-10..2023-04", m.toString());
        assertEquals(11, m.indices(Split.IN_SAMPLE).length);
        assertEquals(8, m.indices(Split.HELD_OUT).length);
        assertEquals(50, backtest.score("total", Backtest.ALL).record());
        assertEquals(37, backtest.score("total", "2022").record());
        assertEquals(Scores.dispersion(backtest.record().meanMonthly()), backtest.score("dispersion", Backtest.ALL).record());
    }

    @Test
    void scoresFollowTheirDefinitions() {
        int[] held = backtest.months().indices(Split.HELD_OUT);
        double[] record = Sample.pick(backtest.record().meanMonthly(), held);
        Score r = backtest.score("monthly_r", "held-out");
        assertEquals(Scores.pearson(Sample.pick(backtest.model().meanMonthly(), held), record), r.model(), 1e-12);
        assertEquals(Scores.rmse(Sample.pick(backtest.baselineSamples().get(0).meanMonthly(), held), record),
                backtest.score("monthly_rmse", "held-out").baselines().get("poisson"), 1e-12);
        assertEquals(r.model() > r.baselines().get("hawkes"), r.beats("hawkes"));
        assertNull(backtest.score("drill_chance", Backtest.ALL).beats("poisson"), "the chance rate is context, not a contest");
    }

    @Test
    void quietMonthsAreThoseTheRecordCountsAtMostOneLaunchDayIn() {
        // 2021-10..2023-04: ten months with 0 or 1 launch days, seven launch days in all (issue 14's 0.7 a month)
        int[] quiet = backtest.quietMonths();
        assertEquals(10, quiet.length);
        Score q = backtest.score("quiet_months", Backtest.ALL);
        assertEquals(0.7, q.record(), 1e-12);
        double[] mean = backtest.model().meanMonthly();
        assertEquals(java.util.Arrays.stream(quiet).mapToDouble(k -> mean[k]).sum() / quiet.length, q.model(), 1e-12);
        assertEquals(Math.abs(q.model() - 0.7) < Math.abs(q.baselines().get("hawkes") - 0.7), q.beats("hawkes"));
    }

    @Test
    void targetsReportTheirValuesAndVerdicts() {
        List<TargetResult> t = backtest.targets();
        assertEquals(8, t.size());
        TargetResult dispersion = t.get(3);
        assertEquals(backtest.score("dispersion", Backtest.ALL).model(), dispersion.value());
        assertEquals(dispersion.value() >= 1.5, dispersion.status() == TargetResult.Status.MET);
        TargetResult launches = t.get(4);
        assertEquals(37, launches.record());
        assertEquals("within 25% of the record's 37 (27.75 .. 46.25)", launches.threshold());
        assertEquals(Math.abs(launches.value() - 37) <= 9.25, launches.status() == TargetResult.Status.MET);
        TargetResult drop = t.get(5);
        assertEquals(TargetResult.Status.NOT_APPLICABLE, drop.status());
        assertTrue(drop.note().contains("do not cover all of 2017 and 2018"), drop.note());
        TargetResult hedging = t.get(6);
        double[] mean = backtest.meanSeries().get("hedging.KOR");
        int may10 = (int) (LocalDate.of(2022, 5, 10).toEpochDay() - baseline.start().toEpochDay());
        assertEquals(Scores.riseShare(mean, may10), hedging.value(), 1e-12);
        assertEquals(hedging.value() > 0.5, hedging.status() == TargetResult.Status.MET);
    }

    @Test
    void aPeriodOf2017And2018AnswersTheDropTargetAndNotTheOthers() throws InputException {
        String text = TestScenarios.text(TestScenarios.SIX_STATES).replace("2022-", "2017-")
                .replace("end: 2017-12-31", "end: 2018-12-31");
        Scenario s = TestScenarios.parse(text);
        Backtest b = Backtest.run(s, BaselineFitTest.shipped(), "PRK", EventType.MISSILE_TEST, 2, 5, 1,
                TargetsReader.read(Path.of("scenarios/validation/targets.yaml")));
        assertEquals("2017-01..2018-12", b.months().toString());
        assertEquals(0, b.months().indices(Split.HELD_OUT).length);
        assertEquals(16, b.score("total", "2017").record());
        assertEquals(0, b.score("total", "2018").record());
        TargetResult drop = b.targets().get(5);
        double expected = 1 - b.score("total", "2018").model() / b.score("total", "2017").model();
        assertEquals(expected, drop.value(), 1e-12);
        assertEquals(1, drop.record());
        assertEquals(expected >= 0.75, drop.status() == TargetResult.Status.MET);
        for (int k : new int[] {0, 1, 2, 4, 6, 7}) {
            assertEquals(TargetResult.Status.NOT_APPLICABLE, b.targets().get(k).status(), b.targets().get(k).toString());
        }
        assertEquals("no held-out months in the scored period 2017-01..2018-12", b.targets().get(0).note());
    }
}
