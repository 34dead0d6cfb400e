package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalibrateCommandTest {
    private static final String SPEC = """
            scenario: six-states.yaml
            replications: 3
            seed: 5
            optimizer: {evaluations: 12}
            free:
              - {name: bias, paths: [actions.prk-srbm.utility.bias], min: -3, max: 1}
            targets:
              - id: launches
                source: "ext: test"
                statistic: {kind: count, type: MISSILE_TEST, actor: PRK, from: 2022-01-01, to: 2022-12-31}
                at_least: 10
                at_most: 14
              - id: cohesion
                source: "ext: test"
                statistic: {kind: change, metric: cohesion_trilateral, from: 2022-01-01, to: 2022-12-31}
                at_least: 0
                held_out: true
            """;

    @TempDir
    Path tmp;

    @BeforeEach
    void scenario() throws IOException {
        Files.copy(TestScenarios.SIX_STATES, tmp.resolve("six-states.yaml"));
    }

    @Test
    void fitsAndWritesItsReport() throws IOException {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), SPEC);
        Path out = tmp.resolve("fit");
        Cli r = Cli.run("calibrate", spec.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("in-sample launches"), r.out());
        assertTrue(r.out().contains("held-out  cohesion"), r.out());
        for (String f : new String[] {"fitted.yaml", "fit-report.csv", "parameters.csv", "fit.json", "fit.png", "convergence.svg"}) {
            assertTrue(Files.size(out.resolve(f)) > 50, f);
        }
        Cli validate = Cli.run("validate", out.resolve("fitted.yaml").toString());
        assertEquals(0, validate.exit(), "the fitted scenario extends the calibrated one and reads: " + validate.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown path  | actions.prk-srbm.utility.bias] | actions.prk-srbm.utility.bais] | 6 | free[1].paths: unknown parameter 'actions.prk-srbm.utility.bais'",
        "empty range   | min: -3, max: 1                | min: 1, max: -3                | 6 | free[1].max: max -3.0 must be above min 1.0",
        "unknown kind  | kind: change                   | kind: slope                    | 15 | targets.cohesion.statistic.kind: unknown kind 'slope'",
        "unknown series| metric: cohesion_trilateral    | metric: cohesion_quad          | 15 | targets.cohesion.statistic.metric: the run records no series cohesion_quad",
        "date outside  | to: 2022-12-31}                | to: 2023-12-31}                | 10 | targets.launches.statistic.to: 2023-12-31 is outside the scenario's period",
    })
    void badSpecsAreBadInput(String label, String find, String replace, int line, String message) throws IOException {
        assertTrue(SPEC.contains(find), label);
        String broken = SPEC.replaceFirst(java.util.regex.Pattern.quote(find), replace);
        Path spec = Files.writeString(tmp.resolve("bad.yaml"), broken);
        Path out = tmp.resolve("none");
        Cli r = Cli.run("calibrate", spec.toString(), "--out", out.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().startsWith(spec + ":" + line + ": " + message), r.err());
        assertFalse(Files.exists(out));
    }
}
