package entente.scenario;

import entente.util.DidYouMean;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What the readers of a scenario's sections share: the located YAML reading, the parameters
 * read so far, the actors, and the checks every section makes (numbers in range, known
 * actors, ids, event types).
 */
abstract class SectionReader {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final String DEFAULT_SOURCE = "default";

    final YamlTree y;
    final TreeMap<String, Double> params;
    final Set<String> actorIds;
    /** Where each parameter's value was written ("file:line"), or "default". */
    final Map<String, String> sources;

    SectionReader(YamlTree y, TreeMap<String, Double> params, Set<String> actorIds, Map<String, String> sources) {
        this.y = y;
        this.params = params;
        this.actorIds = actorIds;
        this.sources = sources;
    }

    /** A reader of another section of the same scenario. */
    SectionReader(SectionReader same) {
        this(same.y, same.params, same.actorIds, same.sources);
    }

    static List<String> enumNames() {
        return Arrays.stream(EventType.values()).map(Enum::name).toList();
    }

    /**
     * Records the number at node under path, range-checked; when the node is absent, the
     * family's default, or nothing where the number is required or derived by the model.
     */
    void put(String path, Node n) {
        ParameterFamily family = ParameterRegistry.family(path);
        if (n == null) {
            if (!family.required() && !family.derived()) {
                params.put(path, family.defaultValue());
                sources.put(path, DEFAULT_SOURCE);
            }
            return;
        }
        sources.put(path, y.where(n));
        Double v = y.number(n, path);
        if (v == null) {
            return;
        }
        String bad = family.check(v);
        if (bad != null) {
            y.problem(n, path, bad);
        }
        params.put(path, v);
    }

    /** Records an on/off switch: 1 unless {@code n} says false; its source is n's line, or the default. */
    void putSwitch(String path, Node n, boolean on) {
        params.put(path, on ? 1.0 : 0.0);
        sources.put(path, n == null ? DEFAULT_SOURCE : y.where(n));
    }

    boolean checkActor(String id, Node at, String field) {
        if (actorIds.contains(id)) {
            return true;
        }
        y.problem(at, field, "unknown actor '" + id + "'" + DidYouMean.hint(id, actorIds) + " (actors: " + String.join(", ", actorIds) + ")");
        return false;
    }

    List<String> actorRefs(Node n, String field) {
        List<String> ids = y.strings(n, field);
        if (ids == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            checkActor(id, n, field);
            if (!seen.add(id)) {
                y.problem(n, field, "actor '" + id + "' is listed twice");
            }
        }
        return ids;
    }

    Map<String, Node> sub(Map<String, Node> m, String key, String field, List<String> allowed) {
        Node n = m.get(key);
        if (n == null) {
            return Map.of();
        }
        Map<String, Node> out = y.mapping(n, field + "." + key, allowed);
        return out == null ? Map.of() : out;
    }

    String id(Map<String, Node> m, Node item, String field, Set<String> seen) {
        Node n = y.require(m, "id", item, field);
        String id = y.string(n, field + ".id");
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            y.problem(n, field + ".id", "ids use lower-case letters, digits and dashes, found '" + id + "'");
            return null;
        }
        if (!seen.add(id)) {
            y.problem(n, field + ".id", "duplicate id '" + id + "'");
            return null;
        }
        return id;
    }

    /** "MISSILE_TEST", the types of which the predicate holds, for messages. */
    static String typesThat(java.util.function.Predicate<EventType> p) {
        return String.join(" or ", Arrays.stream(EventType.values()).filter(p).map(Enum::name).toList());
    }

    EventType type(Map<String, Node> m, Node item, String field) {
        Node n = y.require(m, "type", item, field);
        String s = y.string(n, field + ".type");
        if (s == null) {
            return null;
        }
        try {
            return EventType.valueOf(s);
        } catch (IllegalArgumentException e) {
            y.problem(n, field + ".type", "unknown event type '" + s + "'" + DidYouMean.hint(s, enumNames()) + " (types: " + String.join(", ", enumNames()) + ")");
            return null;
        }
    }
}
