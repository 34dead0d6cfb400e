package entente.model;

import ec.util.MersenneTwisterFast;
import entente.scenario.EventOrigin;
import entente.scenario.UtilityFeature;
import java.util.List;

/**
 * A state's weekly choice: a logit (softmax) over the utilities of its actions, against
 * "do nothing" at utility 0, drawn with the simulation's own random number generator.
 */
final class Deliberation {
    private Deliberation() {}

    /** The chosen action as an event dated {@code day}, or null for "do nothing". */
    static ModelEvent choose(World w, List<Action> options, double temperature, MersenneTwisterFast rng, int day) {
        if (options.isEmpty()) {
            return null;
        }
        double[][] features = new double[options.size()][];
        double[] weights = new double[options.size()];
        double total = 1;
        for (int k = 0; k < options.size(); k++) {
            features[k] = options.get(k).features(w);
            weights[k] = Math.exp(options.get(k).utility(features[k]) / temperature);
            total += weights[k];
        }
        double u = rng.nextDouble() * total;
        for (int k = 0; k < options.size(); k++) {
            u -= weights[k];
            if (u < 0) {
                return toEvent(options.get(k), features[k], weights[k] / total, day);
            }
        }
        return null;
    }

    private static ModelEvent toEvent(Action a, double[] features, double probability, int day) {
        return new ModelEvent(day, a.spec.id(), a.spec.type(), a.participants, a.targets, a.intensity,
                a.spec.subtype(), a.spec.overflight(), Double.NaN, EventOrigin.DECISION, "", "", explain(a, features, probability));
    }

    /** "PRK chose prk-srbm: p=0.412; U=-0.35 = bias -2 + provocation 1.5x1.234" for events.csv. */
    private static String explain(Action a, double[] features, double probability) {
        StringBuilder sb = new StringBuilder(96).append(a.spec.actor()).append(" chose ").append(a.spec.id())
                .append(": p=").append(threeDecimals(probability))
                .append("; U=").append(threeDecimals(a.utility(features))).append(" =");
        String sep = " ";
        for (UtilityFeature f : UtilityFeature.values()) {
            double c = a.coefficients[f.ordinal()];
            if (c == 0) {
                continue;
            }
            sb.append(sep).append(f.key()).append(' ').append(threeDecimals(c));
            if (f != UtilityFeature.BIAS) {
                sb.append('x').append(threeDecimals(features[f.ordinal()]));
            }
            sep = " + ";
        }
        return sb.toString();
    }

    /** Rounded to three decimals, without trailing zeros; cheaper than String.format in a hot loop. */
    static String threeDecimals(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1000), 3).stripTrailingZeros().toPlainString();
    }
}
