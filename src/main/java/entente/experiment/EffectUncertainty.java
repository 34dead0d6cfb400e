package entente.experiment;

import entente.util.Stats;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * An effect measured across parameter uncertainty: D posterior draws, R replications each (common
 * random numbers within a draw). By the law of total variance the spread of single-run effects
 * splits into seed noise within a draw (W, pooled over draws) and the spread of the draws' true
 * effects (tau^2 = max(0, B - W / R), with B the variance of the draw means: the ANOVA estimator).
 *
 * <ul>
 * <li>The <b>seed-only</b> interval is what the effect's uncertainty would be if the parameters
 *     were known: mean ± t(D(R−1)) √(W / DR).</li>
 * <li>The <b>total</b> interval adds the parameters': mean ± √(seed half-width² + (1.96 tau)²),
 *     the range holding 95 % of the draws' true effects, widened by the seed noise of its centre.
 *     It is never narrower than the seed-only interval.</li>
 * <li>{@code pSign}: the probability that the effect has the sign of the mean, Φ(|mean| / σ) with
 *     σ² = tau² + W / DR (1 when nothing varies).</li>
 * </ul>
 */
public record EffectUncertainty(double mean, double seedLow, double seedHigh, double totalLow, double totalHigh,
                                double parameterSd, double pSign, int draws, int replications) {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final double Z975 = NORMAL.inverseCumulativeProbability(0.975);

    /** From the effect in each draw; every draw needs the same number (at least 2) of replications. */
    public static EffectUncertainty of(MeanEstimate[] byDraw) {
        int d = byDraw.length;
        int r = byDraw[0].count();
        if (d < 2 || r < 2) {
            throw new IllegalArgumentException("needs at least two draws of at least two replications");
        }
        double[] means = new double[d];
        double within = 0;
        for (int k = 0; k < d; k++) {
            if (byDraw[k].count() != r) {
                throw new IllegalArgumentException("every draw needs " + r + " replications");
            }
            means[k] = byDraw[k].difference();
            within += byDraw[k].variance();
        }
        within /= d;
        double mean = Stats.mean(means);
        double between = Math.pow(Stats.sd(means, mean), 2);
        double tau = Math.sqrt(Math.max(0, between - within / r));
        double seedHalf = Stats.t975(d * (r - 1)) * Math.sqrt(within / (d * r));
        double totalHalf = Math.sqrt(seedHalf * seedHalf + Math.pow(Z975 * tau, 2));
        double sigma = Math.sqrt(tau * tau + within / (d * r));
        double pSign = sigma == 0 ? 1 : NORMAL.cumulativeProbability(Math.abs(mean) / sigma);
        return new EffectUncertainty(mean, mean - seedHalf, mean + seedHalf, mean - totalHalf, mean + totalHalf, tau,
                pSign, d, r);
    }

    /** True when the total interval excludes zero: the sign holds across the parameters' uncertainty. */
    public boolean robust() {
        return totalLow > 0 || totalHigh < 0;
    }

    /** True when the seed-only interval excludes zero. */
    public boolean clearOnSeeds() {
        return seedLow > 0 || seedHigh < 0;
    }
}
