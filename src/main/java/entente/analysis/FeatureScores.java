package entente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;

/**
 * How much each factor drives an output, from the sample itself (any design), in two scores:
 *
 * <ul>
 *   <li>the <b>first-order share</b>, the correlation ratio η² of the output on the factor
 *       (Pearson 1905; as a given-data estimate of the first-order Sobol' index, Plischke 2010,
 *       "An effective algorithm for computing global sensitivity indices (EASI)"): the points
 *       are put into bins by the factor's value (equal counts, or one bin per value when the
 *       factor takes few values), and η² is the share of the output's variance that lies
 *       between the bins' means. Random bins explain some variance too (about (bins − 1) / (n − 1)
 *       of it), so the share is adjusted as R² is: 1 − (1 − η²)(n − 1)/(n − bins), at least 0.
 *       It sees any shape of dependence, monotone or not, and ranks the factors;</li>
 *   <li>the <b>Spearman rank correlation</b> (Commons Math), which gives the direction of a
 *       monotone dependence (−1 … 1) and misses one that rises and falls.</li>
 * </ul>
 *
 * The bins' means are also the factor's partial dependence: where the design draws factors
 * independently (random, Latin hypercube, Sobol' sequence, grids), the mean output over the
 * points in a bin averages the other factors over their distribution, which is the partial
 * dependence function of Friedman (2001) estimated without a metamodel.
 */
public final class FeatureScores {
    /** Most bins per factor (with n points: about √n of them, at least 2). */
    static final int MAX_BINS = 20;
    /** Fewer points per bin than this and the first-order shares are noisy: the analysis says so. */
    public static final int FEW_PER_BIN = 10;
    /** Variance below this share of the squared mean is rounding: the output is constant. */
    static final double CONSTANT = 1e-20;

    /**
     * A factor's scores for one output.
     *
     * @param binX    mean factor value in each bin, ascending
     * @param binMean mean output in each bin (the partial dependence)
     */
    public record Score(String factor, double firstOrder, double spearman, double[] binX, double[] binMean) {}

    private FeatureScores() {}

    /**
     * Scores of every factor, largest first-order share first (ties: factor order). Points whose
     * output is NaN (no runs) are left out; with fewer than three points, or an output that does
     * not vary, every score is NaN.
     *
     * @param x values[point][factor], as in the design
     * @param y the output at each point
     */
    public static List<Score> score(List<String> factors, double[][] x, double[] y) {
        return new Design(factors, x).score(y);
    }

    /** Bins used for n points: about √n, at most {@link #MAX_BINS}, at least 2. */
    public static int bins(int n) {
        return Math.max(2, Math.min(MAX_BINS, (int) Math.round(Math.sqrt(n))));
    }

    /**
     * The design's side of the scores, for scoring many outputs: each factor's order, bins and
     * ranks are found once for the points an output has, not once per output. Threads may score
     * outputs at once.
     */
    public static final class Design {
        private final List<String> factors;
        private final double[][] x;
        private int[] keep;
        private List<Factor> sorted;

        /** @param x values[point][factor], as in the design */
        public Design(List<String> factors, double[][] x) {
            this.factors = factors;
            this.x = x;
        }

        /** As {@link FeatureScores#score(List, double[][], double[])}. */
        public List<Score> score(double[] y) {
            int[] kept = IntStream.range(0, y.length).filter(i -> !Double.isNaN(y[i])).toArray();
            double[] ys = Arrays.stream(kept).mapToDouble(i -> y[i]).toArray();
            List<Factor> prepared = factors(kept);
            double[] ranks = null;
            List<Score> out = new ArrayList<>();
            for (Factor f : prepared) {
                Score s = f.score(ys);
                if (s == null) {
                    ranks = ranks != null ? ranks : new NaturalRanking().rank(ys);
                    s = f.score(ys, ranks);
                }
                out.add(s);
            }
            out.sort(Comparator.comparingDouble((Score s) -> Double.isNaN(s.firstOrder()) ? -1 : s.firstOrder()).reversed());
            return out;
        }

        /** The factors over the kept points; outputs of one sweep keep the same points. */
        private synchronized List<Factor> factors(int[] kept) {
            if (!Arrays.equals(kept, keep)) {
                sorted = new ArrayList<>();
                for (int j = 0; j < factors.size(); j++) {
                    final int f = j;
                    sorted.add(new Factor(factors.get(j), Arrays.stream(kept).mapToDouble(i -> x[i][f]).toArray()));
                }
                keep = kept;
            }
            return sorted;
        }
    }

    /** A factor's values at the kept points, their bins and ranks. */
    private static final class Factor {
        private final String name;
        private final double[] x;
        private final int[] bin;
        private final int bins;
        private final double[] binX;
        private final int[] count;
        private final double[] ranks;

        Factor(String name, double[] x) {
            this.name = name;
            this.x = x;
            int n = x.length;
            Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> x[i])).toArray(Integer[]::new);
            bin = n < 3 ? new int[0] : binOf(x, order, bins(n));
            bins = Arrays.stream(bin).max().orElse(0) + 1;
            double[] sumX = new double[bins];
            count = new int[bins];
            for (int i = 0; i < bin.length; i++) {
                sumX[bin[i]] += x[i];
                count[bin[i]]++;
            }
            binX = new double[bins];
            for (int k = 0; k < bins; k++) {
                binX[k] = sumX[k] / count[k];
            }
            ranks = n < 3 ? null : new NaturalRanking().rank(x);
        }

        /** The score, or null when it needs the output's ranks (it varies and there are several bins). */
        Score score(double[] y) {
            return score(y, null);
        }

        /** Spearman's correlation is Pearson's of the ranks, as Commons Math computes it. */
        Score score(double[] y, double[] yRanks) {
            int n = y.length;
            if (n < 3) {
                return new Score(name, Double.NaN, Double.NaN, new double[0], new double[0]);
            }
            double[] sumY = new double[bins];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sumY[bin[i]] += y[i];
                sum += y[i];
            }
            double mean = sum / n;
            double total = 0;
            for (double v : y) {
                total += (v - mean) * (v - mean);
            }
            if (total <= CONSTANT * n * (mean * mean + 1)) {
                // an output that does not vary (up to rounding): no factor explains any of it
                return new Score(name, Double.NaN, Double.NaN, new double[0], new double[0]);
            }
            if (bins > 1 && yRanks == null) {
                return null;
            }
            double between = 0;
            double[] binMean = new double[bins];
            for (int k = 0; k < bins; k++) {
                binMean[k] = sumY[k] / count[k];
                between += count[k] * (binMean[k] - mean) * (binMean[k] - mean);
            }
            double eta2 = between / total;
            double adjusted = bins > 1 && n > bins ? Math.max(0, 1 - (1 - eta2) * (n - 1) / (n - bins)) : 0;
            double rho = bins > 1 ? new PearsonsCorrelation().correlation(ranks, yRanks) : 0;
            return new Score(name, adjusted, rho, binX.clone(), binMean);
        }
    }

    /**
     * Each point's bin: one per distinct value when there are at most {@code bins} of them, else
     * about equal counts in value order, with equal values always in the same bin.
     */
    private static int[] binOf(double[] x, Integer[] order, int bins) {
        int n = x.length;
        long distinct = Arrays.stream(x).distinct().count();
        int[] bin = new int[n];
        int k = 0;
        for (int r = 0; r < n; r++) {
            int i = order[r];
            if (r > 0 && x[i] != x[order[r - 1]]) {
                // a new value: start a new bin when every value has its own, or the bin is full
                if (distinct <= bins || r >= (long) (k + 1) * n / bins) {
                    k++;
                }
            }
            bin[i] = k;
        }
        return bin;
    }
}
