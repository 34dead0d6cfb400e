package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path tmp;

    private static Cli analyze(Path dir, String... flags) {
        List<String> args = new java.util.ArrayList<>(List.of("analyze", dir.toString()));
        args.addAll(List.of(flags));
        Cli r = Cli.run(args.toArray(new String[0]));
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    /** Rows of a CSV file as maps from header to cell. */
    private static List<Map<String, String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        return lines.stream().skip(1).map(l -> l.split(",", -1)).map(cells -> Arrays.stream(header).collect(
                Collectors.toMap(Function.identity(), h -> cells[Arrays.asList(header).indexOf(h)]))).toList();
    }

    @Test
    void aGridGetsPointStatisticsHeatmapsAndFans() throws IOException {
        Path dir = SweepCommandTest.sweep(SweepCommandTest.GRID, tmp.resolve("grid"), "--series");
        Cli r = analyze(dir, "--outputs", "escalation_index.peak,cohesion_trilateral.final");
        Path a = dir.resolve("analysis");
        assertTrue(r.out().contains("18 of 18 runs analysed"), r.out());

        // point 4 = replications 12..14 of runs.csv
        List<Map<String, String>> runs = rows(dir.resolve("runs.csv"));
        double[] v = runs.subList(12, 15).stream().mapToDouble(m -> Double.parseDouble(m.get("escalation_index.peak")))
                .toArray();
        double mean = Arrays.stream(v).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / 2);
        double half = 4.302653 * sd / Math.sqrt(3); // t(0.975, 2 df)
        Map<String, String> p4 = rows(a.resolve("points.csv")).stream()
                .filter(m -> m.get("point").equals("4") && m.get("output").equals("escalation_index.peak"))
                .findFirst().orElseThrow();
        assertEquals("3", p4.get("n"));
        assertEquals(mean, Double.parseDouble(p4.get("mean")), 2e-6);
        assertEquals(sd, Double.parseDouble(p4.get("sd")), 2e-6);
        assertEquals(mean - half, Double.parseDouble(p4.get("ci_low")), 2e-6);
        assertEquals(mean + half, Double.parseDouble(p4.get("ci_high")), 2e-6);
        assertEquals("2", p4.get("actors.PRK.sensitivity.JOINT_EXERCISE"));
        assertEquals("1", p4.get("drill_scale"));

        List<Map<String, String>> heat = rows(a.resolve("heatmaps.csv"));
        assertEquals(2 * 6, heat.size(), "six cells for each of two charted outputs");
        assertTrue(heat.stream().allMatch(m -> m.get("runs").equals("3")));
        for (String f : List.of("heatmap-escalation_index.peak-actors.PRK.sensitivity.JOINT_EXERCISE-drill_scale",
                "fan-all-cohesion", "fan-all-escalation", "fan-point-0005-cohesion", "fan-point-0005-escalation")) {
            assertTrue(Files.size(a.resolve(f + ".png")) > 10_000, f);
            assertTrue(Files.readString(a.resolve(f + ".svg")).startsWith("<?xml"), f);
        }
        // a fan's quantiles are ordered on every day
        for (Map<String, String> m : rows(a.resolve("fans.csv"))) {
            double[] q = List.of("q05", "q25", "q50", "q75", "q95").stream().mapToDouble(k -> Double.parseDouble(m.get(k)))
                    .toArray();
            for (int k = 1; k < q.length; k++) {
                assertTrue(q[k - 1] <= q[k], m.toString());
            }
        }
    }

    @Test
    void analysisIsReproducible() throws IOException {
        Path dir = SweepCommandTest.sweep(SweepCommandTest.GRID, tmp.resolve("grid"), "--series");
        for (String out : List.of("a1", "a2")) {
            analyze(dir, "--out", tmp.resolve(out).toString(), "--outputs", "escalation_index.peak", "--max-fans", "2");
        }
        SweepCommandTest.assertSameFiles(tmp.resolve("a1"), tmp.resolve("a2"));
    }

    /**
     * With common random numbers, a factor that cannot act (an event after the period's end)
     * leaves every run as it was: its Sobol' indices and Morris effects are exactly zero.
     */
    @Test
    void anInertFactorGetsZeroIndicesAndAnActiveOneDoesNot() throws IOException {
        for (String design : List.of("{type: saltelli, samples: 16}", "{type: morris, samples: 6}")) {
            Path spec = tmp.resolve("gsa.yaml");
            Files.writeString(spec, String.join("\n",
                    "scenario: " + TestScenarios.SIX_STATES.toAbsolutePath(),
                    "until: 2022-06-30",
                    "common_random_numbers: true",
                    "design: " + design,
                    "factors:",
                    "  - {path: dynamics.eta, range: [0.01, 0.04]}",
                    "  - {path: events.overflight.intensity, range: [0.5, 2]}   # 2022-10-04: after the end",
                    "  - {path: events.icbm.enabled, values: [0, 1]}",
                    "metrics: [cohesion_trilateral, escalation_index]", ""));
            Path dir = SweepCommandTest.sweep(spec, tmp.resolve(design.contains("saltelli") ? "saltelli" : "morris"));
            analyze(dir, "--resamples", "200", "--outputs", "cohesion_trilateral.final");
            Path a = dir.resolve("analysis");
            boolean saltelli = design.contains("saltelli");
            List<Map<String, String>> ix = rows(a.resolve(saltelli ? "sobol.csv" : "morris.csv"));
            assertEquals(6 * 3, ix.size(), "six outputs x three factors");
            String key = saltelli ? "ST" : "mu_star";
            for (Map<String, String> m : ix) {
                double value = Double.parseDouble(m.get(key));
                if (m.get("factor").equals("events.overflight.intensity")) {
                    assertEquals(0, value, 0.0, m.toString());
                } else if (m.get("factor").equals("dynamics.eta") && m.get("output").startsWith("cohesion")) {
                    assertTrue(value > 0.01, m.toString());
                }
            }
            assertTrue(Files.size(a.resolve("tornado-cohesion_trilateral.final.png")) > 10_000);
        }
    }

    @Test
    void unknownOutputsAreBadInput() {
        Path dir = SweepCommandTest.sweep(SweepCommandTest.GRID, tmp.resolve("grid"));
        Cli r = Cli.run("analyze", dir.toString(), "--outputs", "cohesion.final");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("--outputs: unknown output 'cohesion.final' (outputs of this sweep: "
                + "cohesion_trilateral.final,"), r.err());
        assertTrue(!Files.exists(dir.resolve("analysis")));
    }
}
