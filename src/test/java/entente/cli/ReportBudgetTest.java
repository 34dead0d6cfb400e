package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.PlantedSweep;
import entente.experiment.Sweep;
import entente.experiment.SweepSpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report budget (issue 17): a run report stays within 1 MB and a sweep report within 5 MB, on
 * the shipped scenario and experiments. Long tables are cut on the page (the CSV files linked
 * hold them all), charts are limited in number, and daily lines are thinned to the pixels.
 */
class ReportBudgetTest {
    static final long RUN_BUDGET = 1_000_000;
    static final long SWEEP_BUDGET = 5_000_000;

    @TempDir
    Path tmp;

    @Test
    void theBaselineRunReportFitsInOneMegabyte() throws Exception {
        Path out = tmp.resolve("run");
        Cli r = Cli.run("run", "scenarios/baseline-2021-2023.yaml", "--out", out.toString(), "--report");
        assertEquals(0, r.exit(), r.err());
        long size = Files.size(out.resolve("report.html"));
        assertTrue(size <= RUN_BUDGET, "run report: " + size + " bytes");
    }

    /**
     * The shipped Saltelli experiment at its full size (512 base rows x 14 points x 4
     * replications = 28,672 runs, every output column of the sweep file) with made-up outputs
     * instead of model runs: the report's size depends on the design and the columns, which are
     * the shipped ones, not on the values (before the budget: 82 MB, a 222,208-row table).
     */
    @Test
    void theShippedSensitivityExperimentsReportFitsInFiveMegabytes() throws Exception {
        Sweep gsa = SweepSpecReader.read(Path.of("experiments/baseline-gsa.yaml"));
        int columns = gsa.metrics().columns().size();
        SplittableRandom noise = new SplittableRandom(3);
        Path sweep = tmp.resolve("gsa");
        PlantedSweep.fill(gsa, sweep, u -> {
            double[] v = new double[columns];
            for (int c = 0; c < columns; c++) {
                v[c] = u[c % u.length] * (1 + c % 3) + u[(c + 5) % u.length] + 0.1 * noise.nextGaussian();
            }
            return v;
        });
        assertEquals(28_672, Files.readAllLines(sweep.resolve("runs.csv")).size() - 1);
        Cli r = Cli.run("analyze", sweep.toString(), "--report");
        assertEquals(0, r.exit(), r.err());
        long size = Files.size(sweep.resolve("report.html"));
        assertTrue(size <= SWEEP_BUDGET, "sweep report: " + size + " bytes");
        String html = Files.readString(sweep.resolve("report.html"));
        assertTrue(html.contains("href=\"analysis/points.csv\""), "the full table is linked");
    }

    /**
     * The shipped grid experiment, run as its file says (with --series, so fan charts too), at
     * 2 of its 40 replications: the report holds the same tables (a row per point and output)
     * and charts (per point and over sampled runs) at any number of replications.
     */
    @Test
    void theShippedGridExperimentsReportFitsInFiveMegabytes() throws Exception {
        Path spec = tmp.resolve("exercise-dprk.yaml");
        String text = Files.readString(Path.of("experiments/exercise-dprk.yaml"))
                .replace("replications: 40", "replications: 2")
                .replace("../scenarios/", Path.of("scenarios").toAbsolutePath() + "/");
        Files.writeString(spec, text);
        Path sweep = tmp.resolve("grid");
        Cli s = Cli.run("sweep", spec.toString(), "--series", "--out", sweep.toString());
        assertEquals(0, s.exit(), s.err());
        Cli r = Cli.run("analyze", sweep.toString(), "--report");
        assertEquals(0, r.exit(), r.err());
        long size = Files.size(sweep.resolve("report.html"));
        assertTrue(size <= SWEEP_BUDGET, "sweep report: " + size + " bytes");
        String html = Files.readString(sweep.resolve("report.html"));
        assertTrue(html.indexOf("heatmap-") < html.indexOf("fan-"), "heatmaps (main effects) come before fans");
    }
}
