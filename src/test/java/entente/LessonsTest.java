package entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each lesson scenario shows what its guide in docs/lessons promises. */
class LessonsTest {
    private static final Path LESSONS = Path.of("scenarios", "lessons");

    private static Scenario lesson(String name) {
        return TestScenarios.load(LESSONS.resolve(name + ".yaml"));
    }

    private static RunRecord run(Scenario s, String path, double value) {
        return EntenteModel.run(s.withParameters(s.parameters().with(path, value)), s.seed());
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    private static double at(RunRecord r, String metric, String actor, String date) {
        return r.series(metric, actor, "")[(int) (LocalDate.parse(date).toEpochDay() - r.start().toEpochDay())];
    }

    @Test
    void securityDilemmaSpiralsAtItsReactivityAndSettlesBelowIt() {
        Scenario s = lesson("security-dilemma");
        RunRecord spiral = EntenteModel.run(s, s.seed());
        assertTrue(max(spiral.series("escalation_index", "", "")) > 6, "the spiral climbs");
        double prk = max(spiral.series("escalation", "PRK", ""));
        assertTrue(prk > 8 && prk < 10, "North Korea climbs high but stays below the ceiling: " + prk);
        RunRecord calm = run(s, "dynamics.reactivity", 0.03);
        assertTrue(max(calm.series("escalation_index", "", "")) < 3, "with weak reactions it stays low");
        RunRecord runaway = run(s, "dynamics.reactivity", 0.12);
        assertTrue(at(runaway, "escalation_index", "", "2023-12-31") > at(spiral, "escalation_index", "", "2023-12-31"));
    }

    @Test
    void balanceOfThreatDrillsPullTheCounterBlocTogetherThroughTheCommonThreat() {
        Scenario s = lesson("balance-of-threat");
        RunRecord r = EntenteModel.run(s, s.seed());
        double quiet = at(r, "cohesion_counter", "", "2023-06-30");
        assertEquals(r.series("cohesion_counter", "", "")[0], quiet, 1e-12, "nothing moves in the quiet half year");
        assertTrue(at(r, "cohesion_counter", "", "2024-06-30") > quiet + 0.08, "the counter-bloc closes ranks");
        RunRecord noCommonThreat = run(s, "dynamics.alpha", 0);
        double[] counter = noCommonThreat.series("cohesion_counter", "", "");
        assertEquals(counter[0], max(counter), 1e-9, "without the pull of a common threat it stays put");
        assertEquals(counter[0], Arrays.stream(counter).min().orElseThrow(), 1e-9);
    }

    @Test
    void seoulSwingsTowardWashingtonThenBackTowardBeijingLessTheMoreItHedges() {
        Scenario s = lesson("seoul-hedging");
        RunRecord r = EntenteModel.run(s, s.seed());
        double start = at(r, "hedging", "KOR", "2016-07-01");
        double afterTests = at(r, "hedging", "KOR", "2017-10-30");
        double afterSummit = at(r, "hedging", "KOR", "2018-01-31");
        assertTrue(afterTests > start + 0.15, "THAAD, tests and China's pressure push Seoul toward Washington");
        assertTrue(afterSummit < afterTests - 0.15, "normalisation and the Moon-Xi summit bring it back");
        double swingFree = swing(run(s, "actors.KOR.hedging", 0));
        double swingHedger = swing(run(s, "actors.KOR.hedging", 0.9));
        assertTrue(swingHedger < swingFree / 2, "a strong hedger swings far less: " + swingHedger + " vs " + swingFree);
    }

    private static double swing(RunRecord r) {
        double[] h = r.series("hedging", "KOR", "");
        return max(h) - Arrays.stream(h).min().orElseThrow();
    }
}
