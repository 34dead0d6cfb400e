package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path tmp;

    @Test
    void comparesAShippedWhatIfEndToEnd() throws IOException {
        Path out = tmp.resolve("cmp");
        Cli r = Cli.run("compare", TestScenarios.BASELINE.toString(), "scenarios/whatif/no-spring-drills-2023.yaml",
                "-r", "4", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("trilateral cohesion at the end:"), r.out());
        for (String f : List.of("difference.csv", "effects.csv", "summary.json", "overlay.png", "difference.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(4, summary.at("/manifest/replications").asInt());
        assertTrue(summary.at("/changes").toString().contains("removed event freedom-shield-2023"), summary.at("/changes").toString());
        assertTrue(summary.at("/changes").toString().contains("added event drills-suspended-2023"));
        assertTrue(summary.at("/answer/0").asText().startsWith("trilateral cohesion at the end"));
        List<String> effects = Files.readAllLines(out.resolve("effects.csv"));
        assertEquals("metric,actor,partner,statistic,base_mean,variant_mean,difference,ci_low,ci_high", effects.get(0));
        assertTrue(effects.stream().anyMatch(l -> l.startsWith("events,JOINT_EXERCISE,,count,")));
    }

    @Test
    void tooFewReplicationsIsBadInput() {
        Path out = tmp.resolve("x");
        Cli r = Cli.run("compare", TestScenarios.SIX_STATES.toString(), TestScenarios.SIX_STATES.toString(), "-r", "1",
                "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--replications must be at least 2"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void scenariosWithOtherActorsCannotBeCompared() {
        Cli r = Cli.run("compare", TestScenarios.SIX_STATES.toString(), TestScenarios.BASELINE.toString(), "-r", "2",
                "--out", tmp.resolve("y").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("a variant must have the same actors and start date as its base"), r.err());
    }
}
