package entente.scenario;

import entente.util.DidYouMean;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code changes:}, the dated policy changes. Read after every other section, so that
 * each path a change names is checked against the numbers the scenario has.
 */
final class ChangeReader extends SectionReader {
    private static final List<String> KEYS = List.of("id", "date", "set", "scale", "enabled", "strength", "source", "note");

    private final Optional<SeedDocuments> seeds;

    ChangeReader(SectionReader same, Optional<SeedDocuments> seeds) {
        super(same);
        this.seeds = seeds;
    }

    List<Scenario.Change> changes(Node n, LocalDate[] period) {
        List<Scenario.Change> out = new java.util.ArrayList<>();
        List<Node> items = n == null ? List.of() : y.sequence(n, "changes");
        if (items == null) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Map<String, Node> m = y.mapping(item, "changes[" + (i + 1) + "]", KEYS);
            if (m == null) {
                continue;
            }
            String id = id(m, item, "changes[" + (i + 1) + "]", ids);
            String field = "changes." + (id == null ? "[" + (i + 1) + "]" : id);
            LocalDate date = date(m, item, field, period);
            Map<String, Double> set = values(m.get("set"), field + ".set", false);
            Map<String, Double> scale = values(m.get("scale"), field + ".scale", true);
            if (set.isEmpty() && scale.isEmpty() && !m.containsKey("set") && !m.containsKey("scale")) {
                y.problem(item, field, "a change needs set: (path: value) or scale: (path: factor)");
            }
            for (String path : set.keySet()) {
                if (scale.containsKey(path)) {
                    y.problem(m.get("scale"), field + ".scale." + path, "a path is either set or scaled, not both");
                }
            }
            Node sourceNode = y.require(m, "source", item, field);
            String source = y.string(sourceNode, field + ".source");
            String bad = source == null ? null : SeedDocuments.checkSource(source, seeds);
            if (bad != null) {
                y.problem(sourceNode, field + ".source", bad);
            }
            String note = m.containsKey("note") ? y.string(m.get("note"), field + ".note") : "";
            if (id != null) {
                Boolean enabled = m.containsKey("enabled") ? y.bool(m.get("enabled"), field + ".enabled") : Boolean.TRUE;
                putSwitch(ParameterRegistry.CHANGE_ENABLED.path(id), m.get("enabled"), !Boolean.FALSE.equals(enabled));
                put(ParameterRegistry.CHANGE_STRENGTH.path(id), m.get("strength"));
                out.add(new Scenario.Change(id, date, set, scale, source == null ? "" : source.trim(), note));
            }
        }
        return out;
    }

    private LocalDate date(Map<String, Node> m, Node item, String field, LocalDate[] period) {
        Node dateNode = y.require(m, "date", item, field);
        LocalDate date = y.date(dateNode, field + ".date");
        if (date != null && period[0] != null && period[1] != null
                && (date.isBefore(period[0]) || date.isAfter(period[1]))) {
            y.problem(dateNode, field + ".date", "date " + date + " is outside the period " + period[0] + " .. " + period[1]);
        }
        return date;
    }

    /** The path: number map of set: or scale:, each path known to the scenario and changeable. */
    private Map<String, Double> values(Node n, String field, boolean factors) {
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, Node> m = n == null ? Map.of() : y.mapping(n, field, null);
        for (var e : m == null ? Map.<String, Node>of().entrySet() : m.entrySet()) {
            String path = e.getKey();
            String at = field + "." + path;
            Double v = y.number(e.getValue(), at);
            Optional<ParameterFamily> family = ParameterRegistry.find(path);
            if (family.isEmpty() || !params.containsKey(path)) {
                y.problem(e.getValue(), at, "no parameter '" + path + "' in this scenario" + DidYouMean.hint(path, params.keySet())
                        + " (entente params SCENARIO lists them)");
            } else if (!ParameterRegistry.changeable(family.get())) {
                y.problem(e.getValue(), at, "'" + path + "' cannot change during a run (a starting value, or part of the timeline)");
            } else if (v != null) {
                double target = factors ? params.get(path) * v : v;
                String bad = factors && v < 0 ? "a factor must be 0 or more" : family.get().check(target);
                if (bad != null) {
                    y.problem(e.getValue(), at, (factors ? "scaled value: " : "") + bad);
                }
                out.put(path, v);
            }
        }
        return out;
    }
}
