package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.calibration.Posterior;
import entente.calibration.PosteriorFile;
import entente.scenario.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
              - {name: bias, paths: [actions.prk-srbm.utility.bias], range: [-3, 1]}
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

        // --evaluate scores the scenario's own values: the loss the fit started from, and no folder
        Cli e = Cli.run("calibrate", spec.toString(), "--evaluate", "--out", tmp.resolve("none").toString());
        assertEquals(0, e.exit(), e.err());
        String startLoss = r.out().lines().findFirst().orElseThrow().replaceFirst("^loss (\\S+) at the start.*", "$1");
        assertTrue(e.out().startsWith("loss " + startLoss + " at the scenario's values"), e.out() + "\n" + r.out());
        assertTrue(e.out().contains("in-sample launches"), e.out());
        assertFalse(Files.exists(tmp.resolve("none")));
    }

    @Test
    void abcWritesAPosteriorThatReadsBackAndItsCharts() throws IOException, InputException {
        String withAbc = SPEC + """
                abc:
                  particles: 16
                  max_generations: 2
                  replications: 2
                  draws: 4
                  free:
                    - {name: pull, paths: [dynamics.alpha], range: [0.05, 1]}
                """;
        Path spec = Files.writeString(tmp.resolve("abc.yaml"), withAbc);
        Path out = tmp.resolve("abc");
        Cli r = Cli.run("calibrate", spec.toString(), "--method", "abc", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("posterior of 2 parameters: 8 particles"), r.out());
        assertTrue(r.out().contains("held-out  cohesion"), "the check covers held-out targets: " + r.out());
        assertTrue(r.err().contains("generation 1: tolerance"), r.err());
        for (String f : new String[] {"posterior.csv", "parameters.csv", "generations.csv", "predictive-check.csv",
            "abc.json", "posterior-marginals.png", "posterior-pairs.svg", "predictive-check.png"}) {
            assertTrue(Files.size(out.resolve(f)) > 50, f);
        }
        List<String> lines = Files.readAllLines(out.resolve("posterior.csv"));
        assertTrue(lines.contains("weight,actions.prk-srbm.utility.bias,dynamics.alpha"), String.join("\n", lines));
        Posterior p = PosteriorFile.read(out.resolve("posterior.csv"), TestScenarios.load(TestScenarios.SIX_STATES));
        assertEquals(8, p.size());
        assertEquals(List.of("actions.prk-srbm.utility.bias", "dynamics.alpha"),
                p.parameters().stream().map(f -> f.name()).toList());
        assertTrue(p.quantile(0, 0) >= -3 && p.quantile(0, 1) <= 1, "values stay inside the prior");
        Cli again = Cli.run("calibrate", spec.toString(), "--method", "abc", "--threads", "1", "--out",
                tmp.resolve("again").toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(Files.readString(out.resolve("posterior.csv")), Files.readString(tmp.resolve("again/posterior.csv")),
                "the same seed gives the same posterior on one thread as on two");
    }

    @Test
    void aBadAbcSectionIsBadInput() throws IOException {
        Path spec = Files.writeString(tmp.resolve("abc.yaml"), SPEC + """
                abc:
                  particles: 3
                  free:
                    - {name: again, paths: [actions.prk-srbm.utility.bias], range: [-1, 0]}
                """);
        Cli r = Cli.run("calibrate", spec.toString(), "--method", "abc", "--out", tmp.resolve("none").toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains(spec + ":19: abc.particles: value 3 is outside 8 .. 1000000"), r.err());
        assertTrue(r.err().contains(spec + ":21: abc.free: path actions.prk-srbm.utility.bias is sampled twice"), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
        assertFalse(Files.exists(tmp.resolve("none")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown path  | actions.prk-srbm.utility.bias] | actions.prk-srbm.utility.bais] | 6 | free[1].paths: unknown parameter 'actions.prk-srbm.utility.bais'",
        "empty range   | range: [-3, 1]                 | range: [1, -3]                 | 6 | free[1].range: empty range 1 .. -3 (the upper end must be above the lower end)",
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
