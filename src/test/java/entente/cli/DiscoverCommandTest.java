package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.PlantedSweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * entente discover on a sweep with a planted box: escalation_index.peak is high (5 ± 0.7)
 * where dynamics.eta lies in the middle of its range (unit coordinates 0.2 to 0.6) and
 * dynamics.alpha in its upper half (0.5 to 1), low (2 ± 0.7) elsewhere. PRIM must find both
 * inputs' edges within 0.05 of their ranges and leave the other three factors free.
 */
class DiscoverCommandTest {
    static final double TOLERANCE = 0.05;

    @TempDir
    static Path tmp;
    static Path sweep;

    @BeforeAll
    static void plant() throws Exception {
        sweep = PlantedSweep.write(tmp, "{type: latin_hypercube, samples: 600}", 2, (u, noise) -> {
            boolean in = u[0] >= 0.2 && u[0] <= 0.6 && u[1] >= 0.5;
            return (in ? 5 : 2) + 0.7 * noise.nextGaussian();
        });
    }

    @Test
    void findsThePlantedBox() throws Exception {
        Cli r = Cli.run("discover", sweep.toString(), "--outcome", "escalation_index.peak", "--threshold", "3.5");
        assertEquals(0, r.exit(), r.err());
        Path dir = sweep.resolve("discovery-escalation_index.peak");
        JsonNode d = new ObjectMapper().readTree(dir.resolve("discovery.json").toFile());
        double[][] planted = {{0.2, 0.6}, {0.5, 1.0}};
        double[][] ranges = {{0.01, 0.04}, {0.1, 0.6}};
        for (JsonNode b : d.path("bounds")) {
            int j = List.of(PlantedSweep.PATHS).indexOf(b.path("factor").asText());
            if (j < 2) {
                double span = ranges[j][1] - ranges[j][0];
                assertEquals(planted[j][0], (b.path("low").asDouble() - ranges[j][0]) / span, TOLERANCE, b.toString());
                assertEquals(planted[j][1], (b.path("high").asDouble() - ranges[j][0]) / span, TOLERANCE, b.toString());
                assertTrue(b.path("restricted").asBoolean(), b.toString());
                assertTrue(b.path("quasi_p").asDouble() < 1e-6, "a planted restriction is no chance: " + b);
            } else {
                double span = b.path("sampled_max").asDouble() - b.path("sampled_min").asDouble();
                assertTrue(b.path("high").asDouble() - b.path("low").asDouble() > (1 - 2 * TOLERANCE) * span,
                        "a free factor stays nearly whole: " + b);
            }
        }
        assertTrue(d.path("coverage").asDouble() > 0.85, d.toString());
        assertTrue(d.path("density").asDouble() > 0.85, d.toString());
        assertEquals(1200, d.path("runs").asInt());
        assertTrue(r.out().contains("  dynamics.eta: "), r.out());
        assertTrue(r.out().contains("  dynamics.alpha: "), r.out());
        for (String chart : List.of("tradeoff", "box")) {
            assertTrue(Files.size(dir.resolve(chart + ".png")) > 10_000, chart);
            assertTrue(Files.readString(dir.resolve(chart + ".svg")).startsWith("<?xml"), chart);
        }
        // the trajectory starts with every run and marks the chosen box
        List<String> trajectory = Files.readAllLines(dir.resolve("trajectory.csv"));
        assertTrue(trajectory.get(1).startsWith("0,,1200,"), trajectory.get(1));
        assertEquals(1, trajectory.stream().filter(l -> l.matches("\\d+,yes,.*")).count());

        // the same command again writes the same files
        byte[] before = Files.readAllBytes(dir.resolve("trajectory.csv"));
        Cli again = Cli.run("discover", sweep.toString(), "--outcome", "escalation_index.peak", "--threshold", "3.5");
        assertEquals(0, again.exit(), again.err());
        assertEquals(new String(before), Files.readString(dir.resolve("trajectory.csv")));
    }

    @Test
    void aChosenBoxAndTheOtherSideOfTheThreshold() throws Exception {
        Path out = tmp.resolve("low");
        Cli r = Cli.run("discover", sweep.toString(), "--outcome", "escalation_index.peak", "--threshold", "3.5",
                "--below", "--box", "0", "--paste", "0", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode d = new ObjectMapper().readTree(out.resolve("discovery.json").toFile());
        assertEquals(0, d.path("step").asInt());
        assertEquals(1.0, d.path("coverage").asDouble(), 1e-9, "box 0 holds every run");
        assertEquals(d.path("of_interest").asDouble() / 1200, d.path("density").asDouble(), 1e-6);
        assertTrue(d.path("density").asDouble() > 0.75, "most runs lie outside the planted box (80 %): " + d);

        // chosen by default, no box beats all runs together when most runs are of interest
        Cli most = Cli.run("discover", sweep.toString(), "--outcome", "escalation_index.peak", "--threshold", "3.5",
                "--below", "-o", tmp.resolve("most").toString());
        assertEquals(0, most.exit(), most.err());
        assertTrue(most.out().contains("note: no box balances coverage and density better than all runs together"),
                most.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        String s = sweep.toString();
        List<List<String>> cases = List.of(
                List.of("discover", s, "--outcome", "escalation_index.peek", "--threshold", "3.5"),
                List.of("discover", s, "--outcome", "escalation_index.peak", "--threshold", "99"),
                List.of("discover", s, "--outcome", "escalation_index.peak", "--threshold", "3.5", "--peel", "0.9"),
                List.of("discover", s, "--outcome", "escalation_index.peak", "--threshold", "3.5", "--box", "500"),
                List.of("discover", s, "--outcome", "escalation_index.peak", "--threshold", "NaN"),
                List.of("discover", tmp.resolve("nowhere").toString(), "--outcome", "x", "--threshold", "1"));
        List<String> expected = List.of("did you mean 'escalation_index.peak'?", "no run of 1,200",
                "--peel must lie in", "box 500 is not on the trajectory", "--threshold must be a finite number",
                "no such sweep folder");
        for (int k = 0; k < cases.size(); k++) {
            Cli r = Cli.run(cases.get(k).toArray(new String[0]));
            assertEquals(2, r.exit(), cases.get(k) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(expected.get(k)), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertFalse(Files.exists(sweep.resolve("discovery-escalation_index.peek")));
    }
}
