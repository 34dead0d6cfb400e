package entente.calibration;

import entente.scenario.Factor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.scenario.InputException;
import entente.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PosteriorFileTest {
    private static final Scenario S = TestScenarios.load(TestScenarios.SIX_STATES);

    @TempDir
    Path tmp;

    @Test
    void roundTripsWithOneColumnPerPath() throws IOException, InputException {
        Posterior p = new Posterior(List.of(
                new Factor("drill", List.of("actions.prk-srbm.utility.provocation", "actions.us-rok-drill.utility.provocation"), 0, 3, ""),
                new Factor("alpha", List.of("dynamics.alpha"), 0.05, 1, "")),
                new double[][] {{1.25, 0.3}, {2.5, 0.7}}, new double[] {3, 1});
        Path f = tmp.resolve("posterior.csv");
        PosteriorFile.write(p, f, List.of("a comment"));
        assertEquals("# a comment", Files.readAllLines(f).get(0));
        Posterior back = PosteriorFile.read(f, S);
        assertEquals(3, back.parameters().size(), "a column per path");
        assertArrayEquals(new double[] {0.75, 0.25}, back.weights(), 1e-12);
        assertArrayEquals(new double[] {2.5, 2.5, 0.7}, back.values()[1], 0);
        Scenario at = back.apply(S, back.values()[1]);
        assertEquals(2.5, at.parameters().get("actions.us-rok-drill.utility.provocation"), 0);
        assertEquals(0.7, at.parameters().get("dynamics.alpha"), 0);
    }

    @Test
    void aDrawLeavesAWhatIfsOwnChangesAlone() {
        Posterior p = new Posterior(List.of(new Factor("alpha", List.of("dynamics.alpha"), 0.05, 1, ""),
                new Factor("eta", List.of("dynamics.eta"), 0, 1, "")), new double[][] {{0.9, 0.2}}, new double[] {1});
        var base = S.parameters();
        var variant = base.with("dynamics.eta", 0.95);
        var drawn = p.apply(variant, p.values()[0], base);
        assertEquals(0.9, drawn.get("dynamics.alpha"), 0, "a parameter the variant kept as in the base is drawn");
        assertEquals(0.95, drawn.get("dynamics.eta"), 0, "the variant's own change stays");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown path | weight,dynamics.alpah\\n1,0.5          | :2: dynamics.alpah: the scenario has no parameter dynamics.alpah",
        "no weight    | w,dynamics.alpha\\n1,0.5               | :2: header: the header must be weight, then parameter paths",
        "not a number | weight,dynamics.alpha\\n1,half         | :3: dynamics.alpha: 'half' is not a finite number",
        "out of range | weight,dynamics.eta\\n1,0.5\\n1,7      | :4: dynamics.eta: value 7 is outside",
        "negative     | weight,dynamics.alpha\\n-1,0.5         | :3: weight: a weight cannot be negative",
        "short row    | weight,dynamics.alpha\\n1              | :3: row has 1 values, the header 2",
        "no rows      | weight,dynamics.alpha                  | : a posterior file needs a header",
    })
    void badFilesNameFileLineAndColumn(String label, String body, String message) throws IOException {
        Path f = Files.writeString(tmp.resolve("bad.csv"), "# comment\n" + body.replace("\\n", "\n") + "\n");
        InputException e = assertThrows(InputException.class, () -> PosteriorFile.read(f, S));
        assertTrue(e.getMessage().startsWith(f + message), label + ": " + e.getMessage());
    }
}
