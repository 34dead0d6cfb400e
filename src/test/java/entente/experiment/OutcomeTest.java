package entente.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.EventCounts;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.InputException;
import entente.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** User-defined outcomes: what each kind measures on a run, and how a wrong one is reported. */
class OutcomeTest {
    static Scenario scenario;
    static RunRecord run;

    @BeforeAll
    static void runOnce() {
        scenario = TestScenarios.load(TestScenarios.SIX_STATES);
        run = EntenteModel.run(scenario, 7);
    }

    private static Outcome one(String yaml) throws InputException {
        List<Outcome> o = OutcomeReader.fromArguments(List.of(yaml), scenario);
        assertEquals(1, o.size());
        return o.get(0);
    }

    @Test
    void aThresholdGivesWhetherAndTheFirstDayItIsCrossed() throws Exception {
        double[] prk = run.series("escalation", "PRK", "");
        double level = (prk[0] + java.util.Arrays.stream(prk).max().orElseThrow()) / 2; // crossed somewhere
        Outcome o = one("{name: prk-high, kind: threshold, series: escalation.PRK, above: " + level + "}");
        assertEquals(List.of("prk-high.probability", "prk-high.day"), o.columns());
        double[] v = o.evaluate(run);
        assertEquals(1, v[0]);
        int day = (int) v[1];
        assertTrue(prk[day] > level, "above on the day reported");
        for (int d = 0; d < day; d++) {
            assertTrue(prk[d] <= level, "not above before it, day " + d);
        }
        Outcome never = one("{name: prk-never, kind: threshold, series: escalation.PRK, above: 1000}");
        assertArrayEquals(new double[] {0, run.days()}, never.evaluate(run), "never: 0 and the whole period");
        Outcome below = one("{name: prk-low, kind: threshold, series: escalation.PRK, below: 1000}");
        assertArrayEquals(new double[] {1, 0}, below.evaluate(run), "below from the first day");
    }

    @Test
    void timeToEventIsTheDayOfTheFirstMatchingEvent() throws Exception {
        Outcome icbm = one("{name: icbm, kind: time_to_event, type: MISSILE_TEST, subtype: ICBM, actor: PRK}");
        int expected = (int) LocalDate.of(2022, 1, 1).until(LocalDate.of(2022, 3, 24), java.time.temporal.ChronoUnit.DAYS);
        int firstChosen = run.events().stream().filter(e -> e.type() == EventType.MISSILE_TEST
                && "ICBM".equals(e.subtype())).mapToInt(ModelEvent::day).min().orElseThrow();
        assertEquals(Math.min(expected, firstChosen), icbm.evaluate(run)[1]);
        assertEquals(1, icbm.evaluate(run)[0]);
        Outcome chosen = one("{name: srbm, kind: time_to_event, type: MISSILE_TEST, origin: decision}");
        int firstDecision = run.events().stream().filter(e -> e.origin() == EventOrigin.DECISION
                && e.type() == EventType.MISSILE_TEST).mapToInt(ModelEvent::day).min().orElse(run.days());
        assertEquals(firstDecision, chosen.evaluate(run)[1]);
    }

    @Test
    void aCountOverThePeriodEqualsTheEventCountAndAWindowCutsIt() throws Exception {
        Outcome all = one("{name: drills, kind: count, type: JOINT_EXERCISE}");
        assertEquals(EventCounts.of(run).of(EventType.JOINT_EXERCISE), all.evaluate(run)[0]);
        Outcome spring = one("{name: spring, kind: count, type: JOINT_EXERCISE, actor: USA, from: 2022-03-01, to: 2022-03-01}");
        assertEquals(1, spring.evaluate(run)[0], "the scripted spring drill, by the USA, on that day");
        Outcome none = one("{name: none, kind: count, type: JOINT_EXERCISE, actor: CHN}");
        assertEquals(0, none.evaluate(run)[0]);
    }

    @Test
    void aValueOnADateIsTheSeriesOnThatDay() throws Exception {
        Outcome o = one("{name: mid, kind: value, series: cohesion_trilateral, on: 2022-07-02}");
        assertEquals(run.series("cohesion_trilateral", "", "")[182], o.evaluate(run)[0]);
    }

    @Test
    void mistakesAreReportedWithSuggestions() {
        InputException e = assertThrows(InputException.class, () -> OutcomeReader.fromArguments(List.of(
                "{name: a, kind: treshold, series: escalation.PRK, above: 7}",
                "{name: b, kind: threshold, series: escalation.PRC, above: 7}",
                "{name: c, kind: threshold, series: escalation.PRK}",
                "{name: d, kind: count, type: JOINT_EXERCISE, from: 2030-01-01}",
                "{name: e, kind: value, series: polarization, on: 2022-05-01, above: 2}",
                "{name: escalation_index, kind: count, type: SUMMIT}"), scenario));
        String m = e.getMessage();
        assertTrue(m.contains("--outcome:1: outcome.kind: unknown kind 'treshold'; did you mean 'threshold'?"), m);
        assertTrue(m.contains("outcome.series: unknown series 'escalation.PRC'; did you mean 'escalation.PRK'"), m);
        assertTrue(m.contains("a threshold outcome needs either above: or below:"), m);
        assertTrue(m.contains("outcome.from: date 2030-01-01 is outside the period 2022-01-01 .. 2022-12-31"), m);
        assertTrue(m.contains("outcome.above: a value outcome takes no above (it takes series, on)"), m);
        assertTrue(m.contains("'escalation_index' names a series, metric or factor already"), m);
        assertEquals(6, e.problems().size(), m);
    }
}
