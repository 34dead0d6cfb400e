package entente.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.Scenario;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The window's event lines say which events were inputs and which the states chose (issue 14, point 1). */
class EventLinesTest {
    @Test
    void aStatesOwnMoveIsMarkedAndATimelineEventIsNot() {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        RunRecord r = EntenteModel.run(s, 7);
        Set<EventOrigin> seen = EnumSet.noneOf(EventOrigin.class);
        for (ModelEvent e : r.events()) {
            String line = EventLines.describe(e, r);
            seen.add(e.origin());
            assertEquals(e.origin() == EventOrigin.DECISION, line.endsWith("  [own move]"), line);
            assertTrue(line.contains(EventLines.what(e, r.actors())), line);
            if (e.origin() == EventOrigin.SCENARIO) {
                assertTrue(!line.endsWith("]"), "an input carries no mark: " + line);
            }
        }
        assertEquals(EnumSet.of(EventOrigin.SCENARIO, EventOrigin.DECISION), seen, "the run has inputs and choices");
    }
}
