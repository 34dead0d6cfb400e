package entente.gui;

import entente.scenario.ParameterFamily;
import entente.scenario.ParameterRegistry;

/**
 * Plain words for a parameter path, from the parameter registry: the one place the window asks
 * for a label, a unit, a group or a description.
 */
final class ParameterLabels {
    private ParameterLabels() {}

    /** "PRK's sensitivity to joint exercise (× the standard reaction)". */
    static String label(String path) {
        ParameterFamily f = ParameterRegistry.family(path);
        String label = f.label(path);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + (f.unit().isEmpty() ? "" : " (" + f.unit() + ")");
    }

    /** The group the registry puts it in: "Model coefficients", "States' preferences" … */
    static String group(String path) {
        return ParameterRegistry.family(path).group().title();
    }

    /** What the number does, and its path, for a tooltip. */
    static String description(String path) {
        return ParameterRegistry.family(path).description() + " (" + path + ")";
    }
}
