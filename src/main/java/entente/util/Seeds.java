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
}
