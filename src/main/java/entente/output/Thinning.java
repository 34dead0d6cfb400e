package entente.output;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Fewer points for daily lines that have many more of them than the chart has pixels across:
 * the days are cut into {@code buckets} runs of neighbours (one per pixel column when buckets
 * is the plot's width), and each run keeps its first and last day and, for every line, the
 * days of its lowest and highest value (M4 aggregation: Jugel, Jerzak, Hackenbroich and Markl
 * 2014, "M4: a visualization-oriented time series data aggregation", PVLDB 7(10)). A line drawn
 * through the kept days crosses the same pixels as the full line, so the eye cannot tell them
 * apart. All lines of a chart keep the same days, so bands (a low and a high line) stay whole.
 * Fewer than {@link #FACTOR} days per bucket are kept whole: nothing to gain.
 */
public final class Thinning {
    /** Buckets for a chart {@link ChartFiles#WIDTH} wide: one per pixel column. */
    public static final int BUCKETS = ChartFiles.WIDTH;
    static final int FACTOR = 4;

    private Thinning() {}

    /** The days to keep of {@code days}, ascending, given every line of the chart ({@code lines[k][day]}). */
    public static int[] keep(int days, double[][] lines, int buckets) {
        if (days <= FACTOR * (long) buckets) {
            return null;
        }
        BitSet kept = new BitSet(days);
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * days / buckets);
            int to = (int) ((long) (b + 1) * days / buckets);
            kept.set(from);
            kept.set(to - 1);
            for (double[] y : lines) {
                int lo = from;
                int hi = from;
                for (int i = from; i < to; i++) {
                    lo = y[i] < y[lo] ? i : lo;
                    hi = y[i] > y[hi] ? i : hi;
                }
                kept.set(lo);
                kept.set(hi);
            }
        }
        return kept.stream().toArray();
    }

    /** The values at the kept days; the values themselves when {@code kept} is null (nothing thinned). */
    public static double[] pick(double[] values, int[] kept) {
        return kept == null ? values : Arrays.stream(kept).mapToDouble(i -> values[i]).toArray();
    }
}
