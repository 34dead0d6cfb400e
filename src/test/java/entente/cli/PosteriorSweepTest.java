package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.TestScenarios;
import entente.io.Csv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies across uncertainties: a sweep run across a posterior reports effects with both intervals. */
class PosteriorSweepTest {
    private static final String SPEC = """
            name: across
            scenario: six-states.yaml
            until: 2022-06-30
            seed: 3
            replications: 3
            posterior: posterior.csv
            draws: 4
            design: {type: grid}
            factors:
              - {name: drill_scale, paths: [events.drill-spring.intensity, actions.us-rok-drill.intensity], scale: true,
                 values: [1, 1, 0]}
            metrics: [escalation_index, escalation.PRK, events]
            """;

    @TempDir
    Path tmp;

    @BeforeEach
    void files() throws IOException {
        Files.copy(TestScenarios.SIX_STATES, tmp.resolve("six-states.yaml"));
        Files.writeString(tmp.resolve("posterior.csv"), """
                weight,actions.prk-srbm.utility.bias,dynamics.alpha
                1,-2.5,0.1
                1,-1,0.5
                1,0.5,0.9
                """);
    }

    @Test
    void effectsAgainstTheFirstPointHaveSeedOnlyAndTotalIntervals() throws IOException {
        Path spec = Files.writeString(tmp.resolve("sweep.yaml"), SPEC);
        Path out = tmp.resolve("out");
        Cli r = Cli.run("sweep", spec.toString(), "--out", out.toString(), "--report");
        assertEquals(0, r.exit(), r.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
        assertEquals(4, m.path("draws").asInt());
        assertEquals(3, m.path("replications_per_draw").asInt());
        assertEquals(12, m.path("replications").asInt(), "draws x replications per draw, per point");
        assertEquals(36, m.path("runs").asInt());
        Csv.Table effects = Csv.read(out.resolve("analysis/effects.csv"));
        assertTrue(effects.header().containsAll(java.util.List.of("total_low", "total_high", "p_sign", "ci_low")));
        boolean someWider = false;
        for (CSVRecord row : effects.rows()) {
            double seedLow = Double.parseDouble(row.get("ci_low"));
            double seedHigh = Double.parseDouble(row.get("ci_high"));
            double low = Double.parseDouble(row.get("total_low"));
            double high = Double.parseDouble(row.get("total_high"));
            assertTrue(low <= seedLow && high >= seedHigh, "the total interval holds the seed-only one: " + row);
            if (row.get("point").equals("1")) {
                assertEquals(0.0, Double.parseDouble(row.get("difference")), 0.0, "point 1 repeats point 0: " + row);
                assertEquals(0.0, high - low, 0.0, row.toString());
            } else {
                someWider |= high - low > seedHigh - seedLow;
            }
        }
        assertTrue(someWider, "the parameters widen some effect of dropping the drills");
        assertTrue(Files.readString(out.resolve("report.html")).contains("4 draws of the posterior posterior.csv"));
    }

    @Test
    void aBadPosteriorInASweepIsBadInput() throws IOException {
        Files.writeString(tmp.resolve("posterior.csv"), "weight,dynamics.alpha\n1,12\n");
        Path spec = Files.writeString(tmp.resolve("sweep.yaml"), SPEC.replace("seed: 3", "seed: 3\ncommon_random_numbers: false"));
        Cli r = Cli.run("sweep", spec.toString(), "--out", tmp.resolve("none").toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains(tmp.resolve("posterior.csv") + ":2: dynamics.alpha: value 12 is outside"), r.err());
        assertTrue(r.err().contains(spec + ":5: common_random_numbers: a sweep across a posterior compares"), r.err());
        assertFalse(Files.exists(tmp.resolve("none")));
    }
}
