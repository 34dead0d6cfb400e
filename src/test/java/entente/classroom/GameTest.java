package entente.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.output.EventsCsv;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.scenario.ScenarioWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The turn logic of a classroom game: choices, deadlines, stand-ins, errors, exact replay. */
class GameTest {
    @TempDir
    Path tmp;

    private final Games games = new Games();

    private static Choice act(String option) {
        return new Choice(option, List.of(), "");
    }

    private static int status(Runnable r) {
        return assertThrows(ApiError.class, r::run).status;
    }

    @Test
    void aTurnFiresTheTeamsChoicesAndAgentStandInsThenRunsAWeek() {
        Game g = games.start("USA", "KOR", "PRK");
        assertEquals(Phase.LOBBY, g.phase());
        assertTrue(g.play.actions().stream().noneMatch(a -> List.of("USA", "KOR", "PRK").contains(a.actor())),
                "the teams' states have no options of their own in the model");
        g.open(60);
        assertEquals("recorded", g.submit("USA", 1, act("usa-kor-drill")));
        assertEquals("unchanged", g.submit("USA", 1, act("usa-kor-drill")), "a duplicate changes nothing");
        long version = g.version();
        assertEquals("unchanged", g.submit("USA", 1, act("usa-kor-drill")));
        assertEquals(version, g.version());
        assertEquals("recorded", g.submit("KOR", 1, new Choice("statement", List.of("PRK"), "Stop the launches.")));
        g.close(); // PRK did not choose: its agent stands in

        assertEquals(Phase.RESULTS, g.phase());
        assertEquals(7, g.model().today());
        TurnResult t = g.turns().get(0);
        assertEquals(List.of("USA", "KOR", "PRK"), t.decisions().stream().map(Decision::actor).toList());
        assertFalse(t.decisions().get(0).standIn());
        assertTrue(t.decisions().get(2).standIn());
        assertTrue(t.decisions().get(2).why().startsWith("agent stand-in for team PRK (no choice by the deadline, turn 1): "),
                t.decisions().get(2).why());
        List<ModelEvent> fired = g.model().record().events().subList(t.fromEvent(), t.toEvent());
        ModelEvent drill = fired.stream().filter(e -> e.id().equals("t1-usa-usa-kor-drill")).findFirst().orElseThrow();
        assertEquals(entente.scenario.EventOrigin.TEAM, drill.origin());
        assertEquals(0, drill.day());
        assertEquals("team USA chose usa-kor-drill (turn 1)", drill.why());
        ModelEvent statement = fired.stream().filter(e -> e.id().equals("t1-kor-statement")).findFirst().orElseThrow();
        assertEquals("Stop the launches.", statement.note());
        if (t.decisions().get(2).acts()) {
            ModelEvent prk = fired.stream().filter(e -> e.id().startsWith("t1-prk-")).findFirst().orElseThrow();
            assertTrue(prk.why().contains("PRK chose " + t.decisions().get(2).option() + ": p="), prk.why());
        }
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        Game g = games.start("USA", "KOR");
        assertEquals(409, status(() -> g.submit("USA", 1, act("usa-kor-drill"))), "no turn is open");
        assertEquals(400, status(() -> g.open(5)));
        g.open(60);
        long version = g.version();
        assertEquals(409, status(() -> g.submit("USA", 2, act("usa-kor-drill"))), "wrong turn");
        ApiError unknown = assertThrows(ApiError.class, () -> g.submit("USA", 1, act("prk-icbm")));
        assertEquals(400, unknown.status);
        assertTrue(unknown.getMessage().contains("unknown choice 'prk-icbm' for USA"), unknown.getMessage());
        assertEquals(400, status(() -> g.submit("USA", 1, new Choice("statement", List.of("PRK"), " "))), "empty statement");
        assertEquals(400, status(() -> g.submit("USA", 1, new Choice("statement", List.of("USA"), "Hi"))), "naming itself");
        assertEquals(400, status(() -> g.submit("USA", 1, new Choice("statement", List.of("XYZ"), "Hi"))));
        assertEquals(400, status(() -> g.submit("USA", 1, new Choice("usa-sanctions", List.of("PRK"), ""))));
        assertEquals(400, status(() -> g.submit("USA", 1, new Choice("nothing", List.of(), "x".repeat(281)))));
        assertEquals(409, status(() -> g.open(60)), "a turn is open already");
        assertEquals(version, g.version());
        assertTrue(g.submissions().isEmpty());
        assertEquals(403, status(() -> g.join("WRONG", "USA", null)));
        String token = g.join(g.joinCode.toLowerCase(), "USA", null);
        assertEquals(token, g.join(g.joinCode, "USA", token), "joining again with the token is the same join");
        assertEquals(409, status(() -> g.join(g.joinCode, "USA", null)), "another device cannot take USA");
        g.release("USA");
        assertNotEquals(token, g.join(g.joinCode, "USA", null), "released: a new token, the old one is void");
        assertEquals(null, g.teamWithToken(token));
    }

    @Test
    void theDeadlineClosesTheTurnAndPauseStopsTheClock() {
        Game g = games.start("PRK");
        g.open(30);
        games.advance(20_000);
        g.pause();
        games.advance(60_000);
        g.tick();
        assertEquals(Phase.OPEN, g.phase(), "paused: the deadline waits");
        assertEquals(10_000, g.remainingMillis());
        g.resume();
        games.advance(9_999);
        g.tick();
        assertEquals(Phase.OPEN, g.phase());
        games.advance(1);
        g.tick();
        assertEquals(Phase.RESULTS, g.phase());
        assertTrue(g.turns().get(0).decisions().get(0).standIn());
    }

    @Test
    void theSavedGameRestartsWhereItStoodAndItsScenarioReplaysExactly() throws Exception {
        Game g = games.start("USA", "KOR", "PRK");
        Path save = tmp.resolve("game.json");
        g.saveTo(GameFile.into(save));
        g.join(g.joinCode, "KOR", null);
        for (int turn = 1; turn <= 4; turn++) {
            g.open(60);
            g.submit("USA", turn, act(turn % 2 == 0 ? "trilateral-drill" : "usa-sanctions"));
            g.submit("PRK", turn, act(turn == 3 ? "prk-icbm" : "nothing"));
            if (turn == 2) {
                g.inject(new entente.gui.Session.Request(entente.scenario.EventType.SUMMIT, null, false,
                        List.of("CHN", "KOR"), List.of(), 1.0, Double.NaN, "teacher's summit"));
            }
            g.close();
        }
        g.open(60);
        g.pause();
        g.submit("KOR", 5, new Choice("kor-jpn-summit", List.of(), "we need Tokyo")); // saved in the choices file only

        Game back = GameFile.load(save, games.clock::get);
        assertEquals(Phase.OPEN, back.phase());
        assertEquals(5, back.turn());
        assertTrue(back.paused());
        assertEquals(g.submissions(), back.submissions());
        assertEquals("we need Tokyo", back.submission("KOR").text());
        assertEquals(g.teacherToken, back.teacherToken);
        assertTrue(back.team("KOR").joined());
        assertEquals(g.model().today(), back.model().today());
        assertEquals(csv(g.model().record()), csv(back.model().record()), "the same events, in the same order");
        assertEquals(g.turns(), back.turns());

        g.close();
        back.close();
        assertEquals(csv(g.model().record()), csv(back.model().record()));

        Path file = tmp.resolve("class.yaml");
        ScenarioWriter.write(g.classScenario(), file, List.of("test"));
        Scenario replay = ScenarioReader.read(file);
        RunRecord again = EntenteModel.run(replay, replay.seed());
        assertEquals(csv(g.model().record()), csv(again));
        String events = csv(again);
        assertTrue(events.contains(",team,"), events);
        assertTrue(events.contains(",injected,"), events);
    }

    private String csv(RunRecord r) throws Exception {
        Path f = Files.createTempFile(tmp, "events", ".csv");
        EventsCsv.write(r, f);
        return Files.readString(f);
    }
}
