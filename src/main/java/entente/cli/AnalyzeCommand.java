package entente.cli;

import entente.analysis.SweepAnalysis;
import entente.experiment.SweepDir;
import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.report.Reports;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente analyze}: statistics, sensitivity indices and charts of a sweep folder. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse a sweep folder: per design point mean, sd and 95%% CI; Sobol' indices (saltelli) or "
                + "Morris effects (morris) with tornado charts; heatmaps of grids; feature scores of every design; "
                + "scatter and partial-dependence charts of random, Latin hypercube and Sobol' designs; fan charts "
                + "(sweeps run with --series). Writes CSV, PNG and SVG into SWEEP_DIR/analysis."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SWEEP_DIR", description = "a folder written by entente sweep")
    Path sweepDir;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "analysis folder (default: SWEEP_DIR/analysis)")
    Path out;

    @Option(names = "--outputs", split = ",", paramLabel = "COLUMN",
            description = "outputs to chart (default: every summary of cohesion_trilateral and escalation_index)")
    List<String> outputs;

    @Option(names = "--max-fans", description = "fan charts per design point when the design has at most this many "
            + "points (default: ${DEFAULT-VALUE})")
    int maxFans = SweepAnalysis.DEFAULT_MAX_FANS;

    @Option(names = "--resamples", description = "bootstrap resamples for confidence intervals (default: "
            + "${DEFAULT-VALUE})")
    int resamples = SweepAnalysis.DEFAULT_RESAMPLES;

    @Option(names = "--report", description = "also write report.html into the sweep folder (needs the default --out)")
    boolean report;

    /** A folder that entente sweep wrote whole, or bad input (shared by the commands that read sweeps). */
    static void requireSweep(Path sweepDir) {
        if (!Files.isDirectory(sweepDir)) {
            throw new BadInput(sweepDir + ": no such sweep folder");
        }
        if (!Files.isRegularFile(sweepDir.resolve(SweepDir.RUNS))) {
            throw new BadInput(sweepDir + ": no runs.csv, so not a whole sweep folder (running the sweep again "
                    + "writes it anew)");
        }
    }

    @Override
    public Integer call() throws Exception {
        requireSweep(sweepDir);
        if (resamples < 1 || maxFans < 0) {
            throw new BadInput("--resamples must be at least 1 and --max-fans at least 0");
        }
        if (report && out != null) {
            throw new BadInput("--report reads the analysis from SWEEP_DIR/analysis; leave out --out");
        }
        Path target = out != null ? out : sweepDir.resolve("analysis");
        OutputGuard.folder(target, "--out", OutputKind.ANALYSIS, List.of(sweepDir));
        SweepAnalysis.Report r = SweepAnalysis.run(sweepDir, target, outputs, maxFans, resamples);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%s: %,d of %,d runs analysed, %d files in %s%n", sweepDir, r.runs(), r.total(), r.files().size(),
                target);
        r.files().forEach(f -> w.println("  " + f.getFileName()));
        r.notes().forEach(n -> w.println("note: " + n));
        if (report) {
            w.println("report: " + Reports.write(sweepDir, null, null));
        }
        return Main.OK;
    }
}
