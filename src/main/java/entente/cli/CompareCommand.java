package entente.cli;

import entente.calibration.Posterior;
import entente.calibration.PosteriorFile;
import entente.experiment.Comparison;
import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.experiment.Outcome;
import entente.experiment.OutcomeReader;
import entente.output.ComparisonOutput;
import entente.output.Headlines;
import entente.report.Reports;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.util.Limits;
import entente.util.ParallelMap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente compare}: a what-if against its base, over replications with common random numbers. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run a base and a variant scenario over the same seeds and report the difference with 95%% CIs.",
            "With --posterior, across draws of a posterior ensemble: seed-only and total intervals, and how sure the sign is."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "base scenario, e.g. scenarios/baseline-2021-2023.yaml")
    Path baseFile;

    @Parameters(index = "1", paramLabel = "VARIANT", description = "variant scenario, e.g. scenarios/whatif/no-spring-drills-2023.yaml")
    Path variantFile;

    @Option(names = {"-r", "--replications"},
            description = "replications (default: 30; with --posterior, per draw, default 10)")
    Integer replications;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "a posterior ensemble (posterior.csv of calibrate --method abc): compare across its draws")
    Path posteriorFile;

    @Option(names = "--draws", description = "with --posterior: equally weighted draws of it (default: ${DEFAULT-VALUE})")
    int draws = 20;

    @Option(names = "--seed", description = "master seed (default: the base scenario's seed)")
    Long seed;

    @Option(names = "--threads", description = "worker threads (default: all cores); results do not depend on it")
    int threads = ParallelMap.defaultThreads();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "results folder (default: results/compare-<base>-vs-<variant>)")
    Path out;

    @Option(names = "--until", paramLabel = "DATE", description = "stop both runs at this date")
    LocalDate until;

    @Option(names = "--no-crn", description = "give the variant seeds of its own instead of common random numbers")
    boolean independent;

    @Option(names = "--report", description = "also write report.html (one self-contained page) into the results folder")
    boolean report;

    @Option(names = "--no-charts", description = "tables and summary only")
    boolean noCharts;

    @Option(names = "--outcome", paramLabel = "OUTCOME",
            description = {"an outcome of your own: a YAML mapping such as",
                "'{name: prk7, kind: threshold, series: escalation.PRK, above: 7}', or a file with an outcomes: list",
                "(kinds: threshold, time_to_event, count, value; see docs/sweeps.md); repeatable"})
    List<String> outcomes = new ArrayList<>();

    @Option(names = "--per-replication", description = "also write replications.csv: one row per replication")
    boolean perReplication;

    @Override
    public Integer call() throws Exception {
        int reps = replications != null ? replications : posteriorFile != null ? 10 : 30;
        if (reps < 2) {
            throw new BadInput("--replications must be at least 2 (a confidence interval needs two), got " + reps);
        }
        if (reps > Limits.MAX_REPLICATIONS) {
            throw new BadInput("--replications must be at most " + Limits.MAX_REPLICATIONS + " (docs/limits.md), got " + reps);
        }
        if (posteriorFile != null && (draws < 2 || independent)) {
            throw new BadInput("--posterior needs --draws of at least 2 and common random numbers (no --no-crn)");
        }
        if (threads < 1) {
            throw new BadInput("--threads must be at least 1, got " + threads);
        }
        Scenario base = ScenarioArgs.load(baseFile, until);
        Scenario variant = ScenarioArgs.load(variantFile, until);
        if (!base.actorIds().equals(variant.actorIds()) || !base.start().equals(variant.start())) {
            throw new BadInput(variantFile + ": a variant must have the same actors and start date as its base "
                    + baseFile + " to be compared day by day");
        }
        long master = seed == null ? base.seed() : seed;
        Path folder = out != null ? out : Path.of("results", "compare-" + base.name() + "-vs-" + variant.name());
        List<Path> inputs = new ArrayList<>(ScenarioReader.sources(baseFile));
        inputs.addAll(ScenarioReader.sources(variantFile));
        if (posteriorFile != null) {
            inputs.add(posteriorFile);
        }
        OutputGuard.folder(folder, "--out", OutputKind.COMPARE, inputs);
        List<Outcome> own = OutcomeReader.fromArguments(outcomes, base);
        PrintWriter o = spec.commandLine().getOut();
        Comparison c;
        if (posteriorFile != null) {
            Posterior posterior = PosteriorFile.read(posteriorFile, base);
            c = Comparison.acrossPosterior(base, variant, posterior, draws, reps, master, threads, own);
            ComparisonOutput.write(c, folder, !noCharts, posteriorFile.toString(), perReplication);
            o.printf("%s vs %s: %d posterior draws x %d replications (common random numbers within a draw), master seed %d%n",
                    variant.name(), base.name(), draws, reps, master);
        } else {
            c = Comparison.run(base, variant, reps, master, threads, !independent, own);
            ComparisonOutput.write(c, folder, !noCharts, null, perReplication);
            o.printf("%s vs %s: %d replications, master seed %d%s%n", variant.name(), base.name(), reps, master,
                    independent ? ", independent seeds" : ", common random numbers");
        }
        Headlines.of(c).forEach(line -> o.println("  " + line));
        o.println("results: " + folder);
        if (report) {
            o.println("report: " + Reports.write(folder, null, null));
        }
        return Main.OK;
    }
}
