package entente.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks a scenario file; reports every problem with file, line and field. */
public final class ScenarioReader {
    private static final List<String> TOP = List.of("name", "title", "description", "period", "seed", "blocs",
            "hedging_poles", "dynamics", "actors", "treaties", "effects", "actions", "events");
    private static final List<String> ACTOR_KEYS = actorKeys();
    private static final List<String> EVENT_KEYS = List.of("id", "date", "type", "actors", "targets", "enabled", "intensity",
            "subtype", "overflight", "level", "source", "note", "origin");
    private static final List<String> ACTION_KEYS = List.of("id", "actor", "type", "subtype", "overflight",
            "partners", "targets", "intensity", "utility");
    private static final Pattern ACTOR_ID = Pattern.compile("[A-Z]{3}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String DEFAULT_EFFECTS = "/entente/scenario/effects.yaml";

    private final YamlTree y;
    private final List<Problem> problems;
    private final Optional<SeedDocuments> seeds;
    private final TreeMap<String, Double> params = new TreeMap<>();
    private final Set<String> actorIds = new LinkedHashSet<>();

    private ScenarioReader(YamlTree y, List<Problem> problems, Optional<SeedDocuments> seeds) {
        this.problems = problems;
        this.y = y;
        this.seeds = seeds;
    }

    /** Reads a scenario file (and the files it extends); throws with every problem found. */
    public static Scenario read(Path file) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Inheritance.Resolved r = Inheritance.resolve(file, problems);
        return read(file.toString(), r, problems, SeedDocuments.locate(file.toAbsolutePath().getParent()));
    }

    /** Reads scenario text that did not come from a file of its own; {@code name} is shown in messages. */
    public static Scenario fromText(String name, String text) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Inheritance.Resolved r = Inheritance.resolveText(name, text, problems);
        return read(name, r, problems, SeedDocuments.locate(Path.of("")));
    }

    static Scenario parse(String file, String text, Optional<SeedDocuments> seeds) throws InputException {
        List<Problem> problems = new ArrayList<>();
        return read(file, Inheritance.resolveText(file, text, problems), problems, seeds);
    }

    private static Scenario read(String file, Inheritance.Resolved r, List<Problem> problems,
                                 Optional<SeedDocuments> seeds) throws InputException {
        if (r == null) {
            throw new InputException(problems);
        }
        YamlTree y = new YamlTree(file, problems, r.origins());
        Scenario s = new ScenarioReader(y, problems, seeds).scenario(r.root(), r.checksum());
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return s;
    }

    /** Parses YAML text into a tree with line marks; a syntax error becomes a problem and null. */
    public static Node compose(String file, String text, List<Problem> problems) {
        try {
            return new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String context = e.getContext() == null || e.getContextMark() == null ? ""
                    : " (" + e.getContext().replace("while ", "") + " that starts on line "
                    + (e.getContextMark().getLine() + 1) + ")";
            problems.add(new Problem(file, line, "", "YAML syntax error: " + e.getProblem() + context));
        } catch (YAMLException e) {
            problems.add(new Problem(file, 0, "", "YAML syntax error: " + e.getMessage()));
        }
        return null;
    }

    private Scenario scenario(Node root, String checksum) {
        Map<String, Node> top = y.mapping(root, "", TOP);
        if (top == null) {
            return null;
        }
        String name = text(top, "name", root, true);
        if (name != null && !ID.matcher(name).matches()) {
            y.problem(top.get("name"), "name", "use lower-case letters, digits and dashes (it names the run folder)");
        }
        String title = text(top, "title", root, false);
        String description = text(top, "description", root, false);
        LocalDate[] period = period(top, root);
        Long seed = top.containsKey("seed") ? y.integer(top.get("seed"), "seed") : Long.valueOf(1);

        List<Scenario.Actor> actors = actors(top, root);
        List<String> tri = actorList(top.get("blocs"), "trilateral", List.of("USA", "JPN", "KOR"));
        List<String> counter = actorList(top.get("blocs"), "counter", List.of("CHN", "RUS", "PRK"));
        List<String> poles = top.containsKey("hedging_poles") ? actorRefs(top.get("hedging_poles"), "hedging_poles")
                : defaultRefs(List.of("USA", "CHN"), "hedging_poles", root);
        if (poles != null && poles.size() != 2) {
            y.problem(top.get("hedging_poles"), "hedging_poles", "expected exactly two actors");
        }
        dynamics(top.get("dynamics"));
        effects(top.get("effects"));
        List<Scenario.Treaty> treaties = treaties(top.get("treaties"));
        List<Scenario.Action> actions = actions(top.get("actions"));
        List<Scenario.Event> events = events(top.get("events"), period);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Scenario(y.file(), name, title == null ? name : title, description == null ? "" : description,
                period[0], period[1], seed, actors, tri, counter, poles, treaties, actions, events,
                new Parameters(params), checksum);
    }

    private String text(Map<String, Node> m, String key, Node parent, boolean required) {
        Node n = required ? y.require(m, key, parent, "") : m.get(key);
        return n == null ? null : y.string(n, key);
    }

    private LocalDate[] period(Map<String, Node> top, Node root) {
        LocalDate[] out = new LocalDate[2];
        Node n = y.require(top, "period", root, "");
        Map<String, Node> m = n == null ? null : y.mapping(n, "period", List.of("start", "end"));
        if (m == null) {
            return out;
        }
        Node s = y.require(m, "start", n, "period");
        Node e = y.require(m, "end", n, "period");
        out[0] = s == null ? null : y.date(s, "period.start");
        out[1] = e == null ? null : y.date(e, "period.end");
        if (out[0] != null && out[1] != null && !out[1].isAfter(out[0])) {
            y.problem(e, "period.end", "the end " + out[1] + " must come after the start " + out[0]);
        }
        return out;
    }

    // ---- actors -------------------------------------------------------------------------

    private static List<String> actorKeys() {
        List<String> keys = new ArrayList<>(List.of("name", "location", "sensitivity", "affinity", "dependence"));
        for (ActorField f : ActorField.values()) {
            keys.add(f.key());
        }
        return keys;
    }

    private List<Scenario.Actor> actors(Map<String, Node> top, Node root) {
        List<Scenario.Actor> out = new ArrayList<>();
        Node n = y.require(top, "actors", root, "");
        Map<String, Node> m = n == null ? null : y.mapping(n, "actors", null);
        if (m == null) {
            return out;
        }
        for (String id : m.keySet()) {
            if (!ACTOR_ID.matcher(id).matches()) {
                y.problem(m.get(id), "actors." + id, "actor codes are three capital letters (ISO 3166 alpha-3)");
            }
            actorIds.add(id);
        }
        if (actorIds.size() < 2) {
            y.problem(n, "actors", "a scenario needs at least two actors");
        }
        for (var e : m.entrySet()) {
            out.add(actor(e.getKey(), e.getValue()));
        }
        return out;
    }

    private Scenario.Actor actor(String id, Node node) {
        String field = "actors." + id;
        Map<String, Node> m = y.mapping(node, field, ACTOR_KEYS);
        if (m == null) {
            return new Scenario.Actor(id, id, 0, 0);
        }
        for (ActorField f : ActorField.values()) {
            Node v = f.required() ? y.require(m, f.key(), node, field) : m.get(f.key());
            put(f.path(id), v, f.derived() ? Double.NaN : f.defaultValue());
        }
        Map<String, Node> sens = sub(m, "sensitivity", field, enumNames());
        for (EventType t : EventType.values()) {
            put(field + ".sensitivity." + t, sens.get(t.name()), 1.0);
        }
        for (String dim : List.of("affinity", "dependence")) {
            Map<String, Node> row = sub(m, dim, field, null);
            for (var e : row.entrySet()) {
                checkActor(e.getKey(), e.getValue(), field + "." + dim);
                if (e.getKey().equals(id)) {
                    y.problem(e.getValue(), field + "." + dim + "." + id, "a state has no " + dim + " with itself");
                }
            }
            for (String other : actorIds) {
                if (!other.equals(id)) {
                    put(field + "." + dim + "." + other, row.get(other), 0.0);
                }
            }
        }
        String name = m.containsKey("name") ? y.string(m.get("name"), field + ".name") : id;
        double[] loc = location(m.get("location"), field + ".location");
        return new Scenario.Actor(id, name, loc[0], loc[1]);
    }

    private double[] location(Node n, String field) {
        if (n == null) {
            return new double[] {0, 0};
        }
        List<Node> items = y.sequence(n, field);
        if (items == null || items.size() != 2) {
            if (items != null) {
                y.problem(n, field, "expected [latitude, longitude]");
            }
            return new double[] {0, 0};
        }
        Double lat = y.number(items.get(0), field);
        Double lon = y.number(items.get(1), field);
        if (lat != null && Math.abs(lat) > 90 || lon != null && Math.abs(lon) > 180) {
            y.problem(n, field, "latitude must be within ±90 and longitude within ±180");
        }
        return new double[] {lat == null ? 0 : lat, lon == null ? 0 : lon};
    }

    private Map<String, Node> sub(Map<String, Node> m, String key, String field, List<String> allowed) {
        Node n = m.get(key);
        if (n == null) {
            return Map.of();
        }
        Map<String, Node> out = y.mapping(n, field + "." + key, allowed);
        return out == null ? Map.of() : out;
    }

    private static List<String> enumNames() {
        return Arrays.stream(EventType.values()).map(Enum::name).toList();
    }

    /** Records the number at node (or the default when absent) under path, range-checked. */
    private void put(String path, Node n, double defaultValue) {
        if (n == null) {
            if (!Double.isNaN(defaultValue)) {
                params.put(path, defaultValue);
            }
            return;
        }
        Double v = y.number(n, path);
        if (v == null) {
            return;
        }
        String bad = Parameters.checkRange(path, v);
        if (bad != null) {
            y.problem(n, path, bad);
        }
        params.put(path, v);
    }

    private boolean checkActor(String id, Node at, String field) {
        if (actorIds.contains(id)) {
            return true;
        }
        y.problem(at, field, "unknown actor '" + id + "' (actors: " + String.join(", ", actorIds) + ")");
        return false;
    }

    private List<String> actorRefs(Node n, String field) {
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

    private List<String> defaultRefs(List<String> ids, String field, Node at) {
        for (String id : ids) {
            if (!actorIds.contains(id) && !actorIds.isEmpty()) {
                y.problem(at, field, "the default " + ids + " names actor '" + id
                        + "' which this scenario lacks: set " + field + " explicitly");
                return List.of();
            }
        }
        return ids;
    }

    private List<String> actorList(Node blocs, String key, List<String> fallback) {
        Map<String, Node> m = blocs == null ? Map.of() : y.mapping(blocs, "blocs", List.of("trilateral", "counter"));
        if (m == null) {
            return List.of();
        }
        Node n = m.get(key);
        return n == null ? defaultRefs(fallback, "blocs." + key, blocs) : actorRefs(n, "blocs." + key);
    }

    // ---- dynamics and effects -----------------------------------------------------------

    private void dynamics(Node n) {
        List<String> keys = Arrays.stream(Dynamics.values()).map(Dynamics::key).toList();
        Map<String, Node> m = n == null ? Map.of() : y.mapping(n, "dynamics", keys);
        for (Dynamics d : Dynamics.values()) {
            put(d.path(), m == null ? null : m.get(d.key()), d.defaultValue());
        }
    }

    private void effects(Node overrides) {
        try (InputStream in = ScenarioReader.class.getResourceAsStream(DEFAULT_EFFECTS)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Problem> own = new ArrayList<>();
            Node table = compose(DEFAULT_EFFECTS, text, own);
            new ScenarioReader(new YamlTree(DEFAULT_EFFECTS, own), own, Optional.empty()).effectTable(table, params, true);
            if (!own.isEmpty()) {
                throw new IllegalStateException("broken default effect table: " + own);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_EFFECTS, e);
        }
        if (overrides != null) {
            effectTable(overrides, params, false);
        }
    }

    private void effectTable(Node n, TreeMap<String, Double> into, boolean complete) {
        Map<String, Node> m = y.mapping(n, "effects", enumNames());
        if (m == null) {
            return;
        }
        List<String> fields = new ArrayList<>(Arrays.stream(EffectField.values()).map(EffectField::key).toList());
        fields.addAll(List.of("subtype", "overflight"));
        for (EventType t : EventType.values()) {
            Node row = m.get(t.name());
            if (row == null) {
                if (complete) {
                    y.problem(n, "effects." + t, "the default table lacks this type");
                }
                continue;
            }
            Map<String, Node> r = y.mapping(row, "effects." + t, fields);
            if (r == null) {
                continue;
            }
            for (EffectField f : EffectField.values()) {
                Node v = complete ? y.require(r, f.key(), row, "effects." + t) : r.get(f.key());
                if (v != null) {
                    putInto(into, f.path(t), v);
                }
            }
            missileModifiers(t, r, row, into, complete);
        }
    }

    private void missileModifiers(EventType t, Map<String, Node> r, Node row, TreeMap<String, Double> into,
                                  boolean complete) {
        boolean missile = t == EventType.MISSILE_TEST;
        for (String key : List.of("subtype", "overflight")) {
            if (r.containsKey(key) && !missile) {
                y.problem(r.get(key), "effects." + t + "." + key, "only MISSILE_TEST has " + key + " multipliers");
            }
        }
        if (!missile) {
            return;
        }
        Map<String, Node> sub = sub(r, "subtype", "effects." + t, EventType.MISSILE_CLASSES);
        for (String c : EventType.MISSILE_CLASSES) {
            Node v = sub.get(c);
            if (v != null) {
                putInto(into, "effects." + t + ".subtype." + c, v);
            } else if (complete) {
                y.problem(row, "effects." + t + ".subtype." + c, "missing multiplier");
            }
        }
        Node over = complete ? y.require(r, "overflight", row, "effects." + t) : r.get("overflight");
        if (over != null) {
            putInto(into, "effects." + t + ".overflight", over);
        }
    }

    private void putInto(TreeMap<String, Double> into, String path, Node v) {
        Double d = y.number(v, path);
        if (d == null) {
            return;
        }
        String bad = Parameters.checkRange(path, d);
        if (bad != null) {
            y.problem(v, path, bad);
        }
        into.put(path, d);
    }

    // ---- treaties, actions, events ------------------------------------------------------

    private List<Scenario.Treaty> treaties(Node n) {
        List<Scenario.Treaty> out = new ArrayList<>();
        List<Node> items = n == null ? List.of() : y.sequence(n, "treaties");
        if (items == null) {
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String field = "treaties[" + (i + 1) + "]";
            Map<String, Node> m = y.mapping(item, field, List.of("parties", "strength", "since", "name"));
            if (m == null) {
                continue;
            }
            Node partiesNode = y.require(m, "parties", item, field);
            List<String> parties = partiesNode == null ? null : y.strings(partiesNode, field + ".parties");
            if (parties == null) {
                continue;
            }
            if (parties.size() != 2) {
                y.problem(partiesNode, field + ".parties", "a treaty has exactly two parties");
                continue;
            }
            String a = parties.get(0);
            String b = parties.get(1);
            boolean known = checkActor(a, partiesNode, field + ".parties") & checkActor(b, partiesNode, field + ".parties");
            if (a.equals(b)) {
                y.problem(partiesNode, field + ".parties", "a treaty of " + a + " with itself");
                continue;
            }
            Scenario.Treaty t = new Scenario.Treaty(a, b,
                    m.containsKey("name") ? y.string(m.get("name"), field + ".name") : a + "-" + b,
                    m.containsKey("since") ? toInt(y.integer(m.get("since"), field + ".since")) : null);
            String path = "treaties." + t.key() + ".strength";
            if (params.containsKey(path) || params.containsKey("treaties." + b + "-" + a + ".strength")) {
                y.problem(item, field, "a second treaty between " + a + " and " + b);
            }
            put(path, y.require(m, "strength", item, field), Double.NaN);
            if (known) {
                out.add(t);
            }
        }
        return out;
    }

    private static Integer toInt(Long v) {
        return v == null ? null : v.intValue();
    }

    private List<Scenario.Action> actions(Node n) {
        List<Scenario.Action> out = new ArrayList<>();
        List<Node> items = n == null ? List.of() : y.sequence(n, "actions");
        if (items == null) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        List<String> features = Arrays.stream(UtilityFeature.values()).map(UtilityFeature::key).toList();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Map<String, Node> m = y.mapping(item, "actions[" + (i + 1) + "]", ACTION_KEYS);
            if (m == null) {
                continue;
            }
            String id = id(m, item, "actions[" + (i + 1) + "]", ids);
            String field = "actions." + (id == null ? "[" + (i + 1) + "]" : id);
            Node actorNode = y.require(m, "actor", item, field);
            String actor = actorNode == null ? null : y.string(actorNode, field + ".actor");
            if (actor != null) {
                checkActor(actor, actorNode, field + ".actor");
            }
            EventType type = type(m, item, field);
            List<String> partners = m.containsKey("partners") ? actorRefs(m.get("partners"), field + ".partners") : List.of();
            List<String> targets = m.containsKey("targets") ? actorRefs(m.get("targets"), field + ".targets") : List.of();
            checkRoles(actor, partners, targets, item, field);
            String subtype = subtype(type, m, item, field);
            boolean overflight = overflight(type, m, field);
            Map<String, Node> u = sub(m, "utility", field, features);
            if (id != null) {
                put(field + ".intensity", m.get("intensity"), 1.0);
                for (UtilityFeature f : UtilityFeature.values()) {
                    put(f.path(id), u.get(f.key()), 0.0);
                }
                out.add(new Scenario.Action(id, actor, type, subtype, overflight, partners, targets));
            }
        }
        return out;
    }

    private void checkRoles(String actor, List<String> partners, List<String> targets, Node at, String field) {
        List<String> all = new ArrayList<>(partners);
        if (actor != null) {
            all.add(actor);
        }
        for (String t : targets) {
            if (all.contains(t)) {
                y.problem(at, field + ".targets", t + " cannot be both an actor and a target of the same event");
            }
        }
    }

    private List<Scenario.Event> events(Node n, LocalDate[] period) {
        List<Scenario.Event> out = new ArrayList<>();
        List<Node> items = n == null ? List.of() : y.sequence(n, "events");
        if (items == null) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Map<String, Node> m = y.mapping(item, "events[" + (i + 1) + "]", EVENT_KEYS);
            if (m == null) {
                continue;
            }
            String id = id(m, item, "events[" + (i + 1) + "]", ids);
            String field = "events." + (id == null ? "[" + (i + 1) + "]" : id);
            Node dateNode = y.require(m, "date", item, field);
            LocalDate date = dateNode == null ? null : y.date(dateNode, field + ".date");
            if (date != null && period[0] != null && period[1] != null
                    && (date.isBefore(period[0]) || date.isAfter(period[1]))) {
                y.problem(dateNode, field + ".date", "date " + date + " is outside the period "
                        + period[0] + " .. " + period[1]);
            }
            EventType type = type(m, item, field);
            Node actorsNode = y.require(m, "actors", item, field);
            List<String> actors = actorsNode == null ? List.of() : actorRefs(actorsNode, field + ".actors");
            if (actorsNode != null && actors.isEmpty()) {
                y.problem(actorsNode, field + ".actors", "an event needs at least one actor");
            }
            List<String> targets = m.containsKey("targets") ? actorRefs(m.get("targets"), field + ".targets") : List.of();
            checkRoles(null, actors, targets, item, field);
            String subtype = subtype(type, m, item, field);
            boolean overflight = overflight(type, m, field);
            String origin = origin(m, field);
            // An injected event came from a user in a GUI session, not from evidence: no source needed.
            String source = Scenario.Event.INJECTED.equals(origin) && !m.containsKey("source") ? ""
                    : source(m, item, field);
            String note = m.containsKey("note") ? y.string(m.get("note"), field + ".note") : "";
            if (id != null) {
                put(field + ".intensity", m.get("intensity"), 1.0);
                params.put(field + ".enabled", enabled(m.get("enabled"), field) ? 1.0 : 0.0);
                level(type, m, item, field);
                out.add(new Scenario.Event(id, date, type, actors, targets, subtype, overflight, source, note, origin));
            }
        }
        return out;
    }

    private void level(EventType type, Map<String, Node> m, Node item, String field) {
        if (type == EventType.DEFENSE_SPENDING) {
            put(field + ".level", y.require(m, "level", item, field), Double.NaN);
        } else if (type != null && m.containsKey("level")) {
            y.problem(m.get("level"), field + ".level", "only DEFENSE_SPENDING events take a level");
        }
    }

    private boolean enabled(Node n, String field) {
        return n == null || !Boolean.FALSE.equals(y.bool(n, field + ".enabled"));
    }

    private String id(Map<String, Node> m, Node item, String field, Set<String> seen) {
        Node n = y.require(m, "id", item, field);
        String id = n == null ? null : y.string(n, field + ".id");
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

    private EventType type(Map<String, Node> m, Node item, String field) {
        Node n = y.require(m, "type", item, field);
        String s = n == null ? null : y.string(n, field + ".type");
        if (s == null) {
            return null;
        }
        try {
            return EventType.valueOf(s);
        } catch (IllegalArgumentException e) {
            y.problem(n, field + ".type", "unknown event type '" + s + "' (types: " + String.join(", ", enumNames()) + ")");
            return null;
        }
    }

    private String subtype(EventType type, Map<String, Node> m, Node item, String field) {
        if (type == null) {
            return null; // the unknown type is reported already
        }
        if (type != EventType.MISSILE_TEST) {
            if (m.containsKey("subtype")) {
                y.problem(m.get("subtype"), field + ".subtype", "only MISSILE_TEST events take a subtype");
            }
            return null;
        }
        Node n = y.require(m, "subtype", item, field);
        String s = n == null ? null : y.string(n, field + ".subtype");
        if (s != null && !EventType.MISSILE_CLASSES.contains(s)) {
            y.problem(n, field + ".subtype", "unknown missile class '" + s + "' (classes: "
                    + String.join(", ", EventType.MISSILE_CLASSES) + ")");
        }
        return s;
    }

    private boolean overflight(EventType type, Map<String, Node> m, String field) {
        Node n = m.get("overflight");
        if (n == null) {
            return false;
        }
        if (type != null && type != EventType.MISSILE_TEST) {
            y.problem(n, field + ".overflight", "only MISSILE_TEST events take overflight");
        }
        return Boolean.TRUE.equals(y.bool(n, field + ".overflight"));
    }

    private String origin(Map<String, Node> m, String field) {
        Node n = m.get("origin");
        String s = n == null ? Scenario.Event.SCENARIO : y.string(n, field + ".origin");
        if (s != null && !s.equals(Scenario.Event.SCENARIO) && !s.equals(Scenario.Event.INJECTED)) {
            y.problem(n, field + ".origin", "expected '" + Scenario.Event.SCENARIO + "' or '"
                    + Scenario.Event.INJECTED + "', found '" + s + "'");
        }
        return s;
    }

    private String source(Map<String, Node> m, Node item, String field) {
        Node n = y.require(m, "source", item, field);
        String s = n == null ? null : y.string(n, field + ".source");
        if (s == null) {
            return null;
        }
        String bad = SeedDocuments.checkSource(s, seeds);
        if (bad != null) {
            y.problem(n, field + ".source", bad);
        }
        return s.trim();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
