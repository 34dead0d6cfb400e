package entente.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Driving the model through the GUIState, as the window does, never changes what it computes. */
class GuiStateRunTest {
    /** Starts and steps the GUIState the way the window's Runner does, until it reports the end. */
    static RunRecord runThroughGui(EntenteGui gui, long seed) {
        gui.state.setSeed(seed); // the Runner reseeds before each start
        gui.start();
        int steps = 0;
        while (gui.step()) {
            steps++;
        }
        assertEquals(gui.model().scenario().days(), steps, "one step per day, then the GUIState stops");
        assertFalse(gui.step(), "and stays stopped");
        return gui.model().record();
    }

    static void assertSameRun(RunRecord expected, RunRecord actual) {
        assertEquals(expected.days(), actual.days());
        assertEquals(expected.keys(), actual.keys());
        for (RunRecord.Key k : expected.keys()) {
            assertArrayEquals(expected.series(k), actual.series(k), k.toString());
        }
        assertEquals(expected.events().size(), actual.events().size());
        for (int i = 0; i < expected.events().size(); i++) {
            assertEquals(expected.events().get(i).id(), actual.events().get(i).id());
            assertEquals(expected.events().get(i).day(), actual.events().get(i).day());
            assertEquals(expected.events().get(i).why(), actual.events().get(i).why());
        }
    }

    @Test
    void baselineThroughTheGuiEqualsTheHeadlessRun() {
        Scenario s = TestScenarios.load(TestScenarios.BASELINE);
        assertSameRun(EntenteModel.run(s, s.seed()), runThroughGui(new EntenteGui(s, s.seed()), s.seed()));
    }

    @Test
    void anotherSeedAndARestartGiveTheHeadlessRunsOfThoseSeeds() {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        EntenteGui gui = new EntenteGui(s, s.seed());
        assertSameRun(EntenteModel.run(s, 12345), runThroughGui(gui, 12345));
        gui.finish();
        assertSameRun(EntenteModel.run(s, 12346), runThroughGui(gui, 12346));
    }

    @Test
    void parametersSetInTheModelTabApplyAtTheNextStart() {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        EntenteGui gui = new EntenteGui(s, s.seed());
        RunRecord before = runThroughGui(gui, 7);
        gui.parameters().set("dynamics.reactivity", 0.02);
        gui.parameters().set("actors.PRK.risk_tolerance", 2.0);
        RunRecord after = runThroughGui(gui, 7);
        Scenario changed = s.withParameters(s.parameters().with("dynamics.reactivity", 0.02)
                .with("actors.PRK.risk_tolerance", 2.0));
        assertSameRun(EntenteModel.run(changed, 7), after);
        assertFalse(java.util.Arrays.equals(before.series("escalation", "PRK", ""), after.series("escalation", "PRK", "")));
    }
}
