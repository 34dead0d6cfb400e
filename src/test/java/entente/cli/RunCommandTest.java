package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.TestScenarios;
import entente.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void runsTheBaselineEndToEnd() throws IOException {
        Path out = tmp.resolve("baseline");
        Cli r = Cli.run("run", TestScenarios.BASELINE.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("results: " + out), r.out());
        for (String f : List.of("timeseries.csv", "events.csv", "summary.json")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        Scenario s = TestScenarios.load(TestScenarios.BASELINE);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(s.days(), summary.at("/scenario/days").asInt());
        assertEquals(s.events().size(), summary.at("/events/by_origin/scenario").asInt(), "every timeline event fired");
        assertEquals(s.checksum(), summary.at("/manifest/scenario_sha256").asText());
        assertEquals(s.seed(), summary.at("/manifest/seed").asLong());
        assertEquals(s.parameters().asMap().size(), summary.at("/manifest/parameters").size(), "all parameters listed");
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertEquals(summary.at("/events/total").asInt() + 1, events.size(), "one line per event plus header");
        // the account on the terminal in three significant figures, the summary's numbers rounded
        double end = summary.at("/metrics/cohesion_trilateral/final").asDouble();
        assertTrue(r.out().contains("end " + new java.math.BigDecimal(end).round(new java.math.MathContext(3))
                .stripTrailingZeros().toPlainString() + ","), end + " in " + r.out());
    }

    @Test
    void untilStopsEarly() throws IOException {
        Path out = tmp.resolve("short");
        Cli r = Cli.run("run", TestScenarios.SIX_STATES.toString(), "--until", "2022-01-31", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(31, summary.at("/scenario/days").asInt());
        assertEquals("2022-01-31", summary.at("/scenario/end").asText());
    }

    @Test
    void rerunningReplacesTheFolderWhole() throws IOException {
        Path out = tmp.resolve("again");
        assertEquals(0, Cli.run("run", TestScenarios.SIX_STATES.toString(), "--out", out.toString()).exit());
        Files.writeString(out.resolve("stale.txt"), "from an older run");
        assertEquals(0, Cli.run("run", TestScenarios.SIX_STATES.toString(), "--out", out.toString()).exit());
        assertFalse(Files.exists(out.resolve("stale.txt")));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(out), left.toList(), "no temporary folders left beside it");
        }
    }

    @Test
    void badFlagsAreBadInput() {
        Path scenario = TestScenarios.SIX_STATES;
        Cli seed = Cli.run("run", scenario.toString(), "--seed", "abc");
        assertEquals(2, seed.exit());
        assertTrue(seed.err().contains("--seed"), seed.err());
        Cli until = Cli.run("run", scenario.toString(), "--until", "2030-01-01", "--out", tmp.resolve("x").toString());
        assertEquals(2, until.exit());
        assertTrue(until.err().contains("--until 2030-01-01 is outside the period"), until.err());
        Cli missing = Cli.run("run", tmp.resolve("nope.yaml").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.yaml: no such file"), missing.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void everyCommandHasHelp() {
        // picocli reports a malformed description on System.err, past the command's own writers
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            helpOfEveryCommand();
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8), "picocli warnings");
    }

    private void helpOfEveryCommand() {
        var commands = new picocli.CommandLine(new Main()).getSubcommands().keySet();
        assertTrue(commands.containsAll(List.of("run", "compare", "sweep", "analyze", "validate", "gui", "derive",
                "evidence", "calibrate", "report", "bench", "schema")), commands.toString());
        for (String cmd : commands) {
            if (cmd.equals("help")) {
                continue;
            }
            Cli r = Cli.run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("Usage: entente " + cmd), r.out());
            assertEquals("", r.err(), cmd + " --help warns");
        }
        Cli top = Cli.run("--help");
        assertTrue(top.out().contains("run") && top.err().isEmpty(), top.err());
    }
}
