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
     * The outputs by base row j: for each output, f_A, f_B, then f_ABi for every factor i, the
     * rows one after another.
     */
    private static final class BaseRows {
        final int n;
        private final int d;
        private final int outputs;
        private final int width;
        private final double[] values;

        BaseRows(Design design, List<double[]> ys) {
            d = design.factors().size();
            n = design.size() / (d + 2);
            outputs = ys.size();
            width = d + 2;
            values = new double[n * outputs * width];
            for (int p = 0; p < design.size(); p++) {
                int v = design.varied()[p];
                int column = v == Design.NONE ? 0 : v == Design.B ? 1 : 2 + v;
                for (int o = 0; o < outputs; o++) {
                    values[(design.block()[p] * outputs + o) * width + column] = ys.get(o)[p];
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
            double[] mean = new double[outputs];
            for (int j : rows) {
                for (int o = 0, at = j * outputs * width; o < outputs; o++, at += width) {
                    mean[o] += values[at] + values[at + 1];
                }
            }
            for (int o = 0; o < outputs; o++) {
                mean[o] /= 2 * rows.length;
            }
            double[] var = new double[outputs];
            double[][] s = new double[outputs][2 * d];
            for (int j : rows) {
                for (int o = 0, at = j * outputs * width; o < outputs; o++, at += width) {
                    double a = values[at];
                    double b = values[at + 1];
                    double m = mean[o];
                    var[o] += (a - m) * (a - m) + (b - m) * (b - m);
                    double[] sums = s[o];
                    for (int i = 0; i < d; i++) {
                        double diff = values[at + 2 + i] - a;
                        sums[i] += (b - m) * diff;
                        sums[d + i] += diff * diff;
                    }
                }
            }
            int n = rows.length;
            for (int o = 0; o < outputs; o++) {
                double v = var[o] / (2 * n);
                for (int i = 0; i < d; i++) {
                    s[o][i] = v > 0 ? s[o][i] / n / v : Double.NaN;
                    s[o][d + i] = v > 0 ? s[o][d + i] / (2.0 * n) / v : Double.NaN;
                }
            }
            return s;
        }
    }
}
