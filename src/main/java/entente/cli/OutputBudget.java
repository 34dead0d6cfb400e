package entente.cli;

import entente.experiment.Sweep;
import entente.scenario.Scenario;
import entente.util.Limits;

/**
 * How much a command is about to write, estimated before it starts, and the refusal of anything
 * over {@link Limits#OUTPUT_BUDGET_BYTES} unless --force is given: a period or a design that is
 * larger than meant is a message, not hours of work and a full disk.
 */
final class OutputBudget {
    /** Bytes of a row of timeseries.csv: 35.4 in the baseline's (1,677,132 bytes, 47,314 rows). */
    private static final int ROW_BYTES = 36;
    /** Bytes of the SVG and PNG charts per simulated day: about 4 KB in the baseline's. */
    private static final int CHART_BYTES_PER_DAY = 4_000;
    /** Bytes of one value of series/*.csv.gz (a row "run,date,metric,value", gzip'd about four to one). */
    private static final int SERIES_VALUE_BYTES = 10;
    /** Bytes of a line of runs.csv: a few hundred characters. */
    private static final int RUN_LINE_BYTES = 300;

    private OutputBudget() {}

    /** A run's folder: every metric of every day (2n(n-1) pair series among them), and the charts. */
    static long run(Scenario s, boolean charts) {
        long n = s.actorIds().size();
        long rows = s.days() * (6 + 3 * n + 2 * n * (n - 1));
        return rows * ROW_BYTES + (charts ? (long) s.days() * CHART_BYTES_PER_DAY : 0);
    }

    /** A sweep's folder: runs.csv and, with series, the series of every run. */
    static long sweep(Sweep w, boolean series) {
        long values = series ? (long) w.scenario().days() * w.metrics().series().size() : 0;
        return (long) w.runs() * (RUN_LINE_BYTES + values * SERIES_VALUE_BYTES);
    }

    static void check(long bytes, boolean force, String what) {
        if (bytes > Limits.OUTPUT_BUDGET_BYTES && !force) {
            throw new BadInput(what + " would write about " + Limits.size(bytes) + ", more than the "
                    + Limits.size(Limits.OUTPUT_BUDGET_BYTES) + " written without --force (docs/limits.md): give "
                    + "--force to write it, or ask for less (a shorter period, fewer runs or states)");
        }
    }
}
