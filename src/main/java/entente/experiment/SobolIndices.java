package entente.experiment;

import ec.util.MersenneTwisterFast;
import entente.util.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * Sobol' first-order and total-order indices from a Saltelli design: the first-order
 * estimator of Saltelli et al. (2010), S_i = mean(f_B (f_ABi - f_A)) / V, and Jansen's (1999)
 * total-order estimator, ST_i = mean((f_A - f_ABi)^2) / (2V), with V the variance of the A and
 * B outputs together; 95 % percentile intervals by resampling base rows. f_B is centred on the
 * mean output first: the same in expectation, far less noisy when the mean is large next to
 * the spread (cohesion near 0.6 that varies by 0.01).
 */
public final class SobolIndices {
    /** Indices of one factor with their bootstrap intervals; NaN when the output does not vary. */
    public record Index(String factor, double first, double firstLow, double firstHigh, double total,
                        double totalLow, double totalHigh) {}

    private SobolIndices() {}

    /** @param y the output at every design point */
    public static List<Index> estimate(Design design, double[] y, int resamples, long seed) {
        return estimate(design, List.of(y), resamples, seed).get(0);
    }

    /**
     * The indices of several outputs, each exactly as {@link #estimate(Design, double[], int, long)}
     * gives it alone: every output's bootstrap resamples the same base rows, so they are drawn
     * once for all of them, and a base row's values for all of them lie together in memory.
     *
     * @param ys each output at every design point
     */
    public static List<List<Index>> estimate(Design design, List<double[]> ys, int resamples, long seed) {
        if (design.type() != DesignType.SALTELLI) {
            throw new IllegalArgumentException("Sobol' indices need a saltelli design, not " + design.type().key());
        }
        int d = design.factors().size();
        BaseRows table = new BaseRows(design, ys);
        int n = table.n;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = table.indices(all);
        double[][][] boot = new double[ys.size()][2 * d][resamples];
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        int[] rows = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            double[][] s = table.indices(rows);
            for (int o = 0; o < ys.size(); o++) {
                for (int k = 0; k < 2 * d; k++) {
                    boot[o][k][r] = s[o][k];
                }
            }
        }
        List<List<Index>> out = new ArrayList<>();
        for (int o = 0; o < ys.size(); o++) {
            List<Index> ix = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                double[] ci1 = Stats.percentileInterval(boot[o][i]);
                double[] ciT = Stats.percentileInterval(boot[o][d + i]);
                ix.add(new Index(design.factors().get(i), point[o][i], ci1[0], ci1[1], point[o][d + i], ciT[0], ciT[1]));
            }
            out.add(ix);
        }
        return out;
    }

    /**
     * The outputs by base row j, a row after another: f_A of every output, then f_B of every
     * output, then f_ABi of every output for each factor i; the sums below run over the outputs
     * innermost, a loop the compiler turns into vector instructions.
     */
    private static final class BaseRows {
        /** Rows summed from a copy at a time: a few kB, in the fastest cache. */
        private static final int CHUNK = 64;
        final int n;
        private final int d;
        private final int outputs;
        private final int stride;
        private final double[] values;
        /** Drawn rows, copied together to be summed in order. */
        private final double[] chunk;

        BaseRows(Design design, List<double[]> ys) {
            d = design.factors().size();
            n = design.size() / (d + 2);
            outputs = ys.size();
            stride = (d + 2) * outputs;
            values = new double[n * stride];
            chunk = new double[CHUNK * stride];
            for (int p = 0; p < design.size(); p++) {
                int v = design.varied()[p];
                int column = v == Design.NONE ? 0 : v == Design.B ? 1 : 2 + v;
                for (int o = 0; o < outputs; o++) {
                    values[design.block()[p] * stride + column * outputs + o] = ys.get(o)[p];
                }
            }
        }

        /**
         * For each output, {first-order[], total-order[]} of every factor, one after the other,
         * over the given base rows (repeats allowed). The estimators of the class comment; each
         * sum adds its terms in the order of {@code rows}, so an output's indices do not depend
         * on the others beside it.
         */
        double[][] indices(int[] rows) {
            int g = outputs;
            double[] mean = new double[g];
            for (int from = 0; from < rows.length; from += CHUNK) {
                for (int at = 0, end = gather(rows, from) * stride; at < end; at += stride) {
                    for (int o = 0; o < g; o++) {
                        mean[o] += chunk[at + o] + chunk[at + g + o];
                    }
                }
            }
            int n = rows.length;
            for (int o = 0; o < g; o++) {
                mean[o] /= 2 * n;
            }
            double[] var = new double[g];
            double[] sums = new double[2 * d * g]; // factor i's first-order sum of output o at i*g+o, total-order at (d+i)*g+o
            for (int from = 0; from < rows.length; from += CHUNK) {
                for (int at = 0, end = gather(rows, from) * stride; at < end; at += stride) {
                    for (int o = 0; o < g; o++) {
                        double a = chunk[at + o];
                        double b = chunk[at + g + o];
                        var[o] += (a - mean[o]) * (a - mean[o]) + (b - mean[o]) * (b - mean[o]);
                    }
                    for (int i = 0; i < d; i++) {
                        int ab = at + (2 + i) * g;
                        int first = i * g;
                        int total = (d + i) * g;
                        for (int o = 0; o < g; o++) {
                            double diff = chunk[ab + o] - chunk[at + o];
                            sums[first + o] += (chunk[at + g + o] - mean[o]) * diff;
                            sums[total + o] += diff * diff;
                        }
                    }
                }
            }
            double[][] s = new double[g][2 * d];
            for (int o = 0; o < g; o++) {
                double v = var[o] / (2 * n);
                for (int i = 0; i < d; i++) {
                    s[o][i] = v > 0 ? sums[i * g + o] / n / v : Double.NaN;
                    s[o][d + i] = v > 0 ? sums[(d + i) * g + o] / (2.0 * n) / v : Double.NaN;
                }
            }
            return s;
        }

        /**
         * Copies the rows from {@code rows[from]} on, at most {@link #CHUNK}, side by side into
         * {@link #chunk}; returns how many. The copies do not wait on each other, so the memory
         * fetches the randomly drawn rows at once; summing them where they lay was bound by the
         * memory's latency once the table outgrew the cache (a million-run sweep).
         */
        private int gather(int[] rows, int from) {
            int count = Math.min(CHUNK, rows.length - from);
            for (int r = 0; r < count; r++) {
                System.arraycopy(values, rows[from + r] * stride, chunk, r * stride, stride);
            }
            return count;
        }
    }
}
