package entente.cli;

import entente.experiment.Sweep;
import entente.experiment.SweepDir;
import entente.experiment.SweepRunner;
import entente.experiment.SweepSpecReader;
import entente.io.RunFolder;
import entente.model.EntenteModel;
import entente.scenario.Scenario;
import entente.util.ParallelMap;
import entente.util.Progress;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente bench}: how fast the model runs, alone or as a sweep on several threads. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure runs per second and time per simulated year on one core (no output files).",
            "With --sweep: runs per second of a whole sweep (runs.csv written to a temporary folder) on 1 and on all "
                + "cores, and the peak heap."})
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

    @Option(names = "--sweep", description = "benchmark a sweep: a random design over dynamics.eta and "
            + "dynamics.reactivity, --runs runs for each thread count")
    boolean sweep;

    @Option(names = "--threads", split = ",", paramLabel = "N",
            description = "thread counts to measure with --sweep (default: 1 and all cores)")
    List<Integer> threads;

    @Option(names = "--series", description = "with --sweep: also write the daily series")
    boolean series;

    @Override
    public Integer call() throws Exception {
        if (days < 1 || runs < 1 || warmup < 0) {
            throw new BadInput("--days and --runs must be at least 1, --warmup at least 0");
        }
        Scenario base = ScenarioArgs.load(scenarioFile, null);
        Scenario s = base.withEnd(base.start().plusDays(days - 1L));
        return sweep ? sweep(s) : single(s);
    }

    private int single(Scenario s) {
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

    private int sweep(Scenario s) throws Exception {
        List<Integer> counts = threads != null ? threads : List.of(1, ParallelMap.defaultThreads());
        if (counts.stream().anyMatch(t -> t < 1)) {
            throw new BadInput("--threads must be at least 1");
        }
        Path tmp = Files.createTempDirectory("entente-bench-");
        HeapWatch heap = new HeapWatch();
        try {
            out().printf("sweep of scenario %s, %d states, %d days per run: random design over dynamics.eta and "
                    + "dynamics.reactivity, %,d runs per measurement after %,d warm-up runs%s%n", s.name(),
                    s.actors().size(), days, runs, warmup, series ? ", with daily series" : "");
            timeSweep(s, Math.max(1, warmup), counts.get(counts.size() - 1), tmp.resolve("warmup"));
            heap.start();
            double first = 0;
            for (int t : counts) {
                double rate = timeSweep(s, runs, t, tmp.resolve("threads-" + t));
                first = first == 0 ? rate : first;
                out().printf("threads %d: %,8.0f runs/s%s%n", t, rate,
                        rate == first ? "" : String.format("  (%.2fx the first)", rate / first));
            }
        } finally {
            heap.stop();
            RunFolder.deleteTree(tmp);
        }
        out().printf("peak heap used: %,d MB (heap limit %,d MB; a smaller -Xmx shows how little is needed)%n",
                heap.peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out().printf("machine: %d cores%n", ParallelMap.defaultThreads());
        return Main.OK;
    }

    /** Runs a whole sweep of n runs on t threads into dir; returns runs per second. */
    private double timeSweep(Scenario s, int n, int t, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path specFile = dir.resolve("bench.yaml");
        Files.writeString(specFile, String.join("\n",
                "name: bench",
                "scenario: " + Path.of(s.file()).toAbsolutePath(),
                "seed: 1",
                "max_runs: " + Math.max(n, 1),
                "design: {type: random, samples: " + n + "}",
                "factors:",
                "  - {path: dynamics.eta, range: [0.01, 0.03]}",
                "  - {path: dynamics.reactivity, range: [0.003, 0.007]}",
                ""));
        Sweep read = SweepSpecReader.read(specFile);
        Sweep w = new Sweep(read.file(), read.checksum(), read.name(), read.title(), s, read.seed(),
                read.replications(), read.commonSeeds(), read.factors(), read.design(), read.metrics());
        try (SweepDir folder = SweepDir.open(dir.resolve("sweep"), w, series)) {
            long t0 = System.nanoTime();
            new SweepRunner(w, t, series).run(folder, new Progress(new PrintWriter(Writer.nullWriter()), false, n, 0),
                    () -> false);
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    /** Samples the heap every 20 ms for the most it ever held. */
    private static final class HeapWatch {
        final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean();
        private Thread thread;

        void start() {
            running.set(true);
            thread = new Thread(() -> {
                while (running.get()) {
                    sample();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "entente-heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            if (thread != null) {
                thread.join();
                sample();
            }
        }

        private void sample() {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
