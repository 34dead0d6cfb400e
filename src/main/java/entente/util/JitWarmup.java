package entente.util;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether this process's just-in-time compiler has finished compiling the hot code. While it
 * has not, parallel work runs on one thread only: the compiler then has the other cores to
 * itself instead of competing with a second worker (on two cores a cold sweep on two threads
 * otherwise lost a third of its speed-up to the compiler). Once warm the process stays warm, so
 * a second sweep, a benchmark's second measurement or a calibrator's next batch start at full
 * width. Warmth changes only which thread runs what, never a result.
 */
public final class JitWarmup {
    /** The compiler counts as done when, over this window, it compiled less than {@link #QUIET} of the time. */
    private static final long WINDOW_NANOS = 250_000_000L;
    private static final double QUIET = 0.1;
    /** Never wait longer than this for a quiet compiler (a loaded machine compiles slowly). */
    private static final long LIMIT_NANOS = 4_000_000_000L;

    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();
    private static volatile boolean warm = COMPILER == null || !COMPILER.isCompilationTimeMonitoringSupported();
    private static long first;
    private static long windowStart;
    private static long compiledAtWindowStart;

    private JitWarmup() {}

    /** True once the compiler has gone quiet (or after a few seconds of trying); checks cost a few microseconds. */
    public static boolean warm() {
        if (warm) {
            return true;
        }
        synchronized (JitWarmup.class) {
            long now = System.nanoTime();
            long compiled = COMPILER.getTotalCompilationTime();
            if (first == 0) {
                first = windowStart = now;
                compiledAtWindowStart = compiled;
                return false;
            }
            long elapsed = now - windowStart;
            if (elapsed >= WINDOW_NANOS) {
                double busy = (compiled - compiledAtWindowStart) * 1e6 / elapsed;
                warm = busy < QUIET || now - first >= LIMIT_NANOS;
                windowStart = now;
                compiledAtWindowStart = compiled;
            }
            return warm;
        }
    }
}
