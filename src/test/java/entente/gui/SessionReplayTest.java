package entente.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import entente.TestScenarios;
import entente.cli.Main;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved session replays exactly: the same events.csv and series as the live run. */
class SessionReplayTest {
    @TempDir
    Path tmp;

    private static final Session.Request ICBM = new Session.Request(EventType.MISSILE_TEST, "ICBM", false,
            List.of("PRK"), List.of("USA", "JPN", "KOR"), 1.5, Double.NaN, "what if?");
    private static final Session.Request SUSPENSION = new Session.Request(EventType.EXERCISE_SUSPENSION, null, false,
            List.of("USA", "KOR"), List.of("PRK"), 1.3, Double.NaN, "");
    private static final Session.Request SPENDING = new Session.Request(EventType.DEFENSE_SPENDING, null, false,
            List.of("JPN"), List.of("CHN"), 0.7, 2.1, "Japan to 2.1%");

    private static void stepTo(EntenteGui gui, int day) {
        while (gui.model().today() < day) {
            assertTrue(gui.step());
        }
    }

    private static String cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
        assertEquals(0, code, err.toString());
        return err.toString();
    }

    @Test
    void savedSessionReproducesEventsAndSeries() throws IOException {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        EntenteGui gui = new EntenteGui(s, 11);
        gui.parameters().set("dynamics.eta", 0.03); // a slider moved before the run
        gui.state.setSeed(11);
        gui.start();
        // The first injection falls on a day a state's choice fires (the run is the same as one
        // without injections up to then), so the two meet on that day.
        RunRecord dry = entente.model.EntenteModel.run(s.withParameters(s.parameters().with("dynamics.eta", 0.03)), 11);
        int first = dry.events().stream().filter(e -> e.origin() == EventOrigin.DECISION && e.day() >= 56)
                .mapToInt(ModelEvent::day).findFirst().orElseThrow();
        for (int k = 0; k < 7; k++) {
            int day = first + 7 * k;
            stepTo(gui, day);
            assertNotNull(gui.inject(ICBM));
            assertNotNull(gui.inject(k % 2 == 0 ? SUSPENSION : SPENDING));
        }
        stepTo(gui, first + 60);
        RunRecord live = gui.model().record();
        assertOrderedByOrigin(live);

        Path scenario = tmp.resolve("session.yaml");
        Path liveDir = tmp.resolve("live");
        gui.saveScenario(scenario);
        gui.saveResults(liveDir);
        Path replayDir = tmp.resolve("replay");
        cli("run", scenario.toString(), "--until", live.date(live.days() - 1).toString(), "--out", replayDir.toString());

        for (String f : List.of("events.csv", "timeseries.csv", "cohesion.svg", "escalation.svg")) {
            assertArrayEquals(Files.readAllBytes(liveDir.resolve(f)), Files.readAllBytes(replayDir.resolve(f)), f);
        }
        String events = Files.readString(liveDir.resolve("events.csv"));
        assertEquals(14, events.lines().filter(l -> l.contains(",injected,")).count());
        assertTrue(events.contains("injected-1-missile-test-icbm-prk"), events);
    }

    /** Within each day: the timeline, then the states' decisions, then injected events. */
    private static void assertOrderedByOrigin(RunRecord r) {
        List<EventOrigin> order = List.of(EventOrigin.SCENARIO, EventOrigin.DECISION, EventOrigin.INJECTED);
        boolean decisionThenInjected = false;
        List<ModelEvent> events = r.events();
        for (int i = 1; i < events.size(); i++) {
            ModelEvent a = events.get(i - 1);
            ModelEvent b = events.get(i);
            if (a.day() == b.day()) {
                assertTrue(order.indexOf(a.origin()) <= order.indexOf(b.origin()), a + " before " + b);
                decisionThenInjected |= a.origin() == EventOrigin.DECISION && b.origin() == EventOrigin.INJECTED;
            }
        }
        assertTrue(decisionThenInjected, "the test should meet a day with both a decision and an injection");
    }

    @Test
    void anInjectedPolicyChangeTakesEffectTheNextDayAndReplays() throws IOException {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        EntenteGui gui = new EntenteGui(s, 5);
        gui.state.setSeed(5);
        gui.start();
        stepTo(gui, 60);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gui.injectChange("actors.KOR.escalation", 2, ""))
                .getMessage().contains("cannot change during a run"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gui.injectChange("actors.KOR.hedging", 3, ""))
                .getMessage().contains("actors.KOR.hedging"));
        Scenario.Change c = gui.injectChange("actors.KOR.affinity.JPN", 0.8, "a thaw");
        assertEquals(s.start().plusDays(60), c.date());
        stepTo(gui, 120);
        RunRecord live = gui.model().record();
        assertEquals(List.of(new RunRecord.FiredChange(60, c.id(), c.source())), live.changes());
        double[] quiet = entente.model.EntenteModel.run(s, 5).series("affinity", "KOR", "JPN");
        double[] changed = live.series("affinity", "KOR", "JPN");
        assertEquals(quiet[59], changed[59], 0, "nothing moves before the change");
        assertTrue(changed[119] > quiet[119] + 0.1, "Seoul warms to Tokyo after it");

        Path scenario = tmp.resolve("change-session.yaml");
        Path liveDir = tmp.resolve("live-change");
        gui.saveScenario(scenario);
        gui.saveResults(liveDir);
        Path replayDir = tmp.resolve("replay-change");
        cli("run", scenario.toString(), "--until", live.date(live.days() - 1).toString(), "--out", replayDir.toString());
        for (String f : List.of("events.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(liveDir.resolve(f)), Files.readAllBytes(replayDir.resolve(f)), f);
        }
        assertTrue(Files.readString(scenario).contains(c.id()));
    }

    @Test
    void injectionIsCheckedLikeAScenarioEvent() {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        EntenteGui gui = new EntenteGui(s, 1);
        assertThrows(IllegalArgumentException.class, () -> gui.inject(ICBM), "not started");
        gui.start();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gui.inject(new Session.Request(
                EventType.SUMMIT, null, false, List.of(), List.of(), 1, Double.NaN, ""))).getMessage().contains("actor"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gui.inject(new Session.Request(
                EventType.SUMMIT, null, false, List.of("USA"), List.of("USA"), 1, Double.NaN, "")))
                .getMessage().contains("both an actor and a target"));
        assertThrows(IllegalArgumentException.class, () -> gui.inject(new Session.Request(
                EventType.SUMMIT, null, false, List.of("USA"), List.of(), 11, Double.NaN, "")), "intensity range");
        assertTrue(gui.session().injected().isEmpty(), "nothing refused was kept");
        stepTo(gui, s.days());
        assertNull(gui.inject(ICBM), "the period is over");
    }
}
