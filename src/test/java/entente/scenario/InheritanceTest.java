package entente.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InheritanceTest {
    @TempDir
    Path tmp;
    Path base;

    @BeforeEach
    void copyBase() throws IOException {
        base = tmp.resolve("base.yaml");
        Files.copy(TestScenarios.SIX_STATES, base);
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static List<String> ids(Scenario s) {
        return s.events().stream().map(Scenario.Event::id).toList();
    }

    @Test
    void aChildStatesOnlyWhatDiffers() throws Exception {
        Path child = write("child.yaml", """
                extends: base.yaml
                name: child
                dynamics: {eta: 0.05}
                actors:
                  KOR: {hedging: 0.7, affinity: {CHN: 0.3}}
                effects:
                  JOINT_EXERCISE: {threat: 0}
                events:
                  remove: [summit]
                  change:
                    icbm: {intensity: 2.0, date: 2022-04-01}
                  add:
                    - {id: extra, date: 2022-11-01, type: STATEMENT, actors: [CHN], targets: [JPN], source: "ext: test"}
                actions:
                  remove: [us-rok-drill]
                """);
        Scenario parent = ScenarioReader.read(base);
        Scenario s = ScenarioReader.read(child);
        Parameters p = s.parameters();
        assertEquals("child", s.name());
        assertEquals(parent.start(), s.start(), "unstated fields are inherited");
        assertEquals(0.05, p.get("dynamics.eta"));
        assertEquals(0.7, p.get("actors.KOR.hedging"));
        assertEquals(0.3, p.get("actors.KOR.affinity.CHN"));
        assertEquals(0.7, p.get("actors.KOR.affinity.USA"), "maps merge key by key");
        assertEquals(0.0, p.get("effects.JOINT_EXERCISE.threat"));
        assertEquals(parent.parameters().get("effects.JOINT_EXERCISE.cooperation"), p.get("effects.JOINT_EXERCISE.cooperation"));
        assertEquals(List.of("drill-spring", "icbm", "overflight", "extra"), ids(s));
        assertEquals(2.0, p.get("events.icbm.intensity"));
        assertEquals("2022-04-01", s.events().get(1).date().toString());
        assertEquals(List.of("prk-srbm"), s.actions().stream().map(Scenario.Action::id).toList());
        assertNotEquals(parent.checksum(), s.checksum(), "the checksum covers the chain");
    }

    @Test
    void inheritanceNests() throws Exception {
        write("mid.yaml", "extends: base.yaml\nname: mid\nevents:\n  remove: [summit]\n");
        Path leaf = write("deeper/leaf.yaml", "extends: ../mid.yaml\nname: leaf\nevents:\n  remove: [icbm]\n");
        Scenario s = ScenarioReader.read(leaf);
        assertEquals(List.of("drill-spring", "overflight"), ids(s));
        assertEquals("leaf", s.name());
    }

    @Test
    void treatiesAreKnownByTheirParties() throws Exception {
        Path child = write("t.yaml", """
                extends: base.yaml
                name: t
                treaties:
                  remove: [KOR-USA]
                  change:
                    CHN-PRK: {strength: 0.2}
                """);
        Scenario s = ScenarioReader.read(child);
        assertEquals(List.of("USA-JPN", "CHN-PRK"), s.treaties().stream().map(Scenario.Treaty::key).toList());
        assertEquals(0.2, s.parameters().get("treaties.CHN-PRK.strength"));
        assertFalse(s.parameters().has("treaties.USA-KOR.strength"));
    }

    @Test
    void cyclesAreRefused() throws Exception {
        write("a.yaml", "extends: b.yaml\nname: a\n");
        Path b = write("b.yaml", "extends: a.yaml\nname: b\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(b));
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().contains("a.yaml:1: extends: cycle: b.yaml -> a.yaml -> b.yaml"), e.getMessage());
    }

    @Test
    void aMissingParentIsNamed() throws Exception {
        Path c = write("c.yaml", "name: c\nextends: nowhere.yaml\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(c));
        assertTrue(e.getMessage().startsWith(c + ":2: extends: no such file 'nowhere.yaml'"), e.getMessage());
    }

    @Test
    void aMissingParentHidesNoneOfTheChildsOwnProblems() throws Exception {
        Path child = write("child.yaml", """
                extends: bse.yaml
                name: child
                sead: 7
                dynamics: {eta: 5}
                events:
                  remove: [summit]
                  add:
                    - {id: extra, date: 2022-11-01, type: STATEMNT, actors: [CHN], targets: [JPN], source: "ext: test"}
                    - {id: no-date, type: SUMMIT, actors: [CHN], source: "ext: test"}
                """);
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(child));
        List<String> lines = e.problems().stream().map(Problem::toString).toList();
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(child + ":1: extends: no such file 'bse.yaml'"), lines.get(0));
        assertTrue(lines.get(0).endsWith("; did you mean 'base.yaml'?"), lines.get(0));
        assertTrue(lines.contains(child + ":3: sead: unknown field 'sead'; did you mean 'seed'? (expected one of: "
                + "name, title, description, period, seed, blocs, hedging_poles, dynamics, actors, treaties, effects, "
                + "actions, events, changes)"), lines.toString());
        assertTrue(lines.contains(child + ":4: dynamics.eta: value 5 is outside 0 .. 1"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(child + ":8: events.extra.type: unknown event type "
                + "'STATEMNT'; did you mean 'STATEMENT'?")), lines.toString());
        assertTrue(lines.contains(child + ":9: events.no-date.date: missing field 'date'"), lines.toString());
    }

    @Test
    void problemsPointIntoTheFileTheyComeFrom() throws Exception {
        Files.writeString(base, Files.readString(base).replace("spending: 3.5", "spending: lots"));
        Path child = write("child.yaml", "extends: base.yaml\nname: child\nevents:\n  remove: [nothing-like-this]\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(child));
        List<String> lines = e.problems().stream().map(Problem::toString).toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.contains(child + ":4: events.remove: no event 'nothing-like-this' to remove in the parent"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(base + ":9: actors.USA.spending: expected a number")), lines.toString());
    }

    @Test
    void aChildUsesEditsNotAList() throws Exception {
        Path child = write("child.yaml", "extends: base.yaml\nname: child\nevents:\n  - {id: x}\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(child));
        assertTrue(e.getMessage().contains("child.yaml:4: events: in a scenario that extends another, events takes add:"), e.getMessage());
    }

    @Test
    void shippedWhatIfsAreValidAndDiffer() throws IOException {
        Scenario baseline = TestScenarios.load(TestScenarios.BASELINE);
        try (Stream<Path> files = Files.list(Path.of("scenarios", "whatif"))) {
            List<Path> whatIfs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(whatIfs.size() >= 5, "at least five shipped what-ifs");
            for (Path f : whatIfs) {
                Scenario s = TestScenarios.load(f);
                assertTrue(Files.readString(f).startsWith("# What if"), f + " says what question it asks");
                assertNotEquals(baseline.name(), s.name(), f.toString());
                assertTrue(!ids(s).equals(ids(baseline)) || !s.actions().equals(baseline.actions())
                        || !s.parameters().equals(baseline.parameters()), f + " changes something");
            }
        }
    }
}
