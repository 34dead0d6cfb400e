package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.PlantedSweep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * analyze on sampled designs whose outputs are planted (escalation_index.peak = 3 x beta's
 * place in its range, plus noise; escalation_index.final is noise alone): feature scores rank
 * the planted factor first, scatter and partial-dependence charts are drawn and ranked, and a
 * sample too small for its indices is said to be so, with the reason.
 */
class SampledAnalysisTest {
    @TempDir
    Path tmp;

    private static final PlantedSweep.Plant BETA = (u, noise) -> 3 * u[2] + 0.3 * noise.nextGaussian();

    private static Cli analyze(Path sweep) {
        Cli r = Cli.run("analyze", sweep.toString(), "--outputs", "escalation_index.peak,escalation_index.final");
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    @Test
    void aLatinHypercubeGetsScoresScatterAndPartialDependence() throws Exception {
        Path sweep = PlantedSweep.write(tmp, "{type: latin_hypercube, samples: 200}", 2, BETA);
        Cli r = analyze(sweep);
        Path a = sweep.resolve("analysis");
        List<String> scores = Files.readAllLines(a.resolve("scores.csv"));
        assertEquals("output,rank,factor,first_order,spearman,bins", scores.get(0));
        String first = scores.stream().filter(l -> l.startsWith("escalation_index.peak,1,")).findFirst().orElseThrow();
        assertTrue(first.startsWith("escalation_index.peak,1,dynamics.beta,"), first);
        double share = Double.parseDouble(first.split(",")[3]);
        assertEquals(0.75 / (0.75 + 0.09 / 2), share, 0.05, "Var(3u) over it plus the noise of a mean of two runs");
        assertTrue(Double.parseDouble(first.split(",")[4]) > 0.9, "rising: " + first);
        scores.stream().filter(l -> l.startsWith("escalation_index.final,")).forEach(l ->
                assertTrue(Double.parseDouble(l.split(",")[3]) < 0.1, "noise is explained by no factor: " + l));
        for (String chart : List.of("pd-escalation_index.peak", "scatter-escalation_index.peak")) {
            assertTrue(Files.size(a.resolve(chart + ".png")) > 10_000, chart);
        }
        List<String> charts = Files.readAllLines(a.resolve("charts.csv"));
        assertEquals("rank,chart,kind,output,importance", charts.get(0));
        assertTrue(charts.get(1).startsWith("1,pd-escalation_index.peak,main effects,"), "the planted output's partial "
                + "dependence comes first: " + charts);
        assertTrue(charts.indexOf(charts.stream().filter(l -> l.contains(",scatter-")).findFirst().orElseThrow())
                > charts.indexOf(charts.stream().filter(l -> l.contains(",pd-escalation_index.final")).findFirst()
                .orElseThrow()), "main effects before scatter: " + charts);
        assertFalse(r.out().contains("rest on"), "200 points are enough for 14 bins: " + r.out());
    }

    @Test
    void aSmallSampleIsSaidToBeSmallWithTheReason() throws Exception {
        Path lhs = PlantedSweep.write(tmp.resolve("lhs"), "{type: random, samples: 30}", 1, BETA);
        Cli r = analyze(lhs);
        assertTrue(r.out().contains("note: first-order shares in scores.csv rest on 30 design points, 5 bins"), r.out());
        assertTrue(Files.readString(lhs.resolve("analysis/notes.txt")).contains("rest on 30 design points"));

        Path small = PlantedSweep.write(tmp.resolve("saltelli"), "{type: saltelli, samples: 16}", 1, BETA);
        Cli s = analyze(small);
        assertTrue(s.out().contains("note: Sobol' indices from 16 base rows are too imprecise to rank factors: "),
                s.out());
        assertTrue(s.out().matches("(?s).*(is above its ST|a 95 % interval of a total-order index spans).*"), s.out());

        Path large = PlantedSweep.write(tmp.resolve("saltelli-large"), "{type: saltelli, samples: 1024}", 1, BETA);
        Cli l = analyze(large);
        assertFalse(l.out().contains("too imprecise"), l.out());
    }
}
