package entente.experiment;

import ec.util.MersenneTwisterFast;
import entente.util.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Morris (1991) elementary effects from a Morris design: for each step of a trajectory,
 * (y after - y before) / step, with the step in unit coordinates, so an effect is the change
 * of the output over the factor's whole range. Per factor: the mean mu, the mean of absolute
 * effects mu* (Campolongo, Cariboni &amp; Saltelli 2007) with a 95 % bootstrap interval, and the
 * standard deviation sigma, which is large where the factor interacts or acts non-linearly.
 */
public final class MorrisEffects {
    public record Effect(String factor, double mu, double muStar, double muStarLow, double muStarHigh, double sigma,
                         int effects) {}

    private MorrisEffects() {}

    public static List<Effect> estimate(Design design, double[] y, int resamples, long seed) {
        if (design.type() != DesignType.MORRIS) {
            throw new IllegalArgumentException("elementary effects need a morris design, not " + design.type().key());
        }
        int d = design.factors().size();
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            effects.add(new ArrayList<>());
        }
        for (int p = 1; p < design.size(); p++) {
            int k = design.varied()[p];
            if (k >= 0) {
                effects.get(k).add((y[p] - y[p - 1]) / design.step()[p]);
            }
        }
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        List<Effect> out = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            double[] ee = effects.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            double[] abs = Arrays.stream(ee).map(Math::abs).toArray();
            double mu = Stats.mean(ee);
            double[] boot = new double[resamples];
            for (int r = 0; r < resamples; r++) {
                double sum = 0;
                for (int k = 0; k < abs.length; k++) {
                    sum += abs[rng.nextInt(abs.length)];
                }
                boot[r] = sum / abs.length;
            }
            double[] ci = Stats.percentileInterval(boot);
            out.add(new Effect(design.factors().get(i), mu, Stats.mean(abs), ci[0], ci[1], Stats.sd(ee, mu), ee.length));
        }
        return out;
    }
}
