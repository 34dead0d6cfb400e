package entente.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs independent jobs on a fixed number of threads and returns their results in index
 * order, so results never depend on the thread count or on scheduling. Until the process's
 * compiler is warm ({@link JitWarmup}) jobs run one by one on the calling thread.
 */
public final class ParallelMap {
    private ParallelMap() {}

    /** The machine's cores, the default for --threads. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static <R> List<R> map(int count, int threads, IntFunction<R> job) {
        List<R> out = new ArrayList<>(count);
        while (out.size() < count && (threads <= 1 || count - out.size() <= 1 || !JitWarmup.warm())) {
            out.add(job.apply(out.size()));
        }
        if (out.size() == count) {
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "entente-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(count);
            for (int i = out.size(); i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> job.apply(index)));
            }
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
