package entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import org.junit.jupiter.api.Test;

/** Signs of event effects against a quiet region where nothing else happens. */
class EventEffectsTest {
    private static final int EVENT_DAY = 30;
    private static final RunRecord QUIET = EntenteModel.run(TestScenarios.parse(TestScenarios.quietSixStates()), 1);

    private static RunRecord withEvent(String event) {
        String text = TestScenarios.quietSixStates() + "events:\n  - " + event + "\n";
        return EntenteModel.run(TestScenarios.parse(text), 1);
    }

    private static double at(RunRecord r, String metric, String actor, String partner, int day) {
        return r.series(metric, actor, partner)[day];
    }

    private static double change(RunRecord with, String metric, String actor, String partner, int day) {
        return at(with, metric, actor, partner, day) - at(QUIET, metric, actor, partner, day);
    }

    @Test
    void aMissileTestRaisesAlliedThreatAndCohesion() {
        RunRecord r = withEvent("{id: test, date: 2022-01-31, type: MISSILE_TEST, subtype: IRBM, actors: [PRK],"
                + " targets: [JPN, KOR, USA], source: 'ext: test'}");
        assertEquals(0, change(r, "threat", "JPN", "PRK", EVENT_DAY - 1), 0, "nothing moves before the event");
        assertTrue(change(r, "threat", "JPN", "PRK", EVENT_DAY) > 0);
        assertTrue(change(r, "threat", "KOR", "PRK", EVENT_DAY) > 0);
        assertTrue(change(r, "cohesion_trilateral", "", "", EVENT_DAY + 30) > 0);
        assertTrue(change(r, "escalation", "PRK", "", EVENT_DAY) > 0);
    }

    @Test
    void anOverflightAlarmsJapanMoreThanATestOffshore() {
        String test = "{id: test, date: 2022-01-31, type: MISSILE_TEST, subtype: IRBM, actors: [PRK],"
                + " targets: [JPN], source: 'ext: test'%s}";
        RunRecord over = withEvent(test.formatted(", overflight: true"));
        RunRecord offshore = withEvent(test.formatted(""));
        assertTrue(at(over, "threat", "JPN", "PRK", EVENT_DAY) > at(offshore, "threat", "JPN", "PRK", EVENT_DAY));
    }

    @Test
    void aTrilateralDrillDrawsChinaAndRussiaTogether() {
        RunRecord r = withEvent("{id: drill, date: 2022-01-31, type: JOINT_EXERCISE, actors: [USA, JPN, KOR],"
                + " targets: [PRK], intensity: 2, source: 'ext: test'}");
        assertTrue(change(r, "threat", "CHN", "USA", EVENT_DAY) > 0, "China, a friend of the target, feels it too");
        assertTrue(change(r, "affinity", "CHN", "RUS", EVENT_DAY + 30) > 0);
        assertTrue(change(r, "affinity", "RUS", "CHN", EVENT_DAY + 30) > 0);
        assertTrue(change(r, "cohesion_counter", "", "", EVENT_DAY + 30) > 0);
    }

    @Test
    void aSuspendedDrillCalmsTheTarget() {
        RunRecord r = withEvent("{id: pause, date: 2022-01-31, type: EXERCISE_SUSPENSION, actors: [USA, KOR],"
                + " targets: [PRK], source: 'ext: test'}");
        assertTrue(change(r, "escalation", "PRK", "", EVENT_DAY) < 0);
        assertTrue(change(r, "affinity", "PRK", "USA", EVENT_DAY + 30) > 0);
    }

    @Test
    void hostileMemoryFadesWithItsHalfLife() {
        RunRecord r = withEvent("{id: test, date: 2022-01-31, type: MISSILE_TEST, subtype: ICBM, actors: [PRK],"
                + " targets: [JPN], source: 'ext: test'}");
        double first = change(r, "threat", "JPN", "PRK", EVENT_DAY);
        double later = change(r, "threat", "JPN", "PRK", EVENT_DAY + 45);
        // 45 days is the default half-life; affinity has moved a little meanwhile, so allow slack
        assertEquals(0.5, later / first, 0.1);
    }

    @Test
    void aSwitchedOffEventDoesNothing() {
        RunRecord r = withEvent("{id: test, date: 2022-01-31, type: MISSILE_TEST, subtype: ICBM, actors: [PRK],"
                + " targets: [JPN], enabled: false, source: 'ext: test'}");
        assertEquals(0, r.events().size());
        assertEquals(0, change(r, "threat", "JPN", "PRK", EVENT_DAY + 1), 0);
    }

    @Test
    void anInvasionAlarmsTheStatesThatAnswerItAndSanctionsDrawChinaToRussia() {
        RunRecord r = withEvent("{id: war, date: 2022-01-31, type: INVASION, actors: [RUS], targets: [USA, JPN, KOR],"
                + " source: 'ext: test'}");
        assertEquals(0, change(r, "threat", "JPN", "RUS", EVENT_DAY - 1), 0, "nothing moves before the invasion");
        assertTrue(change(r, "threat", "JPN", "RUS", EVENT_DAY) > 0);
        assertTrue(change(r, "threat", "USA", "RUS", EVENT_DAY) > 0);
        assertTrue(change(r, "affinity", "KOR", "RUS", EVENT_DAY + 30) < 0);
        assertTrue(change(r, "affinity", "JPN", "KOR", EVENT_DAY + 30) > 0, "a common threat draws Tokyo and Seoul together");
        RunRecord s = withEvent("{id: sanctions, date: 2022-01-31, type: SANCTIONS, actors: [USA, JPN, KOR], targets: [RUS],"
                + " source: 'ext: test'}");
        assertTrue(change(s, "threat", "CHN", "USA", EVENT_DAY) > 0, "China, Russia's friend, feels the sanctions too");
        assertTrue(change(s, "affinity", "CHN", "RUS", EVENT_DAY + 30) > 0);
    }
}
