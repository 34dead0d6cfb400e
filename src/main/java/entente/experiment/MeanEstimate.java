package entente.experiment;

import entente.util.Stats;

/**
 * Running mean and variance (Welford) of paired samples: base, variant and their difference,
 * with a t-based 95% confidence interval for the mean difference.
 */
public final class MeanEstimate {
    private int n;
    private double base;
    private double variant;
    private double diff;
    private double m2;

    public void add(double b, double v) {
        n++;
        base += (b - base) / n;
        variant += (v - variant) / n;
        double d = v - b;
        double delta = d - diff;
        diff += delta / n;
        m2 += delta * (d - diff);
    }

    public int count() { return n; }
    public double baseMean() { return base; }
    public double variantMean() { return variant; }
    public double difference() { return diff; }

    /** Sample variance of the differences. */
    public double variance() {
        return n > 1 ? m2 / (n - 1) : 0;
    }

    /** Half-width of the 95% confidence interval of the mean difference (needs two samples). */
    public double halfWidth() {
        if (n < 2) {
            throw new IllegalStateException("a confidence interval needs at least two replications");
        }
        return Stats.t975(n - 1) * Math.sqrt(variance() / n);
    }

    public double low() { return diff - halfWidth(); }
    public double high() { return diff + halfWidth(); }

    /** True when the interval excludes zero. */
    public boolean clear() {
        return low() > 0 || high() < 0;
    }
}
