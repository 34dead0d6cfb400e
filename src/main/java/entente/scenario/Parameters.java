package entente.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The one registry of tunable numbers. Every coefficient, preference, effect weight and
 * event intensity of a scenario has a path here ({@code dynamics.eta},
 * {@code actors.PRK.sensitivity.JOINT_EXERCISE}, {@code effects.MISSILE_TEST.threat}, ...).
 * Scenario files, sweeps, the calibrator and the GUI all read and write through it.
 */
public final class Parameters {
    private final NavigableMap<String, Double> values;

    Parameters(NavigableMap<String, Double> values) {
        this.values = values;
    }

    public double get(String path) {
        Double v = values.get(path);
        if (v == null) {
            throw new IllegalArgumentException("unknown parameter '" + path + "'" + suggestion(path));
        }
        return v;
    }

    public double get(Dynamics d) {
        return get(d.path());
    }

    public boolean has(String path) {
        return values.containsKey(path);
    }

    /** A copy with one value changed; the path must exist and the value be in its range. */
    public Parameters with(String path, double value) {
        get(path);
        TreeMap<String, Double> copy = new TreeMap<>(values);
        copy.put(path, checked(path, value));
        return new Parameters(copy);
    }

    /**
     * A copy with the numbers of a new event {@code events.<id>.}: its intensity, switched on,
     * and its level unless NaN (only DEFENSE_SPENDING has one). An event a user injects during
     * a session gets its numbers this way.
     */
    public Parameters withEvent(String id, double intensity, double level) {
        String base = "events." + id + ".";
        if (has(base + "intensity")) {
            throw new IllegalArgumentException("event '" + id + "' has its parameters already");
        }
        TreeMap<String, Double> copy = new TreeMap<>(values);
        copy.put(base + "intensity", checked(base + "intensity", intensity));
        copy.put(base + "enabled", 1.0);
        if (!Double.isNaN(level)) {
            copy.put(base + "level", checked(base + "level", level));
        }
        return new Parameters(copy);
    }

    private static double checked(String path, double value) {
        String bad = checkRange(path, value);
        if (bad != null) {
            throw new IllegalArgumentException(path + ": " + bad);
        }
        return value;
    }

    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }

    private String suggestion(String path) {
        String prefix = path.contains(".") ? path.substring(0, path.lastIndexOf('.') + 1) : "";
        var near = values.subMap(prefix, true, prefix + Character.MAX_VALUE, false).keySet();
        if (prefix.isEmpty() || near.isEmpty()) {
            return "";
        }
        return " (known under " + prefix + ": " + String.join(", ",
                near.stream().map(k -> k.substring(prefix.length())).limit(30).toList()) + ")";
    }

    /** Null when the value is admissible for the path, else what is wrong with it. */
    static String checkRange(String path, double value) {
        if (!Double.isFinite(value)) {
            return "must be a finite number";
        }
        double[] r = range(path);
        if (value < r[0] || value > r[1]) {
            return "value " + fmt(value) + " is outside " + fmt(r[0]) + " .. " + fmt(r[1]);
        }
        return null;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Admissible [min, max] of a path, decided by its shape. */
    public static double[] range(String path) {
        String[] p = path.split("\\.");
        switch (p[0]) {
            case "dynamics":
                Dynamics d = Dynamics.valueOf(p[1].toUpperCase());
                return new double[] {d.min(), d.max()};
            case "actors":
                if (p.length == 4) {
                    return switch (p[2]) {
                        case "affinity" -> new double[] {-1, 1};
                        case "dependence" -> new double[] {0, 1};
                        default -> new double[] {0, 10};
                    };
                }
                ActorField f = ActorField.valueOf(p[2].toUpperCase());
                return new double[] {f.min(), f.max()};
            case "treaties":
                return new double[] {0, 1};
            case "effects":
                if (p.length == 4 || p[2].equals("overflight")) {
                    return new double[] {0, 10};
                }
                EffectField e = EffectField.valueOf(p[2].toUpperCase());
                return new double[] {e.min(), e.max()};
            case "events":
                return switch (p[p.length - 1]) {
                    case "level" -> new double[] {0, 100};
                    case "enabled" -> new double[] {0, 1};
                    default -> new double[] {0, 10};
                };
            case "actions":
                return p[2].equals("utility") ? new double[] {-100, 100} : new double[] {0, 10};
            default:
                throw new IllegalArgumentException("no parameter family '" + p[0] + "'");
        }
    }
}
