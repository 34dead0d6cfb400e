package entente.cli;

import entente.model.EntenteModel;
import entente.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente bench}: how fast the model runs, without any file or chart output. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure runs per second and time per simulated year on one core (no output files).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", description = "scenario to run (default: ${DEFAULT-VALUE})")
    Path scenarioFile = Path.of("scenarios", "baseline-2021-2023.yaml");

    @Option(names = "--days", description = "simulated days per run (default: ${DEFAULT-VALUE}, two years)")
    int days = 730;

    @Option(names = "--runs", description = "measured runs (default: ${DEFAULT-VALUE})")
    int runs = 2000;

    @Option(names = "--warmup", description = "runs before measuring, for the JIT (default: ${DEFAULT-VALUE})")
    int warmup = 500;

    @Override
    public Integer call() throws Exception {
        if (days < 1 || runs < 1 || warmup < 0) {
            throw new BadInput("--days and --runs must be at least 1, --warmup at least 0");
        }
        Scenario base = ScenarioArgs.load(scenarioFile, null);
        Scenario s = base.withEnd(base.start().plusDays(days - 1L));
        long checksum = 0;
        for (int k = 0; k < warmup; k++) {
            checksum += EntenteModel.run(s, k).events().size();
        }
        long t0 = System.nanoTime();
        for (int k = 0; k < runs; k++) {
            checksum += EntenteModel.run(s, warmup + k).events().size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double perRunMs = seconds * 1000 / runs;
        out().printf("scenario %s, %d states, %d days per run, %d runs after %d warm-up runs, one thread%n",
                s.name(), s.actors().size(), days, runs, warmup);
        out().printf("runs per second:          %.0f%n", runs / seconds);
        out().printf("time per run:             %.3f ms%n", perRunMs);
        out().printf("time per simulated year:  %.3f ms%n", perRunMs * 365.0 / days);
        out().printf("(events fired in all runs: %d)%n", checksum);
        return Main.OK;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
