package entente.classroom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The debrief of a game: the replayable scenario, both paths, the counterfactual ranking, the page. */
class DebriefTest {
    @TempDir
    Path tmp;

    @Test
    void theDebriefReplaysTheGameAndRanksTheTeamsDecisions() throws Exception {
        Games games = new Games();
        Game g = games.start("USA", "PRK");
        for (int turn = 1; turn <= 5; turn++) {
            g.open(60);
            g.submit("PRK", turn, new Choice(turn % 2 == 1 ? "prk-icbm" : "nothing", List.of(), "we must be taken seriously"));
            if (turn != 4) { // USA misses turn 4: its agent stands in
                g.submit("USA", turn, new Choice(turn == 2 ? "statement" : "trilateral-drill", turn == 2 ? List.of("PRK") : List.of(),
                        turn == 2 ? "Enough." : ""));
            }
            g.close();
        }
        g.end();
        Path report = Debrief.write(g, tmp);
        String html = Files.readString(report);
        for (String s : List.of("The class against the agents alone", "Against history", "Which team decisions changed the outcome most",
                "checked: a headless replay gives the game", "9 team decisions", "agent stand-in", "<svg",
                "data/dprk-launches.csv (main series")) {
            assertTrue(html.contains(s), s);
        }
        assertTrue(!html.contains(" src=") && !html.contains("href=\"http"), "self-contained: nothing loaded from elsewhere");
        Path replay = tmp.resolve("replay");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", tmp.resolve("scenario.yaml").toString(),
                "--out", replay.toString(), "--no-charts");
        assertEquals(0, code, err.toString());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("class/events.csv")), Files.readAllBytes(replay.resolve("events.csv")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("class/timeseries.csv")), Files.readAllBytes(replay.resolve("timeseries.csv")));
        // and stepped through the teaching GUI's state, as its Console does
        entente.scenario.Scenario saved = entente.scenario.ScenarioReader.read(tmp.resolve("scenario.yaml"));
        entente.gui.EntenteGui gui = new entente.gui.EntenteGui(saved, saved.seed());
        gui.state.setSeed(saved.seed());
        gui.start();
        while (gui.step()) {
            // one day a step
        }
        Path inGui = tmp.resolve("gui-events.csv");
        entente.output.EventsCsv.write(gui.model().record(), inGui);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("class/events.csv")), Files.readAllBytes(inGui));
        assertEquals(35, Files.readAllLines(tmp.resolve("class/timeseries.csv")).stream().map(l -> l.split(",")[0]).distinct().count() - 1,
                "five turns of seven days");
    }
}
