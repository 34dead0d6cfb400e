package entente.cli;

import entente.util.DidYouMean;
import entente.analysis.SweepAnalysis;
import entente.experiment.Sweep;
import entente.experiment.SweepDir;
import entente.experiment.SweepEngine;
import entente.experiment.SweepRunner;
import entente.experiment.SweepSpecReader;
import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.report.Reports;
import entente.scenario.ScenarioReader;
import entente.util.ParallelMap;
import entente.util.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code entente sweep}: every run of a sweep file, on all cores, into a folder that a re-run resumes. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a sweep file (experiments/*.yaml): every design point and replication, on all cores "
            + "or, with --engine spark, on a Spark cluster (docs/spark.md).",
            "Writes runs.csv (one line per run) and, with --series, the daily series. Ctrl-C or a crash loses "
                + "nothing written; the same command again resumes."})
final class SweepCommand implements Callable<Integer> {
    private static final String LOCAL = "local";
    private static final String SPARK = "spark";
    /** How long Ctrl-C waits for the writer to close the files. */
    private static final long STOP_WAIT_SECONDS = 30;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "sweep file, e.g. experiments/exercise-dprk.yaml")
    Path specFile;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "sweep folder (default: results/sweep-<name>)")
    Path out;

    @Option(names = {"-r", "--replications"}, paramLabel = "N",
            description = "runs per design point (per draw, across a posterior) instead of the file's replications")
    Long replications;

    @Option(names = "--seed", description = "master seed instead of the file's seed")
    Long seed;

    @Option(names = "--threads", description = "worker threads (default: all cores, ${DEFAULT-VALUE})")
    int threads = ParallelMap.defaultThreads();

    @Option(names = "--series", description = "also keep the daily series of every run (series/*.csv.gz)")
    boolean series;

    @Option(names = "--force", description = "write the sweep even when it would exceed the output budget "
            + "(1 GB; docs/limits.md)")
    boolean force;

    @Option(names = "--report", description = "when the sweep is complete, analyse it and write report.html into its folder")
    boolean report;

    @Option(names = "--engine", paramLabel = "NAME", description = "local (this machine's threads, the default) or "
            + "spark (a Spark cluster or local[*]; needs the build with Spark, see docs/spark.md)")
    String engine = LOCAL;

    @Option(names = "--master", paramLabel = "URL", description = "with --engine spark: the Spark master "
            + "(default: what spark-submit sets, else local[*])")
    String master;

    @Option(names = "--runs-per-task", paramLabel = "N", description = "with --engine spark: runs in one Spark task "
            + "(default: about four tasks per core, at most 1,000 runs each)")
    int runsPerTask;

    @Option(names = "--no-progress", description = "no progress bar (it is shown only on a terminal anyway)")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new BadInput("--threads must be at least 1, found " + threads);
        }
        SweepEngine other = engine();
        if (replications != null && replications < 1) {
            throw new BadInput("--replications must be at least 1, found " + replications);
        }
        Sweep sweep = SweepSpecReader.read(specFile, new SweepSpecReader.Overrides(seed, replications));
        Path dir = out != null ? out : Path.of("results", "sweep-" + sweep.name());
        List<Path> inputs = new ArrayList<>(List.of(specFile));
        inputs.addAll(ScenarioReader.sources(Path.of(sweep.scenario().file())));
        OutputGuard.folder(dir, "--out", OutputKind.SWEEP, inputs);
        OutputBudget.check(OutputBudget.sweep(sweep, series), force, "this sweep (" + sweep.runs() + " runs"
                + (series ? " with their daily series" : "") + ")");
        try (SweepDir folder = SweepDir.open(dir, sweep, series)) {
            return run(sweep, folder, other);
        }
    }

    /** Runs what the folder lacks (it is locked: no other sweep writes it meanwhile). */
    private int run(Sweep sweep, SweepDir folder, SweepEngine other) throws Exception {
        Path dir = folder.path();
        int total = sweep.runs();
        if (folder.done() == total) {
            out().printf("%s: all %,d runs are already done; analyse with: entente analyze %s%n", dir, total, dir);
            return reportIfAsked(dir);
        }
        out().printf("%s: %,d points x %d replications = %,d runs of %s %s%s%n", sweep.name(),
                sweep.design().size(), sweep.replications(), total, sweep.scenario().name(),
                other != null ? "on Spark" : String.format("on %d thread%s", threads, threads == 1 ? "" : "s"),
                folder.done() > 0 ? String.format(", resuming after %,d", folder.done()) : "");
        boolean shown = !noProgress && System.console() != null;
        Progress progress = new Progress(err(), shown, total, folder.done());
        StopOnSignal stop = StopOnSignal.install();
        try {
            SweepRunner.Outcome o = other != null
                    ? other.run(sweep, folder, series, master, runsPerTask, progress, stop::requested)
                    : new SweepRunner(sweep, threads, series).run(folder, progress, stop::requested);
            if (o.stopped()) {
                out().printf("stopped after %,d of %,d runs; run the same command again to resume%n", o.done(), total);
                return Main.FAILURE;
            }
            out().printf("%,d runs at %,.0f runs/s%nruns: %s%nanalyse with: entente analyze %s%n", total,
                    progress.rate(o.done()), dir.resolve(SweepDir.RUNS), dir);
            return reportIfAsked(dir);
        } finally {
            stop.release();
        }
    }

    /** With --report: the default analysis, then the report, as analyze --report would. */
    private int reportIfAsked(Path dir) throws Exception {
        if (report) {
            SweepAnalysis.run(dir, dir.resolve("analysis"), null, SweepAnalysis.DEFAULT_MAX_FANS, SweepAnalysis.DEFAULT_RESAMPLES);
            out().println("report: " + Reports.write(dir, null, null));
        }
        return Main.OK;
    }

    /** The engine other than local that --engine names, or null for the local engine. */
    private SweepEngine engine() {
        boolean local = engine.equals(LOCAL);
        if (!local && !engine.equals(SPARK)) {
            throw new BadInput("--engine: unknown engine '" + engine + "'" + DidYouMean.hint(engine, List.of(LOCAL, SPARK)) + " (engines: " + LOCAL + ", " + SPARK + ")");
        }
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (given.hasMatchedOption("--runs-per-task") && runsPerTask < 1) {
            throw new BadInput("--runs-per-task must be at least 1, found " + runsPerTask);
        }
        for (String option : local ? List.of("--master", "--runs-per-task") : List.of("--threads")) {
            if (given.hasMatchedOption(option)) {
                throw new BadInput(option + " does not apply to --engine " + engine + (local
                        ? "; add --engine spark" : "; the Spark master sets the cores (--master local[N])"));
            }
        }
        if (local) {
            return null;
        }
        SweepEngine e = SweepEngine.named(SPARK).orElseThrow(() -> new BadInput("--engine spark: this build of "
                + "entente has no Spark engine; build it with 'mvn -Pspark package' and run it as docs/spark.md shows"));
        e.missing().ifPresent(why -> {
            throw new BadInput("--engine spark: " + why);
        });
        return e;
    }

    /**
     * Ctrl-C (or a plain kill) asks the sweep to stop after the line being written; the JVM
     * exits once the files are closed and the user is told how to resume.
     */
    private static final class StopOnSignal {
        private final AtomicBoolean requested = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);
        private final Thread hook = new Thread(this::stopAndWait, "entente-sweep-stop");

        static StopOnSignal install() {
            StopOnSignal s = new StopOnSignal();
            Runtime.getRuntime().addShutdownHook(s.hook);
            return s;
        }

        boolean requested() {
            return requested.get();
        }

        private void stopAndWait() {
            requested.set(true);
            try {
                done.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void release() {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM exits once it returns
            }
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
