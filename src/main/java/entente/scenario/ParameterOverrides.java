package entente.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes parameter values as a scenario that extends another and overrides just those paths,
 * so a fit or a sweep point can be run, read and shared like any what-if.
 */
public final class ParameterOverrides {
    private ParameterOverrides() {}

    /** YAML text of a scenario named {@code name} that extends {@code parent} with {@code values}. */
    public static String yaml(String parent, String name, String title, Map<String, Double> values) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("extends", parent);
        root.put("name", name);
        root.put("title", title);
        values.forEach((path, v) -> put(root, path, v));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setSplitLines(false);
        return new Yaml(options).dump(root);
    }

    private static void put(Map<String, Object> root, String path, double v) {
        String[] p = path.split("\\.");
        Object value = p[p.length - 1].equals("enabled") ? Boolean.valueOf(v >= 0.5) : (Object) v;
        switch (p[0]) {
            case "dynamics", "actors", "effects" -> nest(root, p, 0, value);
            case "events", "actions", "treaties" -> {
                // list items are changed by id: events.<id>.x -> events: {change: {<id>: {x: v}}}
                String[] edit = new String[p.length + 1];
                edit[0] = p[0];
                edit[1] = "change";
                System.arraycopy(p, 1, edit, 2, p.length - 1);
                nest(root, edit, 0, value);
            }
            default -> throw new IllegalArgumentException("no parameter family '" + p[0] + "' in " + path);
        }
    }

    @SuppressWarnings("unchecked")
    private static void nest(Map<String, Object> map, String[] keys, int k, Object value) {
        if (k == keys.length - 1) {
            map.put(keys[k], value);
            return;
        }
        Map<String, Object> child = (Map<String, Object>) map.computeIfAbsent(keys[k], x -> new LinkedHashMap<>());
        nest(child, keys, k + 1, value);
    }
}
