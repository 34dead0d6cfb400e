package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import entente.TestScenarios;
import entente.experiment.SweepEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each broken sweep file gets one message naming file, line and field; exit 2; no run starts, nothing is written. */
class BadSweepTest {
    @TempDir
    Path tmp;

    private static String good() {
        return String.join("\n",
                "name: bad",
                "scenario: " + TestScenarios.SIX_STATES.toAbsolutePath(),
                "until: 2022-02-28",
                "seed: 1",
                "replications: 2",
                "max_runs: 100",
                "design: {type: grid}",
                "factors:",
                "  - {path: actors.PRK.sensitivity.JOINT_EXERCISE, values: [1.0, 2.0]}",
                "  - {path: dynamics.eta, range: [0.01, 0.03], steps: 3}",
                "metrics: [cohesion_trilateral, escalation_index, events]",
                "");
    }

    @Test
    void theGoodFileRuns() {
        Path file = write(good());
        Cli r = Cli.run("sweep", file.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown path     | JOINT_EXERCISE, values     | JOINT_EXCERSISE, values | JOINT_EXCERSISE | factors[1].path | unknown parameter 'actors.PRK.sensitivity.JOINT_EXCERSISE'; did you mean 'actors.PRK.sensitivity.JOINT_EXERCISE'? (known under actors.PRK.sensitivity.: AGREEMENT, DEFENSE_SPENDING, EXERCISE_SUSPENSION, INVASION, JOINT_EXERCISE",
        "empty range      | [0.01, 0.03]               | [0.03, 0.01]            | [0.03           | factors[2].range | empty range 0.03 .. 0.01",
        "negative reps    | 'replications: 2'          | 'replications: -3'      | replications    | replications    | must be at least 1, found -3",
        "too many runs    | 'steps: 3'                 | 'steps: 30'             | design:         | design          | the design needs 120 runs (60 points x 2 replications), more than max_runs 100",
        "outside range    | '[1.0, 2.0]'               | '[1.0, 20]'             | JOINT_EXERCISE  | factors[1].values | value 20 is outside 0 .. 10",
        "unknown metric   | 'escalation_index, events' | 'escalation_idx, events' | metrics        | metrics         | unknown metric 'escalation_idx'; did you mean 'escalation_index'? (known: ",
        "unknown design   | 'type: grid'               | 'type: gird'            | design:         | design.type     | unknown design 'gird' (designs: grid, random, latin_hypercube, sobol, saltelli, morris)",
        "grid w/o steps   | ', steps: 3'               | ''                      | design:         | design          | a grid needs values or steps for every factor; factor 'dynamics.eta' has a range without steps",
        "samples in grid  | '{type: grid}'             | '{type: grid, samples: 9}' | design:      | design.samples  | a grid takes its points from the factors' values or steps",
        "unknown field    | 'seed: 1'                  | 'sead: 1'               | sead            | sead            | unknown field 'sead'",
        "until outside    | 'until: 2022-02-28'        | 'until: 2023-02-28'     | until           | until           | 2023-02-28 is outside the scenario's period 2022-01-01 .. 2022-12-31",
        "no scenario      | six-states.yaml            | seven-states.yaml       | scenario        | scenario        | no such scenario file",
    })
    void brokenSweep(String label, String find, String replace, String lineOf, String field, String message) {
        String text = good();
        assertTrue(text.contains(find), "the test edit applies: " + find);
        String broken = text.replaceFirst(Pattern.quote(find), replace);
        Path file = write(broken);
        Path out = tmp.resolve("results").resolve("sweep");

        Cli r = Cli.run("sweep", file.toString(), "--out", out.toString());

        assertEquals(2, r.exit(), r.err());
        String[] lines = r.err().strip().split("\\R");
        assertEquals(1, lines.length, "one message: " + r.err());
        int line = broken.substring(0, broken.indexOf(lineOf)).split("\n", -1).length;
        assertTrue(lines[0].startsWith(file + ":" + line + ": " + field + ": "),
                "file, line " + line + " and field first: " + lines[0]);
        assertTrue(lines[0].contains(message), lines[0]);
        assertFalse(r.err().contains("Exception"), "no stack trace");
        assertFalse(Files.exists(out.getParent()), "nothing written");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String broken = good().replace("replications: 2", "replications: 0").replace("type: grid", "type: gird")
                .replace("dynamics.eta", "dynamics.etta");
        Cli r = Cli.run("sweep", write(broken).toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exit());
        String err = r.err();
        assertEquals(3, err.strip().split("\\R").length, err);
        assertTrue(err.contains("replications: must be at least 1"), err);
        assertTrue(err.contains("design.type: unknown design 'gird'"), err);
        assertTrue(err.contains("factors[2].path: unknown parameter 'dynamics.etta'; did you mean 'dynamics.eta'? (known under dynamics.: alpha"), err);
    }

    @Test
    void aScaledFactorIsCheckedAgainstTheScaledValues() {
        // PRK's JOINT_EXERCISE sensitivity is 1.5 in the test scenario: x 8 = 12 is beyond its maximum 10
        String broken = good().replace("{path: actors.PRK.sensitivity.JOINT_EXERCISE, values: [1.0, 2.0]}",
                "{path: actors.PRK.sensitivity.JOINT_EXERCISE, scale: true, values: [1.0, 8]}");
        Cli r = Cli.run("sweep", write(broken).toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("factors[1].values: actors.PRK.sensitivity.JOINT_EXERCISE: value 12 is outside "
                + "0 .. 10 (8.0 x the scenario's 1.5)"), r.err());
    }

    @Test
    void badFlagsAreBadInput() {
        Path file = write(good());
        Cli threads = Cli.run("sweep", file.toString(), "--threads", "0", "--out", tmp.resolve("x").toString());
        assertEquals(2, threads.exit());
        assertTrue(threads.err().contains("--threads must be at least 1"), threads.err());
        Cli missing = Cli.run("sweep", tmp.resolve("nope.yaml").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.yaml: no such file"), missing.err());
        Cli analyze = Cli.run("analyze", tmp.resolve("nowhere").toString());
        assertEquals(2, analyze.exit());
        assertTrue(analyze.err().contains("no such sweep folder"), analyze.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown engine    | --engine flink                        | --engine: unknown engine 'flink' (engines: local, spark)",
        "threads on spark  | --engine spark --threads 2            | --threads does not apply to --engine spark; the Spark master sets the cores (--master local[N])",
        "master on local   | --master local[2]                     | --master does not apply to --engine local; add --engine spark",
        "no runs per task  | --engine spark --runs-per-task 0      | --runs-per-task must be at least 1, found 0",
    })
    void badEngineFlagsAreOneLineOfBadInput(String label, String flags, String message) {
        Path out = tmp.resolve("x");
        List<String> args = new ArrayList<>(List.of("sweep", write(good()).toString(),
                "--out", out.toString()));
        args.addAll(List.of(flags.split(" ")));
        Cli r = Cli.run(args.toArray(new String[0]));
        assertEquals(2, r.exit(), r.err());
        assertEquals(message, r.err().strip());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void withoutTheSparkBuildTheSparkEngineIsOneLineOfBadInput() {
        assumeTrue(SweepEngine.named("spark").isEmpty(), "this build has the Spark engine (profile spark)");
        Path out = tmp.resolve("x");
        Cli r = Cli.run("sweep", write(good()).toString(), "--out", out.toString(), "--engine", "spark");
        assertEquals(2, r.exit(), r.err());
        assertEquals("--engine spark: this build of entente has no Spark engine; build it with 'mvn -Pspark package' "
                + "and run it as docs/spark.md shows", r.err().strip());
        assertFalse(Files.exists(out), "nothing written");
    }

    private Path write(String text) {
        Path file = tmp.resolve("sweep.yaml");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }
}
