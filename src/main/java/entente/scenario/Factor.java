package entente.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value set on one or more parameter paths (or, with {@code scale}, multiplying the scenario's
 * value of each): what a sweep varies and what a calibration fits. Its values are a list or
 * the range [min, max]; both readers take the same syntax ({@link FactorReader}).
 *
 * @param values the discrete values, or null for a range
 * @param min    lower end of the range (the smallest value for a list)
 * @param max    upper end of the range (the largest value for a list)
 * @param steps  evenly spaced grid levels over the range, 0 when not given
 * @param note   why the factor varies, or where its range comes from ("" when not given)
 */
public record Factor(String name, List<String> paths, boolean scale, double[] values, double min, double max,
                     int steps, String note) {

    /** A factor over a range that sets each path to its value (how calibration names its free parameters). */
    public Factor(String name, List<String> paths, double min, double max, String note) {
        this(name, paths, false, null, min, max, 0, note);
    }

    /** The value at unit coordinate u in [0, 1]: linear over a range, the u-th share of a list. */
    public double at(double u) {
        if (values != null) {
            return values[Math.min(values.length - 1, (int) Math.floor(u * values.length))];
        }
        return Math.min(max, Math.max(min, min + u * (max - min)));
    }

    /** The values a full grid takes: the list, or {@code steps} values from min to max. */
    public double[] levels() {
        if (values != null) {
            return values.clone();
        }
        double[] out = new double[steps];
        for (int k = 0; k < steps; k++) {
            out[k] = k == steps - 1 ? max : min + k * (max - min) / (steps - 1);
        }
        return out;
    }

    /** The parameters with this factor set to v (scaling the base values when {@code scale}). */
    public Parameters apply(Parameters base, Parameters p, double v) {
        Map<String, Double> changes = new LinkedHashMap<>();
        set(base, v, changes);
        return p.with(changes);
    }

    /** Puts the values this factor gives its paths at v into {@code changes} (scaling the base values when {@code scale}). */
    public void set(Parameters base, double v, Map<String, Double> changes) {
        for (String path : paths) {
            changes.put(path, scale ? base.get(path) * v : v);
        }
    }
}
