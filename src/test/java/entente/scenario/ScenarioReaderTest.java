package entente.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

    private static InputException problems(String text) {
        return assertThrows(InputException.class,
                () -> ScenarioReader.parse("t.yaml", text, SeedDocuments.locate(Path.of(""))));
    }

    @Test
    void readsTheTestScenario() {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        assertEquals(List.of("USA", "JPN", "KOR", "CHN", "RUS", "PRK"), s.actorIds());
        assertEquals(365, s.days());
        assertEquals(0.14, s.parameters().get("actors.USA.capability"));
        assertEquals(1.5, s.parameters().get("actors.PRK.sensitivity.JOINT_EXERCISE"));
        assertEquals(1.0, s.parameters().get("actors.PRK.sensitivity.SUMMIT"), "unstated sensitivities are 1");
        assertEquals(0.0, s.parameters().get("actors.JPN.dependence.PRK"), "unstated dependence is 0");
        assertEquals(1.5, s.parameters().get("events.icbm.intensity"));
        assertEquals(-7.0, s.parameters().get("effects.MISSILE_TEST.goldstein"), "default effect table");
        assertEquals(Dynamics.ETA.defaultValue(), s.parameters().get(Dynamics.ETA));
        assertTrue(!s.parameters().has("actors.USA.grievance"), "grievance is derived when not given");
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        String text = TestScenarios.text(TestScenarios.SIX_STATES)
                .replace("spending: 3.5", "spending: lots")
                .replace("date: 2022-03-24", "date: 2024-03-24")
                .replace("subtype: ICBM", "subtype: ICMB");
        List<Problem> p = problems(text).problems();
        assertEquals(3, p.size(), p.toString());
        assertEquals(List.of("actors.USA.spending", "events.icbm.date", "events.icbm.subtype"),
                p.stream().map(Problem::field).toList());
    }

    @Test
    void seedSourcesAreChecked() {
        String base = TestScenarios.text(TestScenarios.SIX_STATES);
        String unknown = base.replaceFirst("source: \"ext: test\"", "source: 999_0000000000000000.txt#1");
        assertTrue(problems(unknown).getMessage().contains("unknown document '999_0000000000000000.txt'"));
        String outOfRange = base.replaceFirst("source: \"ext: test\"", "source: 004_311248fc4ce4dd4c.txt#15");
        assertTrue(problems(outOfRange).getMessage().contains("paragraph 15 is out of range: 004_311248fc4ce4dd4c.txt has paragraphs 1..14"));
        String bare = base.replaceFirst("source: \"ext: test\"", "source: somewhere");
        assertTrue(problems(bare).getMessage().contains("expected '<seed file>.txt#<paragraph>' or 'ext: <public source>'"));
    }

    @Test
    void paragraphsAreBlankLineSeparatedBlocks() {
        assertEquals(null, SeedDocuments.check("000_95fd0df847feda01.txt", "26"));
        assertTrue(SeedDocuments.check("000_95fd0df847feda01.txt", "27").contains("1..26"));
        assertEquals(3, SeedDocuments.paragraphs("a\nb\n\nc\n\n\n\nd").length, "runs of blank lines separate once");
        assertEquals(null, SeedDocuments.check("002_eb3f67c7ea6fa721.txt", "28"));
    }

    @Test
    void parametersAreCheckedWhenChanged() {
        Parameters p = TestScenarios.load(TestScenarios.SIX_STATES).parameters();
        assertEquals(0.5, p.with("dynamics.eta", 0.5).get(Dynamics.ETA));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> p.with("dynamics.etta", 1));
        assertTrue(unknown.getMessage().contains("unknown parameter 'dynamics.etta'; did you mean 'dynamics.eta'? (known under dynamics.: "), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("eta"));
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> p.with("actors.USA.affinity.JPN", 2));
        assertEquals("actors.USA.affinity.JPN: value 2 is outside -1 .. 1", range.getMessage());
        assertEquals(0.8, p.get("actors.USA.affinity.JPN"), "the original is unchanged");
    }
}
