package entente.cli;

import entente.scenario.Factor;
import entente.calibration.AbcCalibration;
import entente.calibration.CalibrationSpec;
import entente.calibration.CalibrationSpecReader;
import entente.calibration.Calibrator;
import entente.calibration.Posterior;
import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.output.AbcOutput;
import entente.output.CalibrationOutput;
import entente.scenario.ScenarioReader;
import entente.util.Numbers;
import entente.util.ParallelMap;
import entente.util.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente calibrate}: fits free parameters to stylized targets with CMA-ES (the fast point
 * estimate), or with {@code --method abc} gives their posterior by sequential Monte Carlo ABC.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit a scenario's free parameters to stylized targets (CMA-ES, replications with common random numbers),",
            "or with --method abc give the posterior of every parameter the spec's abc: section samples (ABC-SMC)."})
final class CalibrateCommand implements Callable<Integer> {
    enum Method { cmaes, abc }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "calibration file, e.g. scenarios/calibration/baseline-targets.yaml")
    Path specFile;

    @Option(names = "--method", description = "cmaes (point estimate, default) or abc (posterior ensemble)")
    Method method = Method.cmaes;

    @Option(names = "--threads", description = "worker threads (default: all cores); results do not depend on it")
    int threads = ParallelMap.defaultThreads();

    @Option(names = "--evaluations", description = "cmaes: override the optimizer's evaluation budget")
    Integer evaluations;

    @Option(names = "--particles", description = "abc: override the population size")
    Integer particles;

    @Option(names = "--generations", description = "abc: override the largest number of generations")
    Integer generations;

    @Option(names = "--evaluate",
            description = "score the targets at the scenario's current values, without fitting; writes nothing")
    boolean evaluateOnly;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "results folder (default: results/calibrate-<scenario>, with abc results/abc-<scenario>)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || evaluations != null && evaluations < 10) {
            throw new BadInput("--threads must be at least 1 and --evaluations at least 10");
        }
        if (particles != null && particles < 8 || generations != null && generations < 1) {
            throw new BadInput("--particles must be at least 8 and --generations at least 1");
        }
        CalibrationSpec s = CalibrationSpecReader.read(specFile);
        if (method == Method.abc) {
            CalibrationSpec.Abc a = s.abc();
            return abc(s.withAbc(a.resized(particles != null ? particles : a.particles(),
                    generations != null ? generations : a.maxGenerations())));
        }
        if (evaluateOnly) {
            return evaluate(s);
        }
        if (evaluations != null) {
            s = s.withEvaluations(evaluations);
        }
        Path folder = out != null ? out : Path.of("results", "calibrate-" + s.scenario().name());
        OutputGuard.folder(folder, "--out", OutputKind.CALIBRATE, inputs(s));
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, System.console() != null, s.evaluations(), 0, "evaluations");
        Calibrator.Fit fit = new Calibrator(s, threads).fit(progress::update);
        progress.finish(fit.lossHistory().length);
        CalibrationOutput.write(s, fit, folder);
        o.printf("loss %s at the start, %s fitted (%d evaluations, %d replications each)%n",
                Numbers.format(fit.start().loss()), Numbers.format(fit.best().loss()), fit.lossHistory().length,
                s.replications());
        for (int i = 0; i < s.free().size(); i++) {
            o.printf("  %-24s %s -> %s  (range %s .. %s)%n", s.free().get(i).name(),
                    Numbers.format(fit.start().values()[i]), Numbers.format(fit.best().values()[i]),
                    Numbers.format(s.free().get(i).min()), Numbers.format(s.free().get(i).max()));
        }
        printTargets(s, fit.best(), o);
        o.println("results: " + folder);
        return Main.OK;
    }

    /** The targets at the values the scenario carries now: the loss a fit would start from. */
    private int evaluate(CalibrationSpec s) {
        PrintWriter o = spec.commandLine().getOut();
        Calibrator c = new Calibrator(s, threads);
        Calibrator.Evaluation e = c.evaluate(c.current());
        o.printf("loss %s at the scenario's values (%d replications each, seed %d)%n", Numbers.format(e.loss()),
                s.replications(), s.seed());
        for (int i = 0; i < s.free().size(); i++) {
            o.printf("  %-24s %s  (range %s .. %s)%n", s.free().get(i).name(), Numbers.format(e.values()[i]),
                    Numbers.format(s.free().get(i).min()), Numbers.format(s.free().get(i).max()));
        }
        printTargets(s, e, o);
        return Main.OK;
    }

    private static void printTargets(CalibrationSpec s, Calibrator.Evaluation e, PrintWriter o) {
        for (CalibrationOutput.Row r : CalibrationOutput.rows(s, e)) {
            o.printf("  %-4s %-9s %-36s %s (target %s)%n", r.pass() ? "pass" : "MISS",
                    r.target().heldOut() ? "held-out" : "in-sample", r.target().id(),
                    Numbers.format(Math.round(r.mean() * 1000) / 1000.0), r.target().range());
        }
    }

    private int abc(CalibrationSpec s) throws Exception {
        Path folder = out != null ? out : Path.of("results", "abc-" + s.scenario().name());
        OutputGuard.folder(folder, "--out", OutputKind.ABC, inputs(s));
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        AbcCalibration.Outcome result = new AbcCalibration(s, threads).run(g -> {
            err.printf("generation %d: tolerance %s, %d%% of new particles within the last one, %d simulations%n",
                    g.index(), Numbers.format(g.tolerance()), Math.round(100 * g.acceptance()), g.simulations());
            err.flush();
        });
        AbcOutput.write(result, folder);
        Posterior p = result.posterior();
        o.printf("posterior of %d parameters: %d particles (effective %s) after %d generations, %d simulations of %d"
                        + " replications, %s%n", p.parameters().size(), p.size(), Numbers.format(Math.round(p.effectiveSize())),
                result.abc().generations().size(), result.abc().simulations(), s.abc().replications(),
                Duration.ofSeconds((System.nanoTime() - start) / 1_000_000_000L).toString().substring(2).toLowerCase());
        for (int k = 0; k < p.parameters().size(); k++) {
            Factor f = p.parameters().get(k);
            o.printf("  %-28s %s  (90%% %s .. %s; prior %s .. %s)%n", f.name(), r3(p.quantile(k, 0.5)),
                    r3(p.quantile(k, 0.05)), r3(p.quantile(k, 0.95)), Numbers.format(f.min()), Numbers.format(f.max()));
        }
        for (AbcCalibration.Check c : result.checks()) {
            o.printf("  %-7s %-9s %-36s %s (90%% %s .. %s; target %s)%n", c.verdict(),
                    c.target().heldOut() ? "held-out" : "in-sample", c.target().id(), r3(c.quantile(0.5)),
                    r3(c.quantile(0.05)), r3(c.quantile(0.95)), c.target().range());
        }
        o.println("results: " + folder + " (posterior ensemble: " + folder.resolve("posterior.csv") + ")");
        return Main.OK;
    }

    private static String r3(double v) {
        return Numbers.format(Math.round(v * 1000) / 1000.0);
    }

    /** What the command reads: the calibration file and the scenario with the files it extends. */
    private List<Path> inputs(CalibrationSpec s) {
        List<Path> inputs = new ArrayList<>(List.of(specFile));
        inputs.addAll(ScenarioReader.sources(s.scenarioFile()));
        return inputs;
    }
}
