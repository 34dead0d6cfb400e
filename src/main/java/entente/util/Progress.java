package entente.util;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A one-line progress bar on the terminal: share done, runs, rate and time left. The rate
 * counts only runs of this session, so a resumed sweep does not look faster than it is.
 */
public final class Progress {
    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final String unit;
    private final boolean shown;
    private final int total;
    private final int first;
    private final long start = System.nanoTime();
    private long last;

    /** @param first runs already done when this session started */
    public Progress(PrintWriter out, boolean shown, int total, int first) {
        this(out, shown, total, first, "runs");
    }

    /** @param unit what is counted ("runs", "evaluations") */
    public Progress(PrintWriter out, boolean shown, int total, int first, String unit) {
        this.unit = unit;
        this.out = out;
        this.shown = shown;
        this.total = total;
        this.first = first;
    }

    public void update(int done) {
        long now = System.nanoTime();
        if (shown && now - last >= EVERY_NANOS) {
            last = now;
            out.print("\r" + line(done, now));
            out.flush();
        }
    }

    public void finish(int done) {
        if (shown) {
            out.println("\r" + line(done, System.nanoTime()));
            out.flush();
        }
    }

    /** Runs per second in this session. */
    public double rate(int done) {
        double seconds = (System.nanoTime() - start) / 1e9;
        return seconds > 0 ? (done - first) / seconds : 0;
    }

    String line(int done, long now) {
        double share = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(share * WIDTH);
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? (done - first) / seconds : 0;
        String eta = rate > 0 ? clock((long) ((total - done) / rate)) : "?";
        return String.format("[%s%s] %3.0f%% %,d/%,d %s  %,.0f %s/s  %s %s ", "#".repeat(filled),
                " ".repeat(WIDTH - filled), share * 100, done, total, unit, rate, unit, done == total ? "took" : "ETA",
                done == total ? clock((long) seconds) : eta);
    }

    static String clock(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
