package entente.gui;

import java.math.BigDecimal;
import java.util.List;

/**
 * One of a lesson's few levers: a plain name for one number of the model (or for several that
 * move together, such as every state's fatigue), its unit and the range worth trying in class.
 */
record Lever(List<String> paths, String name, String shortName, String unit, double min, double max, double step) {
    Lever {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a lever needs at least one parameter path");
        }
        if (!(min < max) || !(step > 0) || step > max - min) {
            throw new IllegalArgumentException("lever '" + name + "': range " + min + " .. " + max
                    + " with step " + step + " is not a range");
        }
    }

    /** Decimals that show one step exactly (0.001 -> 3). */
    int decimals() {
        return Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
    }

    /** The number of steps from min to max: the slider's length. */
    int steps() {
        return (int) Math.round((max - min) / step);
    }

    /** The value at the k-th notch of the slider: min + k steps, without binary noise (0.012, not 0.012000000000000002). */
    double value(int k) {
        return BigDecimal.valueOf(min).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(k))).doubleValue();
    }

    /** The notch nearest a value, within the slider. */
    int notch(double v) {
        return (int) Math.round((Math.max(min, Math.min(max, v)) - min) / step);
    }

    /** "reaction 0.022". */
    String describe(double value) {
        return shortName + " " + Format.fixed(value, decimals());
    }
}
