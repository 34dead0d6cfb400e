package entente.model;

import ec.util.MersenneTwisterFast;
import entente.scenario.EventOrigin;
import entente.scenario.UtilityFeature;
import java.io.Serializable;
import java.util.List;

/**
 * A state's daily choice: a logit (softmax) over the utilities of its actions, against "do
 * nothing", drawn with the simulation's own random number generator. Doing nothing weighs
 * {@code decision_interval} (utility ln of it), so an option of utility 0 is taken about once in
 * that many days and a state can act on any day of the week.
 */
final class Deliberation {
    /** Caps U/τ so that exp() cannot overflow; e^50 already outweighs any other option. */
    static final double MAX_EXPONENT = 50;

    private Deliberation() {}

    /**
     * The chosen action among one state's {@code options} as an event dated {@code day}, or null
     * for "do nothing", doing nothing weighing {@code idleWeight} (a state's own daily choice:
     * decision_interval).
     */
    static ModelEvent choose(World w, List<Action> options, double idleWeight, MersenneTwisterFast rng, int day) {
        return choose(w, options, idleWeight, rng, day, new double[options.size()][UtilityFeature.values().length],
                new double[options.size()]);
    }

    /** The same choice, working in the caller's arrays (a row of features per option, a weight per option). */
    static ModelEvent choose(World w, List<Action> options, double idleWeight, MersenneTwisterFast rng, int day,
                             double[][] features, double[] weights) {
        if (options.isEmpty()) {
            return null;
        }
        int size = options.size();
        double total = idleWeight;
        double restraint = w.restraint(options.get(0).actor);
        for (int k = 0; k < size; k++) {
            Action a = options.get(k);
            a.features(w, restraint, features[k]);
            weights[k] = Math.exp(Math.min(MAX_EXPONENT, a.utility(features[k]) / w.temperature));
            total += weights[k];
        }
        double u = rng.nextDouble() * total;
        for (int k = 0; k < size; k++) {
            u -= weights[k];
            if (u < 0) {
                return toEvent(options.get(k), features[k].clone(), weights[k] / total, day);
            }
        }
        return null;
    }

    /** The probability that the state takes one of its options (all its own) today rather than doing nothing. */
    static double hazard(World w, List<Action> options) {
        double[] f = new double[UtilityFeature.values().length];
        double acting = 0;
        for (Action a : options) {
            a.features(w, w.restraint(a.actor), f);
            acting += Math.exp(Math.min(MAX_EXPONENT, a.utility(f) / w.temperature));
        }
        return acting / (acting + w.idleWeight);
    }

    private static ModelEvent toEvent(Action a, double[] features, double probability, int day) {
        return new ModelEvent(day, a.spec.id(), a.spec.type(), a.participants, a.targets, a.intensity,
                a.spec.subtype(), a.spec.overflight(), Double.NaN, EventOrigin.DECISION, "", "",
                new Explanation(a.spec.actor(), a.spec.id(), a.coefficients, features, probability));
    }

    /**
     * "PRK chose prk-srbm: p=0.412; U=-0.35 = bias -2 + provocation 1.5x1.234", written when
     * first read: the numbers are kept (coefficient arrays are replaced, never changed, by a
     * dated change; the features are this choice's own), the text costs nothing until asked for.
     */
    private record Explanation(String actor, String action, double[] coefficients, double[] features,
                               double probability) implements CharSequence, Serializable {
        @Override
        public String toString() {
            double utility = Action.utility(coefficients, features);
            StringBuilder sb = new StringBuilder(96).append(actor).append(" chose ").append(action)
                    .append(": p=").append(threeDecimals(probability))
                    .append("; U=").append(threeDecimals(utility)).append(" =");
            String sep = " ";
            for (UtilityFeature f : UtilityFeature.values()) {
                double c = coefficients[f.ordinal()];
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

        @Override
        public int length() {
            return toString().length();
        }

        @Override
        public char charAt(int index) {
            return toString().charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }
    }

    /** Rounded to three decimals, without trailing zeros; cheaper than String.format in a hot loop. */
    static String threeDecimals(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1000), 3).stripTrailingZeros().toPlainString();
    }
}
