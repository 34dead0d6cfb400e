package entente.experiment;

import entente.util.JitWarmup;
import entente.util.Progress;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Runs a sweep on a pool of threads and writes each run as soon as all runs before it are
 * written. Workers may run ahead of the writer by a bounded window only, so memory stays flat
 * however many runs there are; as every run's seed depends on its index alone and lines are
 * written in index order, the files are the same for any number of threads. Until the process's
 * compiler is warm ({@link JitWarmup}) one run at a time is handed out, so the compiler has the
 * other cores.
 */
public final class SweepRunner {
    /** Runs a worker may be ahead of the writer, per thread. */
    private static final int AHEAD_PER_THREAD = 8;

    private final Sweep sweep;
    private final int threads;
    private final boolean series;

    /** How far a call got: runs done (in all sessions) and whether it stopped before the end. */
    public record Outcome(int done, int total, boolean stopped) {}

    public SweepRunner(Sweep sweep, int threads, boolean series) {
        this.sweep = sweep;
        this.threads = Math.max(1, threads);
        this.series = series;
    }

    /** Runs what the folder still lacks, until done or until {@code stop} says so. */
    public Outcome run(SweepDir dir, Progress progress, BooleanSupplier stop) throws IOException {
        int total = sweep.runs();
        int written = dir.done();
        int next = written;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "entente-sweep");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<RunRow>> pending = new ArrayDeque<>();
        try (SweepDir.Appender out = dir.appender()) {
            while (written < total && !stop.getAsBoolean()) {
                int window = threads == 1 || JitWarmup.warm() ? threads * AHEAD_PER_THREAD : 1;
                while (next < total && pending.size() < window) {
                    int run = next++;
                    pending.add(pool.submit(() -> RunRow.compute(sweep, run, series)));
                }
                Future<RunRow> head = pending.poll();
                if (!head.isDone()) {
                    out.flush(); // all that is written is on disk while we wait
                }
                RunRow row = await(head, written);
                out.write(written, row.line(), row.series());
                written++;
                progress.update(written);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish(written);
        return new Outcome(written, total, written < total);
    }

    private RunRow await(Future<RunRow> f, int run) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for run " + run, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("run " + run + " (point " + sweep.point(run) + ", seed "
                    + sweep.seed(run) + ") failed: " + e.getCause(), e.getCause());
        }
    }
}
