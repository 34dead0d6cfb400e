package entente.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import entente.TestScenarios;
import entente.scenario.EventOrigin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written scenario reads back to the same scenario, injected events included. */
class ScenarioWriterTest {
    @TempDir
    Path tmp;

    private static void assertSameScenario(Scenario a, Scenario b) {
        assertEquals(a.name(), b.name());
        assertEquals(a.title(), b.title());
        assertEquals(a.description(), b.description());
        assertEquals(a.start(), b.start());
        assertEquals(a.end(), b.end());
        assertEquals(a.seed(), b.seed());
        assertEquals(a.actors(), b.actors());
        assertEquals(a.trilateral(), b.trilateral());
        assertEquals(a.counter(), b.counter());
        assertEquals(a.hedgingPoles(), b.hedgingPoles());
        assertEquals(a.treaties(), b.treaties());
        assertEquals(a.actions(), b.actions());
        assertEquals(a.events(), b.events());
        assertEquals(a.parameters().asMap(), b.parameters().asMap());
        assertEquals(a.parameters(), b.parameters());
    }

    private Scenario roundTrip(Scenario s) throws IOException {
        Path file = tmp.resolve("written.yaml");
        ScenarioWriter.write(s, file, List.of("written by a test"));
        return TestScenarios.load(file);
    }

    @Test
    void baselineRoundTrips() throws IOException {
        Scenario s = TestScenarios.load(TestScenarios.BASELINE);
        assertSameScenario(s, roundTrip(s));
    }

    @Test
    void changedParametersAndAwkwardNumbersRoundTrip() throws IOException {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        Parameters p = s.parameters().with("dynamics.eta", 0.1 + 0.2) // 0.30000000000000004
                .with("actors.KOR.hedging", 1e-7)
                .with("effects.MISSILE_TEST.subtype.ICBM", 2.5)
                .with("actors.PRK.sensitivity.SUMMIT", 0.3);
        Scenario changed = s.withParameters(p);
        Scenario back = roundTrip(changed);
        assertSameScenario(changed, back);
        assertEquals(0.30000000000000004, back.parameters().get("dynamics.eta"));
    }

    @Test
    void injectedEventsRoundTripWithTheirOriginAndWithoutASource() throws IOException {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        List<Scenario.Event> events = new ArrayList<>(s.events());
        events.add(new Scenario.Event("injected-1-icbm", LocalDate.of(2022, 5, 3), EventType.MISSILE_TEST,
                List.of("PRK"), List.of("USA", "JPN"), "ICBM", true, "", "what if?", EventOrigin.INJECTED));
        events.add(new Scenario.Event("injected-2-defense-spending", LocalDate.of(2022, 5, 3),
                EventType.DEFENSE_SPENDING, List.of("JPN"), List.of(), null, false, "", "", EventOrigin.INJECTED));
        Parameters p = s.parameters().withEvent("injected-1-icbm", 1.7, Double.NaN)
                .withEvent("injected-2-defense-spending", 1.0, 2.0);
        Scenario session = s.withParameters(p).asSession("six-states-session", 99, events);
        Scenario back = roundTrip(session);
        assertSameScenario(session, back);
        assertTrue(back.events().get(4).injected());
        assertFalse(back.events().get(0).injected());
        assertEquals(2.0, back.parameters().get("events.injected-2-defense-spending.level"));
    }

    @Test
    void anUnknownOriginIsReported() {
        String text = TestScenarios.text(TestScenarios.SIX_STATES).replace(
                "intensity: 1.5, source: \"ext: test\"}", "intensity: 1.5, source: \"ext: test\", origin: live}");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.fromText("t.yaml", text));
        assertTrue(e.getMessage().contains("events.drill-spring.origin"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 'scenario' or 'injected', found 'live'"), e.getMessage());
    }

    @Test
    void aNewEventsNumbersAreRangeCheckedAndNotDuplicated() {
        Parameters p = TestScenarios.load(TestScenarios.SIX_STATES).parameters();
        assertThrows(IllegalArgumentException.class, () -> p.withEvent("x", 11, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> p.withEvent("icbm", 1, Double.NaN));
        assertEquals(0.5, p.withEvent("x", 0.5, Double.NaN).get("events.x.intensity"));
        assertFalse(p.withEvent("x", 0.5, Double.NaN).has("events.x.level"));
    }
}
