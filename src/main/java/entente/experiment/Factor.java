package entente.experiment;

import entente.scenario.Parameters;
import java.util.List;

/**
 * One input a sweep varies: a value set on one or more parameter paths (or, with {@code scale},
 * multiplying the scenario's value of each), taken from a list of values or a range.
 *
 * @param values the discrete values, or null for a range
 * @param lo lower end of the range (the smallest value for a list)
 * @param hi upper end of the range (the largest value for a list)
 * @param steps evenly spaced grid levels over the range, 0 when not given
 */
public record Factor(String name, List<String> paths, boolean scale, double[] values, double lo, double hi,
                     int steps) {

    /** The value at unit coordinate u in [0, 1]: linear over a range, the u-th share of a list. */
    public double at(double u) {
        if (values != null) {
            return values[Math.min(values.length - 1, (int) Math.floor(u * values.length))];
        }
        return Math.min(hi, Math.max(lo, lo + u * (hi - lo)));
    }

    /** The values a full grid takes: the list, or {@code steps} values from lo to hi. */
    public double[] levels() {
        if (values != null) {
            return values.clone();
        }
        double[] out = new double[steps];
        for (int k = 0; k < steps; k++) {
            out[k] = k == steps - 1 ? hi : lo + k * (hi - lo) / (steps - 1);
        }
        return out;
    }

    /** The parameters with this factor set to v (scaling the base values when {@code scale}). */
    public Parameters apply(Parameters base, Parameters p, double v) {
        Parameters out = p;
        for (String path : paths) {
            out = out.with(path, scale ? base.get(path) * v : v);
        }
        return out;
    }
}
