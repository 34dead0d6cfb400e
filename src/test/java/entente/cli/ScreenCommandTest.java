package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenCommandTest {
    private static final String SIX = TestScenarios.SIX_STATES.toString();

    @TempDir
    Path tmp;

    @Test
    void screensTheCoefficientsAndWritesTablesAndChart() throws IOException {
        Path out = tmp.resolve("screen");
        Cli r = Cli.run("screen", SIX, "--path", "dynamics.*", "--trajectories", "3", "-r", "1",
                "--metric", "escalation_index.final", "--metric", "events.MISSILE_TEST", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("21 factors (21 paths), 3 trajectories, 69 points x 1 replications = 69 runs"), r.out());
        assertTrue(r.out().contains("escalation_index.final (seed noise mu*"), r.out());
        List<String> rows = Files.readAllLines(out.resolve("screening.csv"));
        assertEquals(1 + 2 * 21, rows.size(), "a row per factor and output");
        assertTrue(rows.get(1).startsWith("escalation_index.final,1,dynamics."), rows.get(1));
        assertEquals(22, Files.readAllLines(out.resolve("factors.csv")).size());
        assertTrue(Files.readString(out.resolve("screen.json")).contains("\"runs\" : 69"));
        assertTrue(Files.size(out.resolve("screening.png")) > 10_000);
        assertTrue(Files.size(out.resolve("screening.svg")) > 10_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--levels|3|--levels must be even, 2 to 100, got 3",
        "--spread|1.5|--spread must lie between 0 and 1 (exclusive), got 1.5",
        "--trajectories|1|--trajectories must be 2 to 10000, got 1",
        "--metric|escalation_index.fnal|--metric escalation_index.fnal: not an output of",
        "--path|nothing.*|--path nothing.*: no parameter path of",
    })
    void badInputIsOneLineWithExitTwoAndNothingWritten(String option, String value, String message) {
        Path out = tmp.resolve("screen");
        Cli r = Cli.run("screen", SIX, option, value, "--out", out.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMistypedOutputGetsTheNearestName() {
        Cli r = Cli.run("screen", SIX, "--metric", "escalation_index.fnal", "--out", tmp.resolve("o").toString());
        assertTrue(r.err().contains("did you mean 'escalation_index.final'"), r.err());
    }

    @Test
    void aMissingScenarioNamesTheFile() {
        Cli r = Cli.run("screen", tmp.resolve("none.yaml").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("none.yaml"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
