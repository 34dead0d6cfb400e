package entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A `changes:` entry takes effect on its date, not before, as far as its strength says. */
class PolicyChangesTest {
    private static final int CHANGE_DAY = 130; // 2022-05-11

    private static String withChange(String extra) {
        return TestScenarios.quietSixStates() + """
                changes:
                  - id: new-government
                    date: 2022-05-11
                    set: {actors.KOR.affinity.JPN: 0.7, actors.KOR.hedging: 0.1}
                    scale: {actors.KOR.threat_sensitivity: 1.5}
                    source: "ext: test"
                """ + extra;
    }

    private static RunRecord run(String text) {
        return EntenteModel.run(TestScenarios.parse(text), 1);
    }

    @Test
    void aChangeTakesEffectOnItsDateAndNotBefore() {
        RunRecord quiet = run(TestScenarios.quietSixStates());
        RunRecord changed = run(withChange(""));
        double[] before = quiet.series("affinity", "KOR", "JPN");
        double[] after = changed.series("affinity", "KOR", "JPN");
        for (int d = 0; d < CHANGE_DAY; d++) {
            assertEquals(before[d], after[d], 0, "day " + d + " is before the change");
        }
        assertTrue(after[CHANGE_DAY] > before[CHANGE_DAY], "Seoul's affinity for Tokyo starts to move on the day");
        assertTrue(after[after.length - 1] > 0.6, "and approaches the new baseline: " + after[after.length - 1]);
        assertEquals(List.of(new RunRecord.FiredChange(CHANGE_DAY, "new-government", "ext: test")), changed.changes());
        assertTrue(quiet.changes().isEmpty());
    }

    @Test
    void strengthAndSwitchScaleTheChange() {
        RunRecord full = run(withChange(""));
        RunRecord half = run(withChange("").replace("source: \"ext: test\"", "source: \"ext: test\"\n    strength: 0.5"));
        RunRecord off = run(withChange("").replace("source: \"ext: test\"", "source: \"ext: test\"\n    enabled: false"));
        RunRecord quiet = run(TestScenarios.quietSixStates());
        int last = full.days() - 1;
        double q = quiet.series("affinity", "KOR", "JPN")[last];
        double f = full.series("affinity", "KOR", "JPN")[last];
        double h = half.series("affinity", "KOR", "JPN")[last];
        assertTrue(q < h && h < f, q + " < " + h + " < " + f);
        assertEquals(q, off.series("affinity", "KOR", "JPN")[last], 0, "a change switched off does nothing");
        assertTrue(off.changes().isEmpty());
    }

    @Test
    void theAppliedValuesAreSetScaledAndKeptInRange() {
        Scenario s = TestScenarios.parse(withChange(""));
        var p = PolicyChanges.applied(s.changes().get(0), s.parameters(), 1);
        assertEquals(0.7, p.get("actors.KOR.affinity.JPN"), 1e-12);
        assertEquals(0.1, p.get("actors.KOR.hedging"), 1e-12);
        assertEquals(1.5 * s.parameters().get("actors.KOR.threat_sensitivity"), p.get("actors.KOR.threat_sensitivity"), 1e-12);
        Scenario.Change far = new Scenario.Change("far", s.start(), Map.of("actors.KOR.hedging", 0.9), Map.of(), "ext: test", "");
        var clipped = PolicyChanges.applied(far, s.parameters().with("actors.KOR.hedging", 0.5), 1);
        assertEquals(0.9, clipped.get("actors.KOR.hedging"), 1e-12);
    }

    @Test
    void aChangeInjectedDuringARunTakesEffectOnItsDate() {
        Scenario s = TestScenarios.parse(TestScenarios.quietSixStates());
        EntenteModel m = EntenteModel.started(s, 1);
        m.runThrough(s.start().plusDays(9));
        m.inject(new Scenario.Change("thaw", s.start().plusDays(20), Map.of("actors.KOR.affinity.JPN", 0.7), Map.of(),
                "injected by a user", ""));
        RunRecord r = m.finishRun();
        assertEquals(List.of(new RunRecord.FiredChange(20, "thaw", "injected by a user")), r.changes());
        double[] quiet = run(TestScenarios.quietSixStates()).series("affinity", "KOR", "JPN");
        assertEquals(quiet[19], r.series("affinity", "KOR", "JPN")[19], 0);
        assertTrue(r.series("affinity", "KOR", "JPN")[20] > quiet[20]);
    }
}
