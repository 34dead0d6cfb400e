package entente.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs {@code [from, to)} of one Spark task, the {@code index}-th of the plan. Its part file
 * is named by its runs, not by its index, so a part left by an earlier plan (a sweep that
 * stopped, then grew runs.csv) can never pass for a part of the current one.
 */
record RunRange(int index, int from, int to) implements Serializable {
    /** Tasks per core when the user sets no size: enough for runs of uneven length to even out. */
    static final int TASKS_PER_CORE = 4;
    /** Largest task by default, so that a retried task loses little and a part stays small. */
    static final int MAX_RUNS_PER_TASK = 1000;

    int size() {
        return to - from;
    }

    String partName() {
        return String.format("runs-%010d-%010d.part", from, to);
    }

    /**
     * Runs per task: as asked, or about {@link #TASKS_PER_CORE} tasks per core, at most
     * {@link #MAX_RUNS_PER_TASK}, rounded down to whole design points when a task holds at
     * least one (a point's replications are neighbouring runs).
     */
    static int runsPerTask(int asked, int remaining, int cores, int replications) {
        if (asked > 0) {
            return asked;
        }
        long tasks = (long) TASKS_PER_CORE * Math.max(1, cores);
        int size = (int) Math.min(MAX_RUNS_PER_TASK, Math.max(1, (remaining + tasks - 1) / tasks));
        return size >= replications ? size - size % replications : size;
    }

    /** Runs done..total-1 cut at the multiples of size. */
    static List<RunRange> plan(int done, int total, int size) {
        List<RunRange> out = new ArrayList<>();
        int from = done;
        while (from < total) {
            int to = (int) Math.min(total, ((long) from / size + 1) * size);
            out.add(new RunRange(out.size(), from, to));
            from = to;
        }
        return out;
    }
}
