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
 * order, so results never depend on the thread count or on scheduling.
 */
public final class ParallelMap {
    private ParallelMap() {}

    /** The machine's cores, the default for --threads. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static <R> List<R> map(int count, int threads, IntFunction<R> job) {
        if (threads <= 1 || count <= 1) {
            List<R> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(job.apply(i));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "entente-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> job.apply(index)));
            }
            List<R> out = new ArrayList<>(count);
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
