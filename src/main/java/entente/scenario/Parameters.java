package entente.scenario;

import entente.util.DidYouMean;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values of a scenario's tunable numbers. Every coefficient, preference, effect weight and
 * event intensity has a path ({@code dynamics.eta}, {@code actors.PRK.sensitivity.JOINT_EXERCISE},
 * {@code effects.MISSILE_TEST.threat}, ...) that belongs to a {@link ParameterFamily} of the
 * {@link ParameterRegistry}, which knows its range, default, unit and meaning. Scenario files,
 * sweeps, the calibrator and the GUI all read and write through it.
 */
public final class Parameters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final NavigableMap<String, Double> values;
    /** Where reads are noted, in a copy made by {@link #noting}; null otherwise. */
    private final transient Set<String> reads;

    Parameters(NavigableMap<String, Double> values) {
        this(values, null);
    }

    private Parameters(NavigableMap<String, Double> values, Set<String> reads) {
        this.values = values;
        this.reads = reads;
    }

    /** A copy that adds the path of every value read to {@code reads} (to check what a model uses). */
    public Parameters noting(Set<String> reads) {
        return new Parameters(values, reads);
    }

    public double get(String path) {
        if (reads != null) {
            reads.add(path);
        }
        Double v = values.get(path);
        if (v == null) {
            throw new IllegalArgumentException("unknown parameter '" + path + "'" + DidYouMean.hint(path, values.keySet())
                    + suggestion(path));
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

    /** A copy with several values changed at once; each path must exist and each value be in its range. */
    public Parameters with(Map<String, Double> changes) {
        TreeMap<String, Double> copy = new TreeMap<>(values);
        changes.forEach((path, value) -> {
            get(path);
            copy.put(path, checked(path, value));
        });
        return new Parameters(copy);
    }

    /**
     * A copy with the numbers of a new event {@code events.<id>.}: its intensity, switched on,
     * and its level unless NaN (only DEFENSE_SPENDING has one). An event a user injects during
     * a session gets its numbers this way.
     */
    public Parameters withEvent(String id, double intensity, double level) {
        String intensityPath = ParameterRegistry.EVENT_INTENSITY.path(id);
        if (has(intensityPath)) {
            throw new IllegalArgumentException("event '" + id + "' has its parameters already");
        }
        TreeMap<String, Double> copy = new TreeMap<>(values);
        copy.put(intensityPath, checked(intensityPath, intensity));
        copy.put(ParameterRegistry.EVENT_ENABLED.path(id), 1.0);
        if (!Double.isNaN(level)) {
            String levelPath = ParameterRegistry.EVENT_LEVEL.path(id);
            copy.put(levelPath, checked(levelPath, level));
        }
        return new Parameters(copy);
    }

    /** A copy with the switch and strength of a new dated change {@code changes.<id>.} (on, full strength). */
    public Parameters withChange(String id) {
        String enabledPath = ParameterRegistry.CHANGE_ENABLED.path(id);
        if (has(enabledPath)) {
            throw new IllegalArgumentException("change '" + id + "' has its parameters already");
        }
        TreeMap<String, Double> copy = new TreeMap<>(values);
        copy.put(enabledPath, 1.0);
        copy.put(ParameterRegistry.CHANGE_STRENGTH.path(id), 1.0);
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
        return ParameterRegistry.family(path).check(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Admissible [min, max] of a path, from its family. */
    public static double[] range(String path) {
        ParameterFamily f = ParameterRegistry.family(path);
        return new double[] {f.min(), f.max()};
    }
}
