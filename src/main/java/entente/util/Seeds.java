package entente.util;

/**
 * Per-run seeds derived from a master seed and the run's index alone, so a run gets the same
 * seed whichever thread runs it and in whatever order. The mix is SplitMix64's finaliser
 * (Steele, Lea &amp; Flood 2014), which spreads neighbouring inputs over all 64 bits.
 */
public final class Seeds {
    private Seeds() {}

    public static long forRun(long master, long index) {
        long z = master + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Integers up to this magnitude survive a trip through a double (R, Excel, JavaScript) exactly. */
    public static final long EXACT_IN_DOUBLE = 1L << 53;

    /**
     * A seed as a CSV field: a plain number when a double holds it exactly, else quoted, so
     * that it reads as text; a loader should read seed columns as text (docs/loading.md).
     */
    public static String csvField(long seed) {
        return Math.abs(seed) <= EXACT_IN_DOUBLE && seed != Long.MIN_VALUE ? Long.toString(seed) : "\"" + seed + "\"";
    }
}
