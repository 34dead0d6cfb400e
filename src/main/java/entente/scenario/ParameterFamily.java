package entente.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A family of parameters: every number whose path fits one template, such as
 * {@code actors.{actor}.sensitivity.{type}}. It says all that the readers, the writer, the
 * JSON Schema, range checks, the model, the GUI, sweeps and calibration need to know of those
 * numbers. A family's YAML location is its path: nested keys under {@code dynamics},
 * {@code actors} and {@code effects}; under {@code events}, {@code actions} and
 * {@code treaties} the second part names a list item by its id (a treaty by its parties).
 *
 * @param template    the path with placeholders in braces, one per part
 * @param defaultValue the value when a scenario omits it; NaN when it must be given, and
 *                     negative infinity when the model derives it (grievance)
 * @param unit        unit of the number, "" where it has none
 * @param label       a plain-language name; placeholders are filled in by {@link #label(String)}
 * @param description what the number does, for documentation and tooltips
 */
public record ParameterFamily(String template, double defaultValue, double min, double max, String unit,
                              String label, String description, Group group) {

    /** Where the GUI and the parameter listing show a family. */
    public enum Group {
        DYNAMICS("Model coefficients"), STATES("States"), PREFERENCES("States' preferences"),
        TREATIES("Treaties"), EFFECTS("Effects of events"), EVENTS("Timeline events"), OPTIONS("States' options"),
        CHANGES("Policy changes");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What a placeholder stands for; the values come from the scenario or from the enums. */
    public enum Slot { ACTOR, OTHER, TYPE, CLASS, TREATY, EVENT, ACTION, CHANGE }

    public ParameterFamily {
        if (!(min <= max)) {
            throw new IllegalArgumentException(template + ": empty range");
        }
    }

    public String[] parts() {
        return split().clone();
    }

    /** The template's parts, split once per family: paths are built and matched in every scenario's set-up. */
    private String[] split() {
        return PARTS.computeIfAbsent(template, t -> t.split("\\."));
    }

    private static final java.util.Map<String, String[]> PARTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The placeholders of the template, in order. */
    public List<Slot> slots() {
        List<Slot> out = new ArrayList<>();
        for (String p : split()) {
            if (p.startsWith("{")) {
                out.add(Slot.valueOf(p.substring(1, p.length() - 1).toUpperCase()));
            }
        }
        return out;
    }

    /** The path with the placeholders filled in order: {@code path("PRK", "JOINT_EXERCISE")}. */
    public String path(String... values) {
        String[] parts = split();
        StringBuilder sb = new StringBuilder(template.length() + 16);
        int k = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('.');
            }
            if (parts[i].startsWith("{")) {
                if (k == values.length) {
                    throw new IllegalArgumentException(template + " needs " + slots().size() + " values");
                }
                sb.append(values[k++]);
            } else {
                sb.append(parts[i]);
            }
        }
        if (k != values.length) {
            throw new IllegalArgumentException(template + " needs " + slots().size() + " values");
        }
        return sb.toString();
    }

    /** True when the path fits the template (placeholders match any one part). */
    public boolean matches(String[] pathParts) {
        String[] parts = split();
        if (parts.length != pathParts.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].startsWith("{") && !parts[i].equals(pathParts[i])) {
                return false;
            }
        }
        return true;
    }

    /** The values of the placeholders in a matching path. */
    public List<String> bind(String path) {
        String[] given = path.split("\\.");
        String[] parts = split();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("{")) {
                out.add(given[i]);
            }
        }
        return out;
    }

    /** The plain-language name of one parameter of the family. */
    public String label(String path) {
        String text = label;
        List<String> values = bind(path);
        List<Slot> slots = slots();
        for (int k = 0; k < slots.size(); k++) {
            String value = slots.get(k) == Slot.TYPE ? EventType.valueOf(values.get(k)).label() : values.get(k);
            text = text.replace("{" + slots.get(k).name().toLowerCase() + "}", value);
        }
        return text;
    }

    public boolean required() {
        return Double.isNaN(defaultValue);
    }

    /** True for a number the model derives when a scenario leaves it out. */
    public boolean derived() {
        return defaultValue == Double.NEGATIVE_INFINITY;
    }

    /** True for an on/off switch, written as true/false in YAML and read as 1/0. */
    public boolean isSwitch() {
        return template.endsWith(".enabled");
    }

    /** Null when the value is admissible, else what is wrong with it. */
    public String check(double value) {
        if (!Double.isFinite(value)) {
            return "must be a finite number";
        }
        if (value < min || value > max) {
            return "value " + format(value) + " is outside " + format(min) + " .. " + format(max);
        }
        return null;
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
