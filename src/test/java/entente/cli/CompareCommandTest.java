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
    void ownOutcomesAndOneRowPerReplication() throws IOException {
        Path six = TestScenarios.SIX_STATES.toAbsolutePath();
        Path variant = Files.writeString(tmp.resolve("no-drill.yaml"), "extends: " + six + "\nname: no-drill\n"
                + "events:\n  remove: [drill-spring]\n");
        Path outcomes = Files.writeString(tmp.resolve("outcomes.yaml"), """
                outcomes:
                  - {name: drills, kind: count, type: JOINT_EXERCISE, from: 2022-02-01, to: 2022-04-30}
                  - {name: mid, kind: value, series: cohesion_trilateral, on: 2022-07-01}
                """);
        Path out = tmp.resolve("cmp");
        Cli r = Cli.run("compare", six.toString(), variant.toString(), "-r", "5", "--no-charts", "--out", out.toString(),
                "--per-replication", "--outcome", outcomes.toString(),
                "--outcome", "{name: prk-high, kind: threshold, series: escalation.PRK, above: 3}");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  drills: joint exercise from 2022-02-01 to 2022-04-30: "), r.out());
        assertTrue(r.out().contains("  prk-high: probability of escalation.PRK above 3: "), r.out());

        List<String> rows = Files.readAllLines(out.resolve("replications.csv"));
        assertEquals(6, rows.size(), "a header and one row per replication");
        List<String> header = List.of(rows.get(0).split(","));
        assertEquals(List.of("replication", "seed", "variant_seed"), header.subList(0, 3));
        List<String[]> effects = Files.readAllLines(out.resolve("effects.csv")).stream().map(l -> l.split(",")).toList();
        // the mean of each replication column is the effects table's mean, for every outcome statistic
        for (String[] e : effects.subList(1, effects.size())) {
            if (!List.of("drills", "mid", "prk-high").contains(e[0])) {
                continue;
            }
            for (String side : List.of("base", "variant")) {
                int col = header.indexOf(side + "." + e[0] + "." + e[3]);
                assertTrue(col > 0, side + "." + e[0] + "." + e[3] + " in " + header);
                double mean = rows.subList(1, 6).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[col]))
                        .average().orElseThrow();
                assertEquals(Double.parseDouble(e[side.equals("base") ? 4 : 5]), mean, 1e-6, String.join(",", e));
            }
        }
        assertTrue(effects.stream().anyMatch(e -> e[0].equals("drills") && e[3].equals("count")
                && Double.parseDouble(e[6]) <= -1), "removing the spring drill removes at least that one");
        for (String row : rows.subList(1, 6)) {
            String seed = row.split(",")[1];
            long value = Long.parseLong(seed.replace("\"", ""));
            assertEquals(Math.abs(value) > (1L << 53), seed.startsWith("\""), "seeds beyond 2^53 are quoted: " + seed);
        }
    }

    @Test
    void comparesAcrossAPosteriorWithSeedOnlyAndTotalIntervals() throws IOException {
        Path base = Files.copy(TestScenarios.SIX_STATES, tmp.resolve("six-states.yaml"));
        Path variant = Files.writeString(tmp.resolve("extra.yaml"), TestScenarios.text(TestScenarios.SIX_STATES)
                .replace("name: six-states", "name: extra") + """
                  - {id: extra, date: 2022-05-01, type: MISSILE_TEST, subtype: ICBM, actors: [PRK], targets: [JPN, USA], intensity: 2, source: "ext: test"}
                """);
        Path posterior = Files.writeString(tmp.resolve("posterior.csv"), """
                # a test posterior
                weight,actions.prk-srbm.utility.bias,dynamics.alpha
                1,-2.5,0.1
                2,-0.5,0.6
                1,0.5,0.9
                """);
        Path out = tmp.resolve("cmp");
        Cli r = Cli.run("compare", base.toString(), variant.toString(), "--posterior", posterior.toString(), "--draws", "4",
                "-r", "3", "--out", out.toString(), "--report", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("4 posterior draws x 3 replications"), r.out());
        assertTrue(r.out().contains("; with parameter uncertainty "), r.out());
        List<String> effects = Files.readAllLines(out.resolve("effects.csv"));
        assertEquals("metric,actor,partner,statistic,base_mean,variant_mean,difference,ci_low,ci_high,"
                + "total_low,total_high,p_sign,parameter_sd", effects.get(0));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(4, summary.at("/manifest/draws").asInt());
        assertEquals(3, summary.at("/manifest/replications_per_draw").asInt());
        assertTrue(Files.readString(out.resolve("report.html")).contains("4 draws of the posterior"));
    }

    @Test
    void aBadPosteriorIsBadInput() throws IOException {
        Path posterior = Files.writeString(tmp.resolve("posterior.csv"), "weight,dynamics.alpah\n1,0.5\n");
        Path out = tmp.resolve("none");
        Cli r = Cli.run("compare", TestScenarios.SIX_STATES.toString(), TestScenarios.SIX_STATES.toString(),
                "--posterior", posterior.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith(posterior + ":1: dynamics.alpah: the scenario has no parameter dynamics.alpah"), r.err());
        assertFalse(Files.exists(out));
        Cli noCrn = Cli.run("compare", TestScenarios.SIX_STATES.toString(), TestScenarios.SIX_STATES.toString(),
                "--posterior", posterior.toString(), "--no-crn", "--out", out.toString());
        assertEquals(2, noCrn.exit());
        assertTrue(noCrn.err().contains("--posterior needs --draws of at least 2 and common random numbers"), noCrn.err());
    }

    @Test
    void tooFewReplicationsIsBadInput() {
        Path out = tmp.resolve("x");
        Cli r = Cli.run("compare", TestScenarios.SIX_STATES.toString(), TestScenarios.SIX_STATES.toString(), "-r", "1",
                "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--replications must be at least 2") && r.err().contains("got 1"), r.err());
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
