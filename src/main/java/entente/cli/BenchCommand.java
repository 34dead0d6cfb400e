package entente.cli;

import entente.analysis.SweepAnalysis;
import entente.experiment.Sweep;
import entente.experiment.SweepDir;
import entente.experiment.SweepRunner;
import entente.experiment.SweepSpecReader;
import entente.io.RunFolder;
import entente.experiment.RunMetrics;
import entente.model.EntenteModel;
import entente.model.Recording;
import entente.model.RunInputs;
import entente.scenario.Scenario;
import entente.util.Limits;
import entente.util.Numbers;
import entente.util.ParallelMap;
import entente.util.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente bench}: how fast the model runs, alone or as a sweep on several threads. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure runs per second on one core against the reference kernel of the test sources (recording "
                + "every series, and a sweep's metrics), the cost against the number of states (--states) with its "
                + "fitted exponent, and 'run' in fresh processes with and without charts (--repeats); no output files.",
            "With --sweep: runs per second of a whole sweep (runs.csv written to a temporary folder) on 1 and on all "
                + "cores, and the peak heap.",
            "With --scaling: only the cost against the number of states.",
            "With --analyze: time and peak heap of 'analyze' on a Saltelli sweep of --runs made-up runs (no model "
                + "runs; run with -Xmx256m in ENTENTE_JAVA_OPTS to check that it fits)."})
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

    @Option(names = "--scaling", description = "measure how a run's cost grows with the number of states, in "
            + "synthetic regions built in code (--runs runs at six states, fewer in larger regions)")
    boolean scaling;

    @Option(names = "--analyze", description = "measure the analysis of a sweep of --runs runs whose outputs are "
            + "made up (a Saltelli design over two coefficients, four replications, the default outputs)")
    boolean analyze;

    @Option(names = "--repeats", description = "fresh 'run' processes timed with and without charts (default: "
            + "${DEFAULT-VALUE}; 0 skips them)")
    int repeats = 5;

    @Option(names = "--states", split = ",", paramLabel = "N",
            description = "with --scaling: region sizes (default: 6,12,24,48,96)")
    List<Integer> states = List.of(6, 12, 24, 48, 96);

    @Override
    public Integer call() throws Exception {
        if (days < 1 || runs < 1 || warmup < 0 || repeats < 0) {
            throw new BadInput("--days and --runs must be at least 1, --warmup and --repeats at least 0");
        }
        if (days > Limits.MAX_YEARS * 366) {
            throw new BadInput("--days " + days + ": at most " + Limits.MAX_YEARS * 366 + " (" + Limits.MAX_YEARS
                    + " years, the longest period a scenario may have)");
        }
        if ((scaling ? 1 : 0) + (sweep ? 1 : 0) + (analyze ? 1 : 0) > 1) {
            throw new BadInput("--scaling, --sweep and --analyze measure different things: choose one");
        }
        if (scaling) {
            scaling();
            machine();
            return Main.OK;
        }
        Scenario base = ScenarioArgs.load(scenarioFile, null);
        Scenario s = base.withEnd(base.start().plusDays(days - 1L));
        if (sweep || analyze) {
            return sweep ? sweep(s) : analyze(s);
        }
        single(s);
        out().println();
        scaling();
        out().println();
        if (repeats > 0) {
            runWallTime();
        }
        machine();
        return Main.OK;
    }

    /**
     * Runs per second of the model, recording every series (as {@code run} does) and only a
     * sweep's default metrics, against the reference kernel of the test sources recording
     * every series and nothing: thread CPU time, the variants interleaved in rounds on the same
     * seeds, so that other work on the machine slows all of them alike.
     */
    private int single(Scenario s) throws Exception {
        RunInputs inputs = RunInputs.of(s);
        Recording sweepMetrics = RunMetrics.of(s, RunMetrics.defaults(s), RunMetrics.SUMMARIES).recording(false);
        Kernel kernel = Kernel.load(inputs);
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("model, every series (as 'run')", seed -> EntenteModel.run(inputs, seed, Recording.ALL).events().size()),
                new Variant("model, a sweep's default metrics", seed -> EntenteModel.run(inputs, seed, sweepMetrics).events().size())));
        if (kernel != null) {
            variants.add(new Variant("reference kernel, every series", seed -> kernel.run(seed, true)));
            variants.add(new Variant("reference kernel, nothing recorded", seed -> kernel.run(seed, false)));
        }
        out().printf("scenario %s, %d states, %d days per run, one thread: CPU time of %,d runs per line after %,d "
                + "warm-up runs, the lines interleaved in rounds on the same seeds%n", s.name(), s.actors().size(), days,
                runs, warmup);
        interleave(variants, warmup, 0);
        variants.forEach(v -> v.cpuNanos = 0);
        interleave(variants, runs, warmup);
        out().printf("%-38s %9s %13s %11s%n", "", "runs/s", "µs per run", "vs kernel");
        for (int k = 0; k < variants.size(); k++) {
            Variant v = variants.get(k);
            double us = v.cpuNanos / 1e3 / runs;
            Variant floor = kernel == null ? null : variants.get(k % 2 == 0 ? 2 : 3);
            out().printf("%-38s %,9.0f %,13.1f %11s%n", v.name, 1e6 / us, us,
                    floor == null ? "" : String.format("%.2fx", (double) v.cpuNanos / floor.cpuNanos));
        }
        if (kernel == null) {
            out().println("(reference kernel not found: it is built with the tests, 'mvn test-compile', and found by "
                    + "./entente bench in target/test-classes)");
        }
        out().printf("time per simulated year (model, every series): %.3f ms%n",
                variants.get(0).cpuNanos / 1e6 / runs * 365.0 / days);
        return Main.OK;
    }

    /** Runs each variant {@code count} times, in rounds of at most 50 runs each, seeds from {@code firstSeed}. */
    private static void interleave(List<Variant> variants, int count, long firstSeed) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int round = 50;
        for (int from = 0; from < count; from += round) {
            int to = Math.min(count, from + round);
            for (Variant v : variants) {
                long t0 = cpu.getCurrentThreadCpuTime();
                for (int r = from; r < to; r++) {
                    v.checksum += v.run.applyAsLong(firstSeed + r);
                }
                v.cpuNanos += cpu.getCurrentThreadCpuTime() - t0;
            }
        }
    }

    /** A way of running the scenario, timed. */
    private static final class Variant {
        final String name;
        final LongUnaryOperator run;
        long cpuNanos;
        long checksum;

        Variant(String name, LongUnaryOperator run) {
            this.name = name;
            this.run = run;
        }
    }

    /**
     * The plain-array reference kernel (entente.model.ReferenceKernel), which lives in the test
     * sources, where a test checks that it computes the model's runs: found when the test
     * classes are on the class path (./entente bench puts them there).
     */
    private record Kernel(Object instance, java.lang.reflect.Method events) {
        static Kernel load(RunInputs inputs) throws ReflectiveOperationException {
            Class<?> k;
            try {
                k = Class.forName("entente.model.ReferenceKernel");
            } catch (ClassNotFoundException e) {
                return null;
            }
            return new Kernel(k.getConstructor(RunInputs.class).newInstance(inputs),
                    k.getMethod("events", long.class, boolean.class));
        }

        long run(long seed, boolean record) {
            try {
                return (Long) events.invoke(instance, seed, record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the reference kernel failed", e);
            }
        }
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

    /**
     * CPU time of one thread per run in each region size, of the model (every series recorded)
     * and of the reference kernel, interleaved; the run count shrinks as 1/N² from --runs at
     * six states, so that every size takes about as long to measure.
     */
    private int scaling() throws Exception {
        if (states.size() < 2 || states.stream().anyMatch(n -> n < 4)) {
            throw new BadInput("--states: at least two sizes, each at least 4");
        }
        out().printf("cost against the number of states: synthetic regions (two alternating blocs, one option per "
                + "state), %d days per run, CPU time of one thread, every series recorded%n", days);
        out().printf("%7s %6s %12s %18s %9s %14s %10s%n", "states", "runs", "ms per run", "µs per run-day", "vs first",
                "kernel ms/run", "vs kernel");
        double[] logN = new double[states.size()];
        double[] logCost = new double[states.size()];
        double[] logKernel = new double[states.size()];
        double first = 0;
        boolean withKernel = false;
        for (int k = 0; k < states.size(); k++) {
            int n = states.get(k);
            RunInputs inputs = RunInputs.of(SyntheticRegion.of(n, days));
            Kernel kernel = Kernel.load(inputs);
            withKernel = kernel != null;
            List<Variant> variants = new ArrayList<>(List.of(new Variant("model",
                    seed -> EntenteModel.run(inputs, seed, Recording.ALL).events().size())));
            if (kernel != null) {
                variants.add(new Variant("kernel", seed -> kernel.run(seed, true)));
            }
            int count = Math.max(3, (int) Math.round(runs * 36.0 / ((double) n * n)));
            interleave(variants, Math.max(1, warmup * count / runs), 0);
            variants.forEach(v -> v.cpuNanos = 0);
            interleave(variants, count, 1000);
            double ms = variants.get(0).cpuNanos / 1e6 / count;
            first = k == 0 ? ms : first;
            logN[k] = Math.log(n);
            logCost[k] = Math.log(ms);
            double kernelMs = kernel == null ? Double.NaN : variants.get(1).cpuNanos / 1e6 / count;
            logKernel[k] = Math.log(kernelMs);
            out().printf("%7d %6d %12.3f %18.2f %8.1fx %14s %10s%n", n, count, ms, ms * 1000 / days, ms / first,
                    kernel == null ? "" : String.format("%.3f", kernelMs),
                    kernel == null ? "" : String.format("%.2fx", ms / kernelMs));
        }
        out().print("fitted exponent (cost ~ N^b, least squares on logs): " + exponents("model", logN, logCost));
        if (withKernel) {
            out().print("; " + exponents("kernel", logN, logKernel));
        }
        out().println();
        return Main.OK;
    }

    /** "model b = 2.41 over all sizes, 2.80 from 24 states on". */
    private String exponents(String what, double[] logN, double[] logCost) {
        String all = String.format("%s b = %.2f over all sizes", what, slope(logN, logCost, 0));
        int large = 0;
        while (large < states.size() && states.get(large) < 24) {
            large++;
        }
        if (states.size() - large >= 2 && large > 0) {
            all += String.format(", %.2f from %d states on", slope(logN, logCost, large), states.get(large));
        }
        return all;
    }

    /**
     * Wall time of {@code entente run} on the scenario in fresh processes (as the launcher starts
     * them), with charts and without, interleaved, and the share of the time the charts add.
     */
    private void runWallTime() throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("entente-bench-");
        try {
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Djava.awt.headless=true", RUN_JIT));
            command.addAll(classArchive());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                    scenarioFile.toString(), "--out", tmp.resolve("run").toString()));
            double[][] seconds = new double[2][repeats];
            for (int r = 0; r < repeats; r++) {
                for (int charts = 0; charts < 2; charts++) {
                    List<String> c = new ArrayList<>(command);
                    if (charts == 0) {
                        c.add("--no-charts");
                    }
                    long t0 = System.nanoTime();
                    Process p = new ProcessBuilder(c).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    if (p.waitFor() != 0) {
                        throw new IllegalStateException("entente run " + scenarioFile + " failed (exit " + p.exitValue() + ")");
                    }
                    seconds[charts][r] = (System.nanoTime() - t0) / 1e9;
                }
            }
            double off = median(seconds[0]);
            double on = median(seconds[1]);
            out().printf("'run %s' in a fresh process (median of %d, with and without charts interleaved): %.2f s with "
                    + "charts, %.2f s without; charts %.0f%% of the run%s%n", scenarioFile, repeats, on, off,
                    100 * (on - off) / on, classArchive().isEmpty() ? "" : " (with the launcher's class archive)");
        } finally {
            RunFolder.deleteTree(tmp);
        }
    }

    /** The launcher's class archive flags (see ./entente), when this process was given them. */
    private static List<String> classArchive() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xlog:cds")).toList();
    }

    /** The JIT flag the launcher gives 'run' (see ./entente). */
    static final String RUN_JIT = "-XX:TieredStopAtLevel=1";

    private static double median(double[] v) {
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** What the figures were measured on. */
    private void machine() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        out().printf("machine: %d cores, load average %.1f at the end, %s %s, Java %s (%s)%n",
                os.getAvailableProcessors(), os.getSystemLoadAverage(), os.getName(), os.getArch(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    /** Least-squares slope of y on x over the points from {@code from} on. */
    private static double slope(double[] x, double[] y, int from) {
        SimpleRegression fit = new SimpleRegression();
        for (int i = from; i < x.length; i++) {
            fit.addData(x[i], y[i]);
        }
        return fit.getSlope();
    }

    /**
     * Writes a complete Saltelli sweep folder of about --runs runs whose outputs are taken from
     * a small table of made-up numbers (writing is not timed), then times the analysis of it.
     */
    private int analyze(Scenario s) throws Exception {
        int replications = 4;
        // a power of two, as Sobol' sequences want (the sweep reader warns otherwise)
        int samples = Integer.highestOneBit(Math.max(2, Math.round(runs / (4f * replications) * 4 / 3)));
        Path tmp = Files.createTempDirectory("entente-bench-");
        HeapWatch heap = new HeapWatch();
        try {
            Sweep w = benchSweep(s, tmp, "design: {type: saltelli, samples: " + samples + "}",
                    "replications: " + replications, samples * 4 * replications);
            int columns = w.metrics().columns().size();
            String[] made = new String[1021];
            for (int k = 0; k < made.length; k++) {
                made[k] = Numbers.format(Math.sin(k) * 3 + k % 7);
            }
            try (SweepDir folder = SweepDir.open(tmp.resolve("sweep"), w, false); SweepDir.Appender out = folder.appender()) {
                for (int r = 0; r < w.runs(); r++) {
                    int point = w.point(r);
                    StringBuilder line = new StringBuilder(16 * columns);
                    line.append(r).append(',').append(point).append(',').append(w.replication(r)).append(',').append(w.seed(r));
                    for (double v : w.design().values()[point]) {
                        line.append(',').append(Numbers.format(v));
                    }
                    for (int c = 0; c < columns; c++) {
                        line.append(',').append(made[(int) ((r * 31L + c * 17L + point) % made.length)]);
                    }
                    out.write(r, line.toString(), null);
                }
            }
            out().printf("analysis of a Saltelli sweep: %,d runs (%,d points x %d replications), %d outputs, "
                    + "runs.csv %,d MB%n", w.runs(), w.design().size(), replications, columns,
                    Files.size(tmp.resolve("sweep").resolve(SweepDir.RUNS)) >> 20);
            System.gc();
            heap.start();
            long t0 = System.nanoTime();
            SweepAnalysis.run(tmp.resolve("sweep"), tmp.resolve("analysis"), null, SweepAnalysis.DEFAULT_MAX_FANS,
                    SweepAnalysis.DEFAULT_RESAMPLES);
            out().printf("analyze: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        } finally {
            heap.stop();
            RunFolder.deleteTree(tmp);
        }
        out().printf("peak heap used: %,d MB (heap limit %,d MB)%n", heap.peak.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        return Main.OK;
    }

    /** A sweep of the scenario over dynamics.eta and dynamics.reactivity, its file written into dir. */
    private static Sweep benchSweep(Scenario s, Path dir, String design, String replications, int maxRuns)
            throws Exception {
        Files.createDirectories(dir);
        Path specFile = dir.resolve("bench.yaml");
        Files.writeString(specFile, String.join("\n",
                "name: bench",
                "scenario: " + Path.of(s.file()).toAbsolutePath(),
                "seed: 1",
                "max_runs: " + Math.max(maxRuns, 1),
                replications,
                design,
                "factors:",
                "  - {path: dynamics.eta, range: [0.01, 0.03]}",
                "  - {path: dynamics.reactivity, range: [0.003, 0.007]}",
                ""));
        Sweep read = SweepSpecReader.read(specFile);
        return new Sweep(read.file(), read.checksum(), read.name(), read.title(), s, read.seed(),
                read.replications(), read.commonSeeds(), read.factors(), read.design(), read.metrics());
    }

    /** Runs a whole sweep of n runs on t threads into dir; returns runs per second. */
    private double timeSweep(Scenario s, int n, int t, Path dir) throws Exception {
        Sweep w = benchSweep(s, dir, "design: {type: random, samples: " + n + "}", "replications: 1", n);
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
