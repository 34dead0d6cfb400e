package entente.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import entente.TestScenarios;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Another parameter set resolved on a scenario's shared structure ({@link RunInputs#with}, as a
 * sweep resolves its points) runs exactly as the scenario with those numbers resolved anew.
 */
class RunInputsTest {
    private static final Scenario BASELINE = TestScenarios.load(TestScenarios.BASELINE);

    /** Numbers of every kind the inputs resolve: a coefficient, a state's value, an event's switch and intensity, a change's switch and strength. */
    private static final Map<String, Double> CHANGED = Map.of(
            "dynamics.eta", 0.07,
            "actors.KOR.hedging", 0.6,
            "events.cn-ru-joint-sea-2021.enabled", 0.0,
            "events.jpn-ldp-2pct-pledge.intensity", 1.5,
            "changes.ukraine-war.strength", 0.4,
            "changes.rok-government.enabled", 0.0);

    @Test
    void otherNumbersOnTheSharedStructureRunAsIfResolvedAnew() {
        RunInputs base = RunInputs.of(BASELINE);
        Parameters p = BASELINE.parameters().with(CHANGED);
        RunRecord shared = EntenteModel.run(base.with(p), 3, Recording.ALL);
        RunRecord anew = EntenteModel.run(RunInputs.of(BASELINE.withParameters(p)), 3, Recording.ALL);
        RunRecord before = EntenteModel.run(BASELINE, 3);
        assertSameRun(anew, shared);
        assertFalse(events(before).equals(events(shared)), "the numbers change the run");
        assertFalse(events(shared).stream().anyMatch(e -> e.contains("cn-ru-joint-sea-2021")), "the switched-off event is gone");
        assertEquals(List.of("ukraine-war", "rok-japan-settlement"), shared.changes().stream().map(RunRecord.FiredChange::id).toList(),
                "the switched-off change does not fire");
        assertSameRun(before, EntenteModel.run(base, 3, Recording.ALL));
    }

    private static void assertSameRun(RunRecord expected, RunRecord actual) {
        assertEquals(expected.keys(), actual.keys());
        for (RunRecord.Key k : expected.keys()) {
            assertArrayEquals(expected.series(k), actual.series(k), k.toString());
        }
        assertEquals(events(expected), events(actual));
    }

    private static List<String> events(RunRecord r) {
        return r.events().stream().map(e -> e.day() + " " + e.id() + " " + e.intensity() + " " + e.level()).toList();
    }
}
