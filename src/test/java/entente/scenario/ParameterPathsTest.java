package entente.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Paths read together give each set's own values, whichever sets they were read from before. */
class ParameterPathsTest {
    private static final Parameters BASE = TestScenarios.load(TestScenarios.BASELINE).parameters();

    @Test
    void valuesComeFromTheSetReadEvenWhenSetsWithOtherPathsAlternate() {
        ParameterPaths.Builder b = new ParameterPaths.Builder();
        int eta = b.add("dynamics.eta");
        int none = b.add((String) null);
        int injected = b.add("events.drill-x.intensity");
        ParameterPaths paths = b.build();
        Parameters other = BASE.with("dynamics.eta", 0.07);
        Parameters withEvent = BASE.withEvent("drill-x", 1.5, Double.NaN);
        for (int round = 0; round < 2; round++) {
            assertEquals(BASE.get("dynamics.eta"), BASE.read(paths).get(eta));
            assertEquals(0.07, other.read(paths).get(eta));
            assertEquals(1.5, withEvent.read(paths).get(injected));
            assertEquals(BASE.get("dynamics.eta"), withEvent.read(paths).get(eta));
            assertTrue(Double.isNaN(BASE.read(paths).orNaN(injected)), "absent: NaN");
            assertEquals(0, BASE.read(paths).get(none), "no path: 0");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BASE.read(paths).get(injected));
        assertTrue(e.getMessage().startsWith("unknown parameter 'events.drill-x.intensity'"), e.getMessage());
    }

    @Test
    void aSetKeepsItsValuesInPathOrderAndComparesByThem() {
        Map<String, Double> asMap = new TreeMap<>(BASE.asMap());
        assertEquals(asMap, BASE.asMap());
        assertEquals(asMap.hashCode(), BASE.hashCode());
        assertEquals(asMap.keySet().stream().toList(), BASE.asMap().keySet().stream().toList(), "sorted by path");
        Parameters same = BASE.with("dynamics.eta", BASE.get("dynamics.eta"));
        assertEquals(BASE, same);
        Parameters changed = BASE.with("dynamics.eta", 0.07);
        assertNotEquals(BASE, changed);
        assertEquals(0.07, changed.asMap().get("dynamics.eta"));
        assertEquals(BASE.get("dynamics.eta"), BASE.asMap().get("dynamics.eta"), "the copy left the original alone");
        assertThrows(UnsupportedOperationException.class, () -> BASE.asMap().put("dynamics.eta", 1.0));
    }
}
