package entente.scenario;

import entente.util.Warnings;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a {@link Factor} — one item of a sweep's {@code factors:} or of a calibration's
 * {@code free:} — in the one syntax both use:
 * <pre>
 *   - name: drill-response          # optional for a single path: the path names it
 *     path: dynamics.eta            # or paths: [a, b, ...], all set to the same value
 *     range: [0.01, 0.04]           # or values: [...] (sweeps)
 *     steps: 5                      # sweeps with a grid design: evenly spaced values over the range
 *     scale: true                   # sweeps: multiply each path's scenario value instead of setting it
 *     note: where the range comes from
 * </pre>
 * The older calibration form {@code min:} / {@code max:} is still read, with a warning that
 * names the {@code range:} to write instead. Every path must exist in the scenario and every
 * extreme value (scaled, if so) must lie in the parameter's range.
 */
public final class FactorReader {
    /** Where the factors are read: a sweep may list values, steps and scale; a calibration fits a range. */
    public enum Use { SWEEP, CALIBRATION }

    private static final List<String> KEYS = List.of("name", "path", "paths", "scale", "values", "range", "steps",
            "note", "min", "max");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    /** Column names of runs.csv, design.csv and posterior files that a factor may not take. */
    private static final Set<String> RESERVED = Set.of("run", "point", "replication", "seed", "block", "role", "step",
            "A", "B", "start", "weight");

    private final YamlTree y;
    private final Parameters parameters;
    private final Use use;
    private final Set<String> names = new HashSet<>();
    private final Set<String> paths = new HashSet<>();

    /** @param parameters the scenario's, to check paths and values against; null when the scenario is unreadable */
    public FactorReader(YamlTree y, Parameters parameters, Use use) {
        this.y = y;
        this.parameters = parameters;
        this.use = use;
    }

    /** One factor; null (with problems) when it cannot be read. Names and paths must differ across calls. */
    public Factor read(Node item, String field) {
        Map<String, Node> m = y.mapping(item, field, KEYS);
        if (m == null) {
            return null;
        }
        List<String> ps = paths(m, item, field);
        boolean scale = m.containsKey("scale") && Boolean.TRUE.equals(y.bool(m.get("scale"), field + ".scale"));
        String name = name(m, item, field, ps);
        String note = m.containsKey("note") ? y.string(m.get("note"), field + ".note") : "";
        if (use == Use.CALIBRATION) {
            for (String key : List.of("values", "steps", "scale")) {
                if (m.containsKey(key)) {
                    y.problem(m.get(key), field + "." + key, "a calibration fits a value within range: [min, max]; "
                            + key + " applies to sweeps");
                    return null;
                }
            }
        }
        Node valueNode = m.get("values");
        Node rangeNode = m.containsKey("range") ? m.get("range") : m.containsKey("min") ? m.get("min") : m.get("max");
        double[] values = null;
        double[] range = null;
        if ((valueNode == null) == (rangeNode == null)) {
            y.problem(item, field, use == Use.SWEEP ? "give either values or range" : "give range: [min, max]");
        } else if (valueNode != null) {
            values = values(valueNode, field + ".values");
        } else {
            range = range(m, field);
        }
        int steps = steps(m, field);
        if (ps == null || name == null || values == null && range == null) {
            return null;
        }
        double min = values == null ? range[0] : Arrays.stream(values).min().orElseThrow();
        double max = values == null ? range[1] : Arrays.stream(values).max().orElseThrow();
        checkPaths(m, ps, scale, values != null ? values : range, field, valueNode != null ? valueNode : rangeNode,
                field + (values != null ? ".values" : m.containsKey("range") ? ".range" : ".min"));
        return new Factor(name, ps, scale, values, min, max, steps, note == null ? "" : note);
    }

    private List<String> paths(Map<String, Node> m, Node item, String field) {
        if (m.containsKey("path") == m.containsKey("paths")) {
            y.problem(item, field, "give either path (one parameter) or paths (a list)");
            return null;
        }
        if (m.containsKey("path")) {
            String p = y.string(m.get("path"), field + ".path");
            return p == null ? null : List.of(p);
        }
        List<String> list = y.strings(m.get("paths"), field + ".paths");
        if (list != null && list.isEmpty()) {
            y.problem(m.get("paths"), field + ".paths", "empty list of paths");
            return null;
        }
        return list;
    }

    private String name(Map<String, Node> m, Node item, String field, List<String> ps) {
        Node at = m.get("name");
        String name;
        if (at != null) {
            name = y.string(at, field + ".name");
        } else if (ps != null && ps.size() == 1) {
            name = ps.get(0);
            at = m.get("path") != null ? m.get("path") : m.get("paths");
        } else {
            if (ps != null) {
                y.problem(item, field, "a factor with several paths needs a name");
            }
            return null;
        }
        if (name == null) {
            return null;
        }
        if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
            y.problem(at, field + ".name", "'" + name + "' cannot name a column: use letters, digits, '_', '.', '-', "
                    + "starting with a letter, and none of " + String.join(", ", new TreeSet<>(RESERVED)));
            return null;
        }
        if (!names.add(name)) {
            y.problem(at, field + ".name", "duplicate name '" + name + "'");
            return null;
        }
        return name;
    }

    private double[] values(Node n, String field) {
        double[] v = numbers(n, field);
        if (v != null && v.length == 0) {
            y.problem(n, field, "empty list of values");
            return null;
        }
        return v;
    }

    /** range: [min, max], or the old min: and max: with a warning. */
    private double[] range(Map<String, Node> m, String field) {
        if (m.containsKey("range")) {
            if (m.containsKey("min") || m.containsKey("max")) {
                y.problem(m.get("range"), field, "give range: [min, max] alone (min: and max: are its older form)");
                return null;
            }
            double[] r = numbers(m.get("range"), field + ".range");
            if (r != null && r.length != 2) {
                y.problem(m.get("range"), field + ".range", "expected [min, max], found " + r.length + " numbers");
                return null;
            }
            return r == null ? null : ordered(r, m.get("range"), field + ".range");
        }
        Node lo = m.get("min");
        Node hi = m.get("max");
        if (lo == null || hi == null) {
            y.problem(lo == null ? hi : lo, field, "give range: [min, max]");
            return null;
        }
        Double a = y.number(lo, field + ".min");
        Double b = y.number(hi, field + ".max");
        if (a == null || b == null) {
            return null;
        }
        Warnings.add(y.where(lo) + ": " + field + ": min: and max: are the older form of range:; write range: ["
                + ParameterFamily.format(a) + ", " + ParameterFamily.format(b) + "] (docs/sweeps.md)");
        return ordered(new double[] {a, b}, hi, field + ".max");
    }

    private double[] ordered(double[] r, Node at, String field) {
        if (!(r[0] < r[1])) {
            y.problem(at, field, "empty range " + ParameterFamily.format(r[0]) + " .. " + ParameterFamily.format(r[1])
                    + " (the upper end must be above the lower end)");
            return null;
        }
        return r;
    }

    private int steps(Map<String, Node> m, String field) {
        Node n = m.get("steps");
        if (n == null) {
            return 0;
        }
        if (!m.containsKey("range")) {
            y.problem(n, field + ".steps", "steps divide a range; this factor lists values");
            return 0;
        }
        Long v = y.integer(n, field + ".steps");
        if (v != null && v < 2) {
            y.problem(n, field + ".steps", "must be at least 2, found " + v);
            return 0;
        }
        return v == null ? 0 : (int) Math.min(1_000_000, v);
    }

    /** Every path must exist, be set once, and take every extreme value (scaled if so) within its range. */
    private void checkPaths(Map<String, Node> m, List<String> ps, boolean scale, double[] values, String field,
                            Node valueNode, String valueField) {
        String pathField = field + (m.containsKey("path") ? ".path" : ".paths");
        Node pathNode = m.containsKey("path") ? m.get("path") : m.get("paths");
        for (String path : ps) {
            if (!paths.add(path)) {
                y.problem(pathNode, field, "parameter " + path + " is already set by another factor");
            }
        }
        if (parameters == null) {
            return;
        }
        for (String path : ps) {
            if (!parameters.has(path)) {
                try {
                    parameters.get(path);
                } catch (IllegalArgumentException e) {
                    y.problem(pathNode, pathField, e.getMessage());
                }
                continue;
            }
            for (double v : values) {
                double set = scale ? parameters.get(path) * v : v;
                try {
                    parameters.with(path, set);
                } catch (IllegalArgumentException e) {
                    y.problem(valueNode, valueField, e.getMessage() + (scale ? " (" + v + " x the scenario's "
                            + parameters.get(path) + ")" : ""));
                    break;
                }
            }
        }
    }

    private double[] numbers(Node n, String field) {
        List<Node> items = y.sequence(n, field);
        if (items == null) {
            return null;
        }
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            Double v = y.number(items.get(i), field);
            if (v == null) {
                return null;
            }
            out[i] = v;
        }
        return out;
    }
}
