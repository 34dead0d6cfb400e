package entente.util;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/** Small statistics used by the analysis: mean, standard deviation, t intervals, quantiles. */
public final class Stats {
    private static final java.util.Map<Integer, Double> T_QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

    private Stats() {}

    /** Mean, sample standard deviation and 95 % t confidence interval of the mean; NaN where undefined. */
    public record Summary(int n, double mean, double sd, double low, double high) {}

    /** The 97.5 % quantile of Student's t, remembered: analyses ask for the same few again and again. */
    public static double t975(int degrees) {
        return T_QUANTILES.computeIfAbsent(degrees,
                d -> new TDistribution(null, d).inverseCumulativeProbability(0.975));
    }

    public static Summary summarize(double[] v) {
        int n = v.length;
        double mean = mean(v);
        if (n < 2) {
            return new Summary(n, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = sd(v, mean);
        double half = t975(n - 1) * sd / Math.sqrt(n);
        return new Summary(n, mean, sd, mean - half, mean + half);
    }

    public static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return v.length == 0 ? Double.NaN : sum / v.length;
    }

    /** Sample standard deviation (n - 1 in the denominator). */
    public static double sd(double[] v, double mean) {
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return v.length < 2 ? Double.NaN : Math.sqrt(ss / (v.length - 1));
    }

    /** The p-quantile by linear interpolation between order statistics (Hyndman &amp; Fan type 7). */
    public static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The central 95 % of bootstrap replicates (percentile interval); NaN replicates are left out. */
    public static double[] percentileInterval(double[] replicates) {
        double[] v = Arrays.stream(replicates).filter(x -> !Double.isNaN(x)).sorted().toArray();
        return v.length == 0 ? new double[] {Double.NaN, Double.NaN}
                : new double[] {quantile(v, 0.025), quantile(v, 0.975)};
    }
}
