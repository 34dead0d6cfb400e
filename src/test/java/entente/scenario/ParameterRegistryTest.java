package entente.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.model.EntenteModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The registry knows every number a scenario holds and every number the model reads. */
class ParameterRegistryTest {
    private final Scenario baseline = TestScenarios.load(TestScenarios.BASELINE);

    @Test
    void everyPathOfTheBaselineHasAFamilyAndAnAdmissibleValue() {
        for (var e : baseline.parameters().asMap().entrySet()) {
            ParameterFamily f = ParameterRegistry.family(e.getKey());
            assertNull(f.check(e.getValue()), e.getKey());
            assertEquals(e.getKey(), f.path(f.bind(e.getKey()).toArray(new String[0])), "template round trip");
        }
    }

    @Test
    void theModelReadsOnlyRegisteredPathsAndEveryPathButThoseOfSwitchedOffEvents() {
        Set<String> reads = new TreeSet<>();
        Scenario noting = baseline.withParameters(baseline.parameters().noting(reads));
        EntenteModel.run(noting, 1);
        for (String path : reads) {
            assertTrue(ParameterRegistry.find(path).isPresent(), "read without a family: " + path);
        }
        Set<String> unread = new TreeSet<>(baseline.parameters().asMap().keySet());
        unread.removeAll(reads);
        Set<String> switchedOff = new HashSet<>();
        for (Scenario.Event ev : baseline.events()) {
            if (baseline.parameters().get(ParameterRegistry.EVENT_ENABLED.path(ev.id())) < 0.5) {
                switchedOff.add(ParameterRegistry.EVENT_INTENSITY.path(ev.id()));
                switchedOff.add(ParameterRegistry.EVENT_LEVEL.path(ev.id()));
            }
        }
        unread.removeAll(switchedOff);
        assertEquals(Set.of(), unread, "numbers of the scenario the model never reads");
    }

    @Test
    void familiesFillAndReadTheirPlaceholders() {
        ParameterFamily f = ParameterRegistry.SENSITIVITY;
        assertEquals("actors.PRK.sensitivity.JOINT_EXERCISE", f.path("PRK", "JOINT_EXERCISE"));
        assertEquals(List.of(ParameterFamily.Slot.ACTOR, ParameterFamily.Slot.TYPE), f.slots());
        assertEquals("how strongly PRK reacts to joint exercise events", f.label("actors.PRK.sensitivity.JOINT_EXERCISE"));
        assertThrows(IllegalArgumentException.class, () -> f.path("PRK"));
        assertEquals(ParameterRegistry.SENSITIVITY, ParameterRegistry.family("actors.KOR.sensitivity.SUMMIT"));
        assertEquals(ActorField.CAPABILITY.family(), ParameterRegistry.family("actors.KOR.capability"));
        assertTrue(ParameterRegistry.find("actors.KOR.sensitivity").isEmpty());
        assertTrue(ParameterRegistry.find("nothing.here").isEmpty());
    }

    @Test
    void rangesComeFromTheFamily() {
        assertEquals("value 2 is outside -1 .. 1", ParameterRegistry.AFFINITY.check(2));
        assertEquals("must be a finite number", ParameterRegistry.AFFINITY.check(Double.NaN));
        assertNull(Dynamics.ETA.family().check(0.5));
        double[] r = Parameters.range("effects.MISSILE_TEST.subtype.ICBM");
        assertEquals(0, r[0]);
        assertEquals(10, r[1]);
    }

    @Test
    void templatesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (ParameterFamily f : ParameterRegistry.all()) {
            assertTrue(seen.add(f.template()), f.template());
        }
    }
}
