package entente.cli;

import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.output.BacktestOutput;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.util.ParallelMap;
import entente.validation.Backtest;
import entente.validation.BacktestVerdict;
import entente.validation.History;
import entente.validation.ScoredMonths;
import entente.validation.Target;
import entente.validation.TargetsReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente backtest}: the agents' own behaviour over replications against the public record and two naive baselines. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Score the agents' own launches (not the timeline's) against the public record, month by month, "
                + "against a Poisson and a Hawkes baseline, and check the declared targets.")
final class BacktestCommand implements Callable<Integer> {
    static final Path DEFAULT_TARGETS = Path.of("scenarios", "validation", "targets.yaml");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario, e.g. scenarios/baseline-2021-2023.yaml")
    Path scenarioFile;

    @Option(names = "--history", paramLabel = "FILE", description = "launch table (default: ${DEFAULT-VALUE})")
    Path history = Path.of("data", "dprk-launches.csv");

    @Option(names = "--exercises", paramLabel = "FILE", description = "allied exercise table (default: allied-exercises.csv beside the launch table)")
    Path exercises;

    @Option(names = "--holdout", paramLabel = "FILE", description = "held-out declaration (default: holdout.yaml beside the launch table)")
    Path holdout;

    @Option(names = "--actor", description = "the state whose choices are scored (default: ${DEFAULT-VALUE})")
    String actor = "PRK";

    @Option(names = "--type", description = "the event type scored (default: ${DEFAULT-VALUE})")
    EventType type = EventType.MISSILE_TEST;

    @Option(names = {"-r", "--replications"}, description = "replications of the model and of each baseline (default: ${DEFAULT-VALUE})")
    int replications = 100;

    @Option(names = "--seed", description = "master seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--threads", description = "worker threads (default: all cores); results do not depend on it")
    int threads = ParallelMap.defaultThreads();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "results folder (default: results/backtest-<scenario>)")
    Path out;

    @Option(names = "--targets", paramLabel = "FILE", description = "targets to check (default: scenarios/validation/targets.yaml when it exists)")
    Path targetsFile;

    @Option(names = "--no-charts", description = "tables and summary only")
    boolean noCharts;

    @Override
    public Integer call() throws Exception {
        if (replications < 1) {
            throw new BadInput("--replications must be at least 1, got " + replications);
        }
        if (threads < 1) {
            throw new BadInput("--threads must be at least 1, got " + threads);
        }
        Scenario s = ScenarioReader.read(scenarioFile);
        if (!s.actorIds().contains(actor)) {
            throw new BadInput("--actor " + actor + ": not a state of " + scenarioFile + " (states: "
                    + String.join(", ", s.actorIds()) + ")");
        }
        Path exercisesFile = exercises != null ? exercises : history.resolveSibling("allied-exercises.csv");
        Path holdoutFile = holdout != null ? holdout : history.resolveSibling("holdout.yaml");
        History h = History.read(history, exercisesFile, holdoutFile);
        if (ScoredMonths.of(s.start(), s.end(), h.holdout()).isEmpty()) {
            throw new BadInput(scenarioFile + ": no whole month of its period " + s.start() + " .. " + s.end()
                    + " lies within the record (" + h.holdout().first() + " .. " + h.holdout().last() + ")");
        }
        Path targetPath = targetsFile != null ? targetsFile : Files.exists(DEFAULT_TARGETS) ? DEFAULT_TARGETS : null;
        List<Target> targets = targetPath == null ? List.of() : TargetsReader.read(targetPath);
        long master = seed == null ? s.seed() : seed;
        Path folder = out != null ? out : Path.of("results", "backtest-" + s.name());
        List<Path> inputs = new ArrayList<>(ScenarioReader.sources(scenarioFile));
        inputs.addAll(List.of(history, exercisesFile, holdoutFile));
        if (targetPath != null) {
            inputs.add(targetPath);
        }
        OutputGuard.folder(folder, "--out", OutputKind.BACKTEST, inputs);
        Backtest b;
        try {
            b = Backtest.run(s, h, actor, type, replications, master, threads, targets);
        } catch (IllegalArgumentException e) {
            throw new BadInput(history + ": the baselines cannot be fitted on its in-sample months: " + e.getMessage());
        }
        BacktestOutput.write(b, targetPath, folder, !noCharts);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("backtest %s against %s, master seed %d%n", s.name(), history, master);
        BacktestVerdict.lines(b).forEach(line -> o.println("  " + line));
        if (targetPath == null) {
            o.println("  targets: none (no " + DEFAULT_TARGETS + " here; give --targets FILE)");
        }
        o.println("results: " + folder);
        return Main.OK;
    }
}
