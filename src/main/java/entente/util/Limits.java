package entente.util;

/**
 * The largest inputs Entente accepts, checked before any work starts, so that a typo (a period
 * to the year 9999, a design of 10^9 points) is a message rather than hours of work, gigabytes
 * on disk or a crash for want of memory. docs/limits.md says the same for users.
 */
public final class Limits {
    /**
     * A scenario's period: the model is one of years of diplomacy; a century is 36,525 daily steps
     * (tests of the dynamics' rest points run 61 years).
     */
    public static final int MAX_YEARS = 100;
    /**
     * States in a scenario: every number between states is per pair (affinity, threat, dependence:
     * n(n-1) each) and each day writes 2n(n-1) pair series, 19,800 for 100 states (the shipped
     * scenarios have 6; bench --scaling measures regions of up to 96). The time of a run grows
     * faster than n squared; the output budget stops a run whose tables would be too large.
     */
    public static final int MAX_ACTORS = 100;
    /** Dated events in a scenario: the baseline has 69; each is simulated and written as it fires. */
    public static final int MAX_EVENTS = 20_000;
    /** Runs of a sweep or comparison (points x replications): runs.csv grows by about 200 bytes a run. */
    public static final long MAX_RUNS = 10_000_000;
    /** Points of a sweep's design, all held in memory while it runs. */
    public static final long MAX_POINTS = 1_000_000;
    /** Files a run or a sweep with --series may write without --force: an estimate over this stops it first. */
    public static final long OUTPUT_BUDGET_BYTES = 2L << 30;

    private Limits() {}

    /** A size for messages: "1.5 GB". */
    public static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format("%.1f GB", bytes / (double) (1L << 30))
                : String.format("%d MB", Math.max(1, bytes >> 20));
    }
}
