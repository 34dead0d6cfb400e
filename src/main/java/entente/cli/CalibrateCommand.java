package entente.cli;

import entente.calibration.CalibrationSpec;
import entente.calibration.CalibrationSpecReader;
import entente.calibration.Calibrator;
import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.output.CalibrationOutput;
import entente.scenario.ScenarioReader;
import entente.util.Numbers;
import entente.util.ParallelMap;
import entente.util.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente calibrate}: fits free parameters to stylized targets with CMA-ES. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit a scenario's free parameters to stylized targets (CMA-ES, replications with common random numbers).")
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "calibration file, e.g. scenarios/calibration/baseline-targets.yaml")
    Path specFile;

    @Option(names = "--threads", description = "worker threads (default: all cores); results do not depend on it")
    int threads = ParallelMap.defaultThreads();

    @Option(names = "--evaluations", description = "override the optimizer's evaluation budget")
    Integer evaluations;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/calibrate-<scenario>)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || evaluations != null && evaluations < 10) {
            throw new BadInput("--threads must be at least 1 and --evaluations at least 10");
        }
        CalibrationSpec s = CalibrationSpecReader.read(specFile);
        if (evaluations != null) {
            s = new CalibrationSpec(s.file(), s.scenario(), s.scenarioFile(), s.replications(), s.seed(), evaluations,
                    s.sigma(), s.population(), s.priorWeight(), s.free(), s.targets());
        }
        Path folder = out != null ? out : Path.of("results", "calibrate-" + s.scenario().name());
        List<Path> inputs = new ArrayList<>(List.of(specFile));
        inputs.addAll(ScenarioReader.sources(s.scenarioFile()));
        OutputGuard.folder(folder, "--out", OutputKind.CALIBRATE, inputs);
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
        for (CalibrationOutput.Row r : CalibrationOutput.rows(s, fit.best())) {
            o.printf("  %-4s %-9s %-36s %s (target %s)%n", r.pass() ? "pass" : "MISS",
                    r.target().heldOut() ? "held-out" : "in-sample", r.target().id(),
                    Numbers.format(Math.round(r.mean() * 1000) / 1000.0), r.target().range());
        }
        o.println("results: " + folder);
        return Main.OK;
    }
}
