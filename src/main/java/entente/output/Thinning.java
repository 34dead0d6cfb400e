package entente.output;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Fewer points for daily lines that have many more of them than the chart has pixels across:
 * the days are cut into {@code buckets} runs of neighbours (one per pixel column when buckets
 * is the chart's width), and each run keeps, for every line given, the days of its lowest and
 * highest value, in time order; the first and the last day are always kept. This is the
 * min-max reduction that M4 (Jugel, Jerzak, Hackenbroich and Markl 2014, "M4: a
 * visualization-oriented time series data aggregation", PVLDB 7(10)) refines with each column's
 * first and last point: the line through the kept days fills the same span of every pixel
 * column as the full line, and differs at most in how neighbouring columns join, within a
 * pixel, which the eye cannot tell. Lines given together keep the same days (a band's low and
 * high line). Lines of at most {@link #FACTOR} days per bucket are kept whole.
 */
public final class Thinning {
    /** Buckets for a chart {@link ChartFiles#WIDTH} wide: one per pixel column. */
    public static final int BUCKETS = ChartFiles.WIDTH;
    static final int FACTOR = 2;

    private Thinning() {}

    /** The days to keep of {@code days}, ascending, for lines that keep the same days ({@code lines[k][day]}); null: all. */
    public static int[] keep(int days, double[][] lines, int buckets) {
        if (days <= FACTOR * (long) buckets) {
            return null;
        }
        BitSet kept = new BitSet(days);
        kept.set(0);
        kept.set(days - 1);
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * days / buckets);
            int to = (int) ((long) (b + 1) * days / buckets);
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
