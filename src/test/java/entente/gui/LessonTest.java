package entente.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.scenario.Parameters;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lessons are read from their guides' first comment; a broken one says what is wrong. */
class LessonTest {
    private static final String GOOD = """
            <!-- lesson
            number: 9
            scenario: scenarios/lessons/security-dilemma.yaml
            summary: A test.
            chart: Escalation
            axes: {Escalation: [0, 10]}
            levers:
              - {paths: [dynamics.reactivity], name: Reaction, short: reaction, unit: per day, range: [0.005, 0.04], step: 0.001}
            watch: [escalation_index, escalation/PRK]
            -->
            # Lesson 9 — A title

            Text.
            """;

    @Test
    void theSettingsAndTheGuideAreReadFromOneFile() throws Exception {
        Lesson l = Lesson.parse("test", GOOD, Path.of("home"));
        assertEquals(9, l.number());
        assertEquals("Lesson 9 — A title", l.title());
        assertEquals(Path.of("home", "scenarios", "lessons", "security-dilemma.yaml"), l.scenario());
        assertEquals(List.of("escalation_index", "escalation/PRK"), l.watch());
        assertEquals(0.022, l.levers().get(0).value(17), 1e-15, "min plus 17 steps, without binary noise");
        assertEquals(3, l.levers().get(0).decimals());
        assertEquals("reaction 0.022", l.levers().get(0).describe(0.022));
        assertEquals(10, l.axes().get("Escalation")[1]);
        assertTrue(l.markdown().startsWith("# Lesson 9"), "the guide without its settings");
    }

    @Test
    void aBrokenLessonSaysWhatIsMissing() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Lesson.parse("x", "# Title\n", Path.of("")))
                .getMessage().contains("starts with its settings"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Lesson.parse("x",
                GOOD.replace("watch: [escalation_index, escalation/PRK]\n", ""), Path.of(""))).getMessage().contains("'watch'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Lesson.parse("x",
                GOOD.replace("range: [0.005, 0.04]", "range: [0.04, 0.005]"), Path.of(""))).getMessage().contains("not a range"));
    }

    /** Each shipped lesson: 2-4 levers with plain names and units, ranges its scenario admits, its scenario's own value inside. */
    @Test
    void everyShippedLessonHasAFewPlainLevers() throws Exception {
        List<Lesson> all = Lessons.all();
        assertEquals(List.of(1, 2, 3), all.stream().map(Lesson::number).toList(), "three lessons, numbered in order");
        for (Lesson l : all) {
            Opening.lesson(l); // its scenario reads, its levers name parameters the scenario has
            assertTrue(l.levers().size() >= 2 && l.levers().size() <= 4, l.name() + " has 2-4 levers");
            var p = entente.scenario.ScenarioReader.read(l.scenario()).parameters();
            for (Lever lever : l.levers()) {
                assertFalse(lever.name().contains("_") || lever.unit().isBlank(), lever.name());
                for (String path : lever.paths()) {
                    double[] admissible = Parameters.range(path);
                    assertTrue(admissible[0] <= lever.min() && lever.max() <= admissible[1], path);
                    double v = p.get(path);
                    assertTrue(lever.min() <= v && v <= lever.max(), l.name() + ": " + path + " = " + v + " in its range");
                }
            }
        }
    }
}
