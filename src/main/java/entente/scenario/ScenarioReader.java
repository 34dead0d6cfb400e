package entente.scenario;

import entente.util.Limits;
import java.io.StringReader;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads and checks a scenario file; reports every problem with file, line and field. */
public final class ScenarioReader extends SectionReader {
    private static final List<String> ACTOR_KEYS = actorKeys();
    private static final Pattern ACTOR_ID = Pattern.compile("[A-Z]{3}");

    private final List<Problem> problems;
    private final Optional<SeedDocuments> seeds;

    private ScenarioReader(YamlTree y, List<Problem> problems, Optional<SeedDocuments> seeds) {
        super(y, new TreeMap<>(), new LinkedHashSet<>(), new TreeMap<>());
        this.problems = problems;
        this.seeds = seeds;
    }

    /** Reads a scenario file (and the files it extends); throws with every problem found. */
    public static Scenario read(Path file) throws InputException {
        return readLocated(file).scenario();
    }

    /**
     * A scenario with where each parameter's value comes from: "file:line" of the file in the
     * {@code extends:} chain that sets it, or "default" (the registry's default).
     */
    public record Located(Scenario scenario, Map<String, String> sources) {}

    /** Reads a scenario file and notes the source of every parameter value. */
    public static Located readLocated(Path file) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Inheritance.Resolved r = Inheritance.resolve(file, problems);
        return read(file.toString(), r, problems, SeedDocuments.locate(file.toAbsolutePath().getParent()));
    }

    /** The files reading a scenario file reads: itself and the files it extends (outputs must not replace them). */
    public static List<Path> sources(Path file) {
        return Inheritance.files(file);
    }

    /** Reads scenario text that did not come from a file of its own; {@code name} is shown in messages. */
    public static Scenario fromText(String name, String text) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Inheritance.Resolved r = Inheritance.resolveText(name, text, problems);
        return read(name, r, problems, SeedDocuments.locate(Path.of(""))).scenario();
    }

    static Scenario parse(String file, String text, Optional<SeedDocuments> seeds) throws InputException {
        List<Problem> problems = new ArrayList<>();
        return read(file, Inheritance.resolveText(file, text, problems), problems, seeds).scenario();
    }

    private static Located read(String file, Inheritance.Resolved r, List<Problem> problems,
                                Optional<SeedDocuments> seeds) throws InputException {
        if (r == null) {
            throw new InputException(problems);
        }
        YamlTree y = new YamlTree(file, problems, r.origins());
        int before = problems.size();
        ScenarioReader reader = new ScenarioReader(y, problems, seeds);
        Scenario s = reader.scenario(r.root(), r.checksum());
        if (r.parentMissing()) {
            ParentlessCheck.dropWhatNeedsTheParent(problems.subList(before, problems.size()));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Located(s, java.util.Collections.unmodifiableMap(reader.sources));
    }

    /** Parses YAML text into a tree with line marks; a syntax error becomes a problem and null. */
    public static Node compose(String file, String text, List<Problem> problems) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            Node loop = root == null ? null : selfReference(root, Collections.newSetFromMap(new IdentityHashMap<>()));
            if (loop != null) {
                problems.add(new Problem(file, YamlTree.line(loop), "", "a YAML anchor contains an alias to itself "
                        + "(like &a [*a]); write the value out"));
                return null;
            }
            return root;
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

    /** The first node that contains itself through aliases, or null: such a tree has no end. */
    private static Node selfReference(Node n, Set<Node> open) {
        if (!open.add(n)) {
            return n;
        }
        List<Node> children = n instanceof SequenceNode s ? s.getValue()
                : n instanceof MappingNode m
                ? m.getValue().stream().flatMap(t -> Stream.of(t.getKeyNode(), t.getValueNode())).toList()
                : List.of();
        for (Node c : children) {
            Node loop = selfReference(c, open);
            if (loop != null) {
                return loop;
            }
        }
        open.remove(n);
        return null;
    }

    private Scenario scenario(Node root, String checksum) {
        Map<String, Node> top = y.document(root, DocumentKind.SCENARIO);
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
        new EffectTableReader(this).read(top.get("effects"));
        TimelineReader timeline = new TimelineReader(this, seeds);
        List<Scenario.Treaty> treaties = timeline.treaties(top.get("treaties"));
        List<Scenario.Action> actions = timeline.actions(top.get("actions"));
        List<Scenario.Event> events = timeline.events(top.get("events"), period);
        List<Scenario.Change> changes = new ChangeReader(this, seeds).changes(top.get("changes"), period);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Scenario(y.file(), name, title == null ? name : title, description == null ? "" : description,
                period[0], period[1], seed, actors, tri, counter, poles, treaties, actions, events, changes,
                new Parameters(params), checksum);
    }

    private String text(Map<String, Node> m, String key, Node parent, boolean required) {
        Node n = required ? y.require(m, key, parent, "") : m.get(key);
        return y.string(n, key);
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
        out[0] = y.date(s, "period.start");
        out[1] = y.date(e, "period.end");
        if (out[0] != null && out[1] != null && !out[1].isAfter(out[0])) {
            y.problem(e, "period.end", "the end " + out[1] + " must come after the start " + out[0]);
        } else if (out[0] != null && out[1] != null && out[1].isAfter(out[0].plusYears(Limits.MAX_YEARS))) {
            y.problem(e, "period.end", "the period " + out[0] + " .. " + out[1] + " is longer than "
                    + Limits.MAX_YEARS + " years, the most a scenario may span (docs/limits.md)");
            out[1] = null;
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
        if (m.size() > Limits.MAX_ACTORS) {
            y.problem(n, "actors", m.size() + " states, more than the " + Limits.MAX_ACTORS + " a scenario may have "
                    + "(every number between states is per pair; docs/limits.md)");
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
            put(f.path(id), v);
        }
        Map<String, Node> sens = sub(m, "sensitivity", field, enumNames());
        for (EventType t : EventType.values()) {
            put(ParameterRegistry.SENSITIVITY.path(id, t.name()), sens.get(t.name()));
        }
        for (ParameterFamily pair : List.of(ParameterRegistry.AFFINITY, ParameterRegistry.DEPENDENCE)) {
            String dim = pair.parts()[2];
            Map<String, Node> row = sub(m, dim, field, null);
            for (var e : row.entrySet()) {
                checkActor(e.getKey(), e.getValue(), field + "." + dim);
                if (e.getKey().equals(id)) {
                    y.problem(e.getValue(), field + "." + dim + "." + id, "a state has no " + dim + " with itself");
                }
            }
            for (String other : actorIds) {
                if (!other.equals(id)) {
                    put(pair.path(id, other), row.get(other));
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
            put(d.path(), m == null ? null : m.get(d.key()));
        }
    }

    // ---- treaties, actions, events ------------------------------------------------------

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
