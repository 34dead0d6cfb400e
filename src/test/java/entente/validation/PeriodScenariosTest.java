package entente.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.InputException;
import entente.scenario.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of issue 14: in the baseline and the 2017–2019 period every kind of event a
 * state chooses for itself comes from the agents only; the replay scripts the public record.
 */
class PeriodScenariosTest {
    private static final Scenario HISTORY = TestScenarios.load(Path.of("scenarios/history-2017-2019.yaml"));
    private static final Scenario REPLAY = TestScenarios.load(Path.of("scenarios/replay-2021-2023.yaml"));

    private static History record() throws InputException {
        return History.read(Path.of("data/dprk-launches.csv"), Path.of("data/allied-exercises.csv"), Path.of("data/holdout.yaml"));
    }

    @Test
    void whatAStateChoosesForItselfIsNeverInTheTimeline() {
        for (Scenario s : List.of(TestScenarios.load(TestScenarios.BASELINE), HISTORY)) {
            for (Scenario.Action a : s.actions()) {
                for (Scenario.Event e : s.events()) {
                    assertTrue(e.type() != a.type() || !e.actors().get(0).equals(a.actor()),
                            s.name() + ": " + e.id() + " is a " + a.type() + " by " + a.actor() + ", which the agents choose");
                }
            }
        }
    }

    @Test
    void theReplayScriptsEveryLaunchDayOfTheRecordAndNothingElse() throws InputException {
        List<LocalDate> scripted = REPLAY.events().stream()
                .filter(e -> e.type() == EventType.MISSILE_TEST && e.actors().equals(List.of("PRK")))
                .map(Scenario.Event::date).sorted().toList();
        List<LocalDate> real = record().launches().stream()
                .filter(d -> !d.isBefore(REPLAY.start()) && !d.isAfter(REPLAY.end())).toList();
        assertEquals(real, scripted, "regenerate it with python3 tools/replay-launches.py");
        assertTrue(REPLAY.actions().stream().noneMatch(a -> a.actor().equals("PRK")), "the DPRK chooses no launch of its own");
        RunRecord r = EntenteModel.run(REPLAY, REPLAY.seed());
        assertTrue(r.events().stream().noneMatch(e -> e.origin() == EventOrigin.DECISION && e.type() == EventType.MISSILE_TEST));
    }

    @Test
    void theSecondPeriodLoadsAndRunsWithTheDprkChoosingItsLaunches() {
        assertEquals(LocalDate.of(2017, 1, 1), HISTORY.start());
        assertEquals(LocalDate.of(2019, 12, 31), HISTORY.end());
        assertTrue(HISTORY.changes().isEmpty(), "the baseline's dated changes lie outside this period");
        for (String id : List.of("panmunjom-summit-2018", "singapore-summit-2018", "ufg-2018-suspended",
                "pyongyang-summit-2018", "hanoi-summit-2019", "olympic-drills-deferred")) {
            assertTrue(HISTORY.events().stream().anyMatch(e -> e.id().equals(id)), id);
        }
        int launches = 0;
        for (long seed = 1; seed <= 4; seed++) {
            RunRecord r = EntenteModel.run(HISTORY, seed);
            assertEquals(HISTORY.days(), r.days());
            for (ModelEvent e : r.events()) {
                if (e.type() == EventType.MISSILE_TEST) {
                    assertEquals(EventOrigin.DECISION, e.origin());
                    launches++;
                }
            }
        }
        assertTrue(launches > 0, "the agents launch");
    }

    /** Issue 14, point 8: the détente of 2018 stops the DPRK's own launches, as it stopped the real ones (16 to 0). */
    @Test
    void theDetenteOf2018StopsTheAgentsLaunches() {
        int[] byYear = new int[3];
        for (long seed = 1; seed <= 6; seed++) {
            RunRecord r = EntenteModel.run(HISTORY, seed);
            for (ModelEvent e : r.events()) {
                if (e.type() == EventType.MISSILE_TEST && e.origin() == EventOrigin.DECISION) {
                    byYear[r.date(e.day()).getYear() - 2017]++;
                }
            }
        }
        assertTrue(byYear[0] >= 30, "launches in 2017: " + byYear[0]);
        assertTrue(byYear[1] <= 0.25 * byYear[0], "2018 at least 75 % below 2017: " + byYear[0] + " then " + byYear[1]);
    }
}
