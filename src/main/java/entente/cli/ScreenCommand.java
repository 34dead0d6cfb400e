package entente.cli;

import entente.experiment.MorrisEffects;
import entente.experiment.RunMetrics;
import entente.experiment.Screening;
import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.model.EntenteModel;
import entente.model.RunInputs;
import entente.output.ScreenOutput;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.util.DidYouMean;
import entente.util.Limits;
import entente.util.ParallelMap;
import entente.util.Progress;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente screen}: which parameters matter for which outputs (Morris elementary effects). */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen every numeric parameter family of a scenario (or every path, with --by path) by Morris's",
            "elementary effects: each factor scales its values by 1 +/- --spread; lists which factors matter for which outputs."})
final class ScreenCommand implements Callable<Integer> {
    /** The outputs of a what-if's answer (Headlines) but scripted drills, screened unless --metric names others. */
    static final List<String> DEFAULT_OUTPUTS = List.of("cohesion_trilateral.final", "cohesion_counter.final",
            "polarization.final", "escalation_index.peak", "escalation_index.final", "escalation.PRK.peak",
            "hedging.KOR.final", "events.MISSILE_TEST", "events.JOINT_PATROL");
    /** Factors named on the terminal per output. */
    private static final int SHOWN = 5;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "scenario, e.g. scenarios/baseline-2021-2023.yaml")
    Path scenarioFile;

    @Option(names = "--by", description = "one factor per family (default) or per path")
    Screening.By by = Screening.By.FAMILY;

    @Option(names = "--path", paramLabel = "GLOB", description = "only paths matching the glob, e.g. 'dynamics.*'")
    String glob;

    @Option(names = "--metric", paramLabel = "COLUMN",
            description = "an output to screen, as a sweep names it (escalation_index.peak, events.MISSILE_TEST); repeatable; "
                    + "default: the outputs of a what-if's answer but joint exercises, which the timeline sets")
    List<String> outputs;

    @Option(names = "--trajectories", description = "Morris trajectories (default: ${DEFAULT-VALUE})")
    int trajectories = 20;

    @Option(names = "--levels", description = "grid levels, even (default: ${DEFAULT-VALUE})")
    int levels = 4;

    @Option(names = {"-r", "--replications"}, description = "runs per point, averaged (default: ${DEFAULT-VALUE})")
    int replications = 4;

    @Option(names = "--spread", description = "each factor scales its values between 1 - spread and 1 + spread (default: ${DEFAULT-VALUE})")
    double spread = 0.5;

    @Option(names = "--seed", description = "seed of the design and of the runs (default: the scenario's seed)")
    Long seed;

    @Option(names = "--threads", description = "worker threads (default: all cores); results do not depend on it")
    int threads = ParallelMap.defaultThreads();

    @Option(names = "--top", description = "factors in the chart, the most influential first (default: ${DEFAULT-VALUE})")
    int top = 20;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "results folder (default: results/screen-<scenario>)")
    Path out;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        Scenario s = ScenarioReader.read(scenarioFile);
        PathMatcher match = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Screening.Group> groups = Screening.groups(s.parameters(), by, p -> match == null || match.matches(Path.of(p)));
        if (groups.isEmpty()) {
            throw new BadInput("--path " + glob + ": no parameter path of " + scenarioFile + " matches (switches and values of 0 are not screened)");
        }
        RunMetrics metrics = RunMetrics.of(s, RunMetrics.defaults(s), List.of("final", "peak", "mean"));
        List<String> columns = metrics.columns();
        List<String> chosen = outputs != null ? outputs : DEFAULT_OUTPUTS.stream().filter(columns::contains).toList();
        int[] index = new int[chosen.size()];
        for (int k = 0; k < index.length; k++) {
            index[k] = columns.indexOf(chosen.get(k));
            if (index[k] < 0) {
                throw new BadInput("--metric " + chosen.get(k) + ": not an output of " + scenarioFile
                        + DidYouMean.hint(chosen.get(k), columns));
            }
        }
        Screening.Settings settings = new Screening.Settings(trajectories, levels, replications, spread,
                seed != null ? seed : s.seed());
        int points = settings.points(groups.size());
        long runs = (long) points * replications;
        if (runs > Limits.MAX_RUNS) {
            throw new BadInput("the screen would need " + runs + " runs, more than " + Limits.MAX_RUNS
                    + " (docs/limits.md): fewer --trajectories or --replications, or --path");
        }
        Path folder = out != null ? out : Path.of("results", "screen-" + s.name());
        OutputGuard.folder(folder, "--out", OutputKind.SCREEN, ScenarioReader.sources(scenarioFile));

        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, System.console() != null, points, 0, "points");
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        Screening.Simulator sim = (p, runSeed) -> {
            double[] all = metrics.summarize(EntenteModel.run(RunInputs.of(s.withParameters(p)), runSeed, metrics.recording(false)));
            double[] y = new double[index.length];
            for (int k = 0; k < index.length; k++) {
                y[k] = all[index[k]];
            }
            return y;
        };
        Screening.Result result = Screening.run(s.parameters(), groups, chosen, settings, sim, threads, point -> {
            int n = done.incrementAndGet();
            synchronized (progress) {
                progress.update(n);
            }
        });
        progress.finish(points);
        ScreenOutput.write(s, result, top, folder);
        report(o, s, result, Duration.ofNanos(System.nanoTime() - start));
        o.println("results: " + folder);
        return Main.OK;
    }

    private void checkOptions() {
        if (trajectories < 2 || trajectories > 10_000) {
            throw new BadInput("--trajectories must be 2 to 10000, got " + trajectories);
        }
        if (levels < 2 || levels > 100 || levels % 2 != 0) {
            throw new BadInput("--levels must be even, 2 to 100, got " + levels);
        }
        if (replications < 1 || replications > Limits.MAX_REPLICATIONS) {
            throw new BadInput("--replications must be 1 to " + Limits.MAX_REPLICATIONS + ", got " + replications);
        }
        if (!(spread > 0 && spread < 1)) {
            throw new BadInput("--spread must lie between 0 and 1 (exclusive), got " + spread);
        }
        if (threads < 1 || top < 1) {
            throw new BadInput("--threads and --top must be at least 1");
        }
    }

    private static void report(PrintWriter o, Scenario s, Screening.Result r, Duration took) {
        o.printf("screen of %s: %d factors (%d paths), %d trajectories, %d points x %d replications = %d runs, %s%n",
                s.name(), r.groups().size(), r.groups().stream().mapToInt(g -> g.paths().size()).sum(),
                r.settings().trajectories(), r.design().size(), r.settings().replications(), r.runs(),
                took.toSeconds() + " s");
        for (int k = 0; k < r.outputs().size(); k++) {
            MorrisEffects.Effect noise = r.noise(k);
            o.printf("  %s (seed noise mu* %s):%n", r.outputs().get(k), sig(noise.muStar()));
            int shown = 0;
            for (int g : r.ranking(k)) {
                if (shown++ == SHOWN) {
                    break;
                }
                MorrisEffects.Effect e = r.effect(k, g);
                o.printf("    %-42s mu* %-10s %3d%%%s%n", r.groups().get(g).name(), sig(e.muStar()),
                        Math.round(100 * r.relative(k, g)), r.aboveNoise(k, g) ? "" : "  (not above seed noise)");
            }
        }
    }

    /** Three significant figures. */
    static String sig(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
