package entente.scenario;

import entente.util.DidYouMean;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The values of a scenario's tunable numbers. Every coefficient, preference, effect weight and
 * event intensity has a path ({@code dynamics.eta}, {@code actors.PRK.sensitivity.JOINT_EXERCISE},
 * {@code effects.MISSILE_TEST.threat}, ...) that belongs to a {@link ParameterFamily} of the
 * {@link ParameterRegistry}, which knows its range, default, unit and meaning. Scenario files,
 * sweeps, the calibrator and the GUI all read and write through it.
 */
public final class Parameters implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The paths in sorted order, shared by the copies {@link #with} makes (they change values, not paths). */
    private final String[] keys;
    private final double[] values;
    /** Where reads are noted, in a copy made by {@link #noting}; null otherwise. */
    private final transient Set<String> reads;

    Parameters(NavigableMap<String, Double> values) {
        this(values.keySet().toArray(new String[0]), values.values().stream().mapToDouble(Double::doubleValue).toArray(), null);
    }

    private Parameters(String[] keys, double[] values, Set<String> reads) {
        this.keys = keys;
        this.values = values;
        this.reads = reads;
    }

    /** A copy that adds the path of every value read to {@code reads} (to check what a model uses). */
    public Parameters noting(Set<String> reads) {
        return new Parameters(keys, values, reads);
    }

    public double get(String path) {
        return values[indexOf(path)];
    }

    /** Where the path's value is; noted as read; an unknown path is an error that names the near ones. */
    private int indexOf(String path) {
        if (reads != null) {
            reads.add(path);
        }
        int at = Arrays.binarySearch(keys, path);
        if (at < 0) {
            throw new IllegalArgumentException("unknown parameter '" + path + "'" + DidYouMean.hint(path, Arrays.asList(keys))
                    + suggestion(path));
        }
        return at;
    }

    public double get(Dynamics d) {
        return get(d.path());
    }

    public boolean has(String path) {
        return Arrays.binarySearch(keys, path) >= 0;
    }

    /** The values at the paths, found where they lie once per set of paths (see {@link ParameterPaths}). */
    public ParameterPaths.Values read(ParameterPaths paths) {
        int[] at = paths.in(keys);
        double[] out = new double[at.length];
        for (int k = 0; k < at.length; k++) {
            out[k] = at[k] < 0 ? Double.NaN : values[at[k]];
            if (reads != null && at[k] >= 0) {
                reads.add(keys[at[k]]);
            }
        }
        return paths.new Values(this, out);
    }

    /** A copy with one value changed; the path must exist and the value be in its range. */
    public Parameters with(String path, double value) {
        return with(Map.of(path, value));
    }

    /** A copy with several values changed at once; each path must exist and each value be in its range. */
    public Parameters with(Map<String, Double> changes) {
        double[] copy = values.clone();
        changes.forEach((path, value) -> copy[indexOf(path)] = checked(path, value));
        return new Parameters(keys, copy, null);
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
        TreeMap<String, Double> copy = new TreeMap<>(asMap());
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
        TreeMap<String, Double> copy = new TreeMap<>(asMap());
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

    /** The paths and values in path order (a read-only view). */
    public Map<String, Double> asMap() {
        return new SortedView();
    }

    private String suggestion(String path) {
        String prefix = path.contains(".") ? path.substring(0, path.lastIndexOf('.') + 1) : "";
        List<String> near = Arrays.stream(keys).filter(k -> k.startsWith(prefix)).toList();
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
        return o instanceof Parameters p && Arrays.equals(keys, p.keys) && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    /** Admissible [min, max] of a path, from its family. */
    public static double[] range(String path) {
        ParameterFamily f = ParameterRegistry.family(path);
        return new double[] {f.min(), f.max()};
    }

    /** The arrays seen as a map, for the few callers that list or compare parameters (not the model). */
    private final class SortedView extends AbstractMap<String, Double> {
        @Override
        public Double get(Object path) {
            int at = path instanceof String p ? Arrays.binarySearch(keys, p) : -1;
            return at < 0 ? null : values[at];
        }

        @Override
        public boolean containsKey(Object path) {
            return get(path) != null;
        }

        @Override
        public Set<Map.Entry<String, Double>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Double>> iterator() {
                    return IntStream.range(0, keys.length).mapToObj(i -> Map.entry(keys[i], values[i])).iterator();
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }
    }
}
