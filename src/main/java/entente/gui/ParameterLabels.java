package entente.gui;

import entente.scenario.Dynamics;
import entente.scenario.EffectField;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.util.Locale;

/**
 * Plain words for a parameter path: a label and what it means. The one place the window asks,
 * so that it can switch to the parameter registry's own descriptions when they come.
 */
final class ParameterLabels {
    private ParameterLabels() {}

    /** "North Korea: sensitivity to joint exercise", "Pull of a common threat on affinity". */
    static String label(String path, Scenario s) {
        String[] p = path.split("\\.");
        return switch (p[0]) {
            case "dynamics" -> capital(Dynamics.valueOf(p[1].toUpperCase(Locale.ROOT)).description());
            case "actors" -> SeriesNames.name(p[1], s) + ": " + actorField(p);
            case "treaties" -> "Treaty " + p[1].replace("-", "–") + ": strength";
            case "effects" -> "Effect of " + noun(p[1]) + ": " + effect(p);
            case "events" -> "Event " + p[1] + ": " + words(p[2]);
            case "actions" -> "Option " + p[1] + ": " + (p.length > 3 ? "utility of " + words(p[3]) : words(p[2]));
            default -> path;
        };
    }

    /** The longer explanation shown when hovering over a parameter. */
    static String description(String path, Scenario s) {
        String[] p = path.split("\\.");
        String what = switch (p[0]) {
            case "dynamics" -> "a coefficient of the model, the same for every state";
            case "actors" -> "a preference or starting value of " + SeriesNames.name(p[1], s);
            case "treaties" -> "how binding the treaty is (0 none … 1 full alliance)";
            case "effects" -> p.length == 3 && !p[2].equals("overflight")
                    ? EffectField.valueOf(p[2].toUpperCase(Locale.ROOT)).description()
                    : "a multiplier of the event's weight";
            case "events" -> "a number of one event of the scenario's timeline";
            case "actions" -> "a number of one option a state weighs when it deliberates";
            default -> "";
        };
        return what + " (" + path + ")";
    }

    private static String actorField(String[] p) {
        if (p.length == 4) {
            return switch (p[2]) {
                case "affinity" -> "affinity to " + p[3];
                case "dependence" -> "dependence on " + p[3];
                case "sensitivity" -> "sensitivity to " + noun(p[3]);
                default -> words(p[2]) + " " + p[3];
            };
        }
        return words(p[2]);
    }

    private static String effect(String[] p) {
        if (p.length == 4) {
            return "weight of " + p[3];
        }
        return p[2].equals("overflight") ? "weight of flying over Japan" : words(p[2]);
    }

    private static String noun(String type) {
        try {
            return EventLines.noun(EventType.valueOf(type));
        } catch (IllegalArgumentException e) {
            return words(type);
        }
    }

    private static String words(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
