package entente.scenario;

import entente.io.InputFiles;
import entente.util.DidYouMean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Resolves {@code extends:}: a scenario names a parent file (relative to itself) and states
 * only what differs. The trees are merged before the scenario is read, and every node keeps
 * the file it came from, so a problem in a parent is reported in the parent's file and line.
 *
 * <p>Merge rules: mappings merge key by key, recursively (dynamics, actors and their
 * preference maps, effects, blocs); scalars and plain lists are replaced; {@code events},
 * {@code actions}, {@code treaties} and {@code changes} take {@code add:} (new items), {@code remove:} (ids)
 * and {@code change:} (id → fields to merge into that item). Treaties are identified by their
 * parties, e.g. {@code USA-KOR}.
 */
final class Inheritance {
    private static final List<String> KEYED_LISTS = List.of("events", "actions", "treaties", "changes");
    private static final List<String> EDITS = List.of("add", "remove", "change");

    /**
     * The merged tree, where each node came from, and the checksum: SHA-256 of the file, or
     * for a chain of files, of each file's length and bytes from the root ancestor down.
     */
    record Resolved(Node root, Map<Node, String> origins, String checksum, boolean parentMissing) {}

    private final List<Problem> problems;
    private final Map<Node, String> origins = new IdentityHashMap<>();
    private final List<byte[]> chain = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    /** Set when a parent could not be read: the child is then read alone, for its own problems. */
    private boolean parentMissing;

    private Inheritance(List<Problem> problems) {
        this.problems = problems;
    }

    /** Null (with problems) when a file in the chain cannot be read or parsed. */
    static Resolved resolve(Path file, List<Problem> problems) {
        Inheritance in = new Inheritance(problems);
        Node root = in.load(file, new ArrayList<>());
        return root == null ? null : new Resolved(root, in.origins, in.checksum(), in.parentMissing);
    }

    /** The files a scenario reads: itself and the parents it extends, as far as they can be read. */
    static List<Path> files(Path file) {
        Inheritance in = new Inheritance(new ArrayList<>());
        in.load(file, new ArrayList<>());
        return List.copyOf(in.files);
    }

    static Resolved resolveText(String name, String text, List<Problem> problems) {
        Inheritance in = new Inheritance(problems);
        Node root = in.parse(name, text.getBytes(StandardCharsets.UTF_8), Path.of(name), new ArrayList<>());
        return root == null ? null : new Resolved(root, in.origins, in.checksum(), in.parentMissing);
    }

    private Node load(Path file, List<Path> visiting) {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file.toString(), 0, "", "no such file"));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file.toString(), 0, "", "cannot read: " + e.getMessage()));
            return null;
        }
        files.add(file);
        return parse(file.toString(), bytes, file, visiting);
    }

    private Node parse(String name, byte[] bytes, Path file, List<Path> visiting) {
        Node root = ScenarioReader.compose(name, InputFiles.text(name, bytes), problems);
        if (root == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem(name, 0, "", "the file is empty"));
            }
            return null;
        }
        remember(root, name);
        if (!(root instanceof MappingNode m)) {
            return root; // the reader reports that it is not a mapping
        }
        Node parentRef = value(m, "extends");
        if (parentRef == null) {
            append(bytes);
            return root;
        }
        YamlTree y = new YamlTree(name, problems);
        String ref = y.string(parentRef, "extends");
        if (ref == null) {
            return null;
        }
        Path parent = file.toAbsolutePath().normalize().resolveSibling(ref).normalize();
        List<Path> chainSoFar = new ArrayList<>(visiting);
        chainSoFar.add(file.toAbsolutePath().normalize());
        if (chainSoFar.contains(parent)) {
            y.problem(parentRef, "extends", "cycle: " + cycle(chainSoFar, parent));
            return null;
        }
        Node base = null;
        if (!ref.matches("(?i).*\\.ya?ml")) {
            // never read another kind of file as a scenario: its content would show in the messages
            y.problem(parentRef, "extends", "'" + ref + "' is not a scenario file: extends names a .yaml file");
        } else if (Files.isRegularFile(parent)) {
            base = load(file.resolveSibling(ref).normalize(), chainSoFar);
        } else {
            y.problem(parentRef, "extends", "no such file '" + ref + "' (looked for " + parent + ")"
                    + DidYouMean.hint(ref, siblings(parent, ref)));
        }
        append(bytes);
        if (base == null) {
            // Read the child against an empty parent so that its own problems are reported too.
            parentMissing = true;
            base = new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK);
        }
        return merge(base, without(m, "extends"), "", name);
    }

    /** The YAML files beside a missing parent, named as {@code extends: ref} would name them. */
    private static List<String> siblings(Path missing, String ref) {
        String folder = ref.substring(0, ref.lastIndexOf('/') + 1);
        Path dir = missing.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).sorted()
                    .map(f -> folder + f).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String cycle(List<Path> chain, Path back) {
        StringBuilder sb = new StringBuilder();
        for (Path p : chain.subList(chain.indexOf(back), chain.size())) {
            sb.append(p.getFileName()).append(" -> ");
        }
        return sb.append(back.getFileName()).toString();
    }

    private void append(byte[] bytes) {
        chain.add(bytes);
    }

    private String checksum() {
        if (chain.size() == 1) {
            return ScenarioReader.sha256(chain.get(0));
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] b : chain) {
            all.writeBytes((b.length + ":").getBytes(StandardCharsets.UTF_8));
            all.writeBytes(b);
        }
        return ScenarioReader.sha256(all.toByteArray());
    }

    private void remember(Node n, String file) {
        origins.put(n, file);
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                remember(t.getKeyNode(), file);
                remember(t.getValueNode(), file);
            }
        } else if (n instanceof SequenceNode s) {
            s.getValue().forEach(c -> remember(c, file));
        }
    }

    // ---- merging ------------------------------------------------------------------------

    private Node merge(Node base, Node over, String field, String file) {
        if (!(base instanceof MappingNode b) || !(over instanceof MappingNode o)) {
            return over;
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : b.getValue()) {
            out.put(key(t), t);
        }
        for (NodeTuple t : o.getValue()) {
            String k = key(t);
            String sub = field.isEmpty() ? k : field + "." + k;
            NodeTuple old = out.get(k);
            Node merged;
            if (field.isEmpty() && KEYED_LISTS.contains(k)) {
                merged = editList(old == null ? null : old.getValueNode(), t.getValueNode(), k, file);
            } else {
                merged = old == null ? t.getValueNode() : merge(old.getValueNode(), t.getValueNode(), sub, file);
            }
            out.put(k, new NodeTuple(t.getKeyNode(), merged));
        }
        MappingNode m = new MappingNode(Tag.MAP, true, new ArrayList<>(out.values()), o.getStartMark(), o.getEndMark(),
                o.getFlowStyle());
        origins.put(m, file);
        return m;
    }

    /** Applies add/remove/change to the parent's list of events, actions, treaties or changes. */
    private Node editList(Node base, Node edits, String field, String file) {
        YamlTree y = new YamlTree(file, problems);
        if (!(edits instanceof MappingNode)) {
            y.problem(edits, field, "in a scenario that extends another, " + field
                    + " takes add: (new items), remove: (ids) and change: (id: fields)");
            return base;
        }
        Map<String, Node> e = y.mapping(edits, field, EDITS);
        Map<String, Node> items = new LinkedHashMap<>();
        List<Node> unkeyed = new ArrayList<>();
        if (base instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                String id = identity(item, field);
                if (id == null) {
                    unkeyed.add(item);
                } else {
                    items.put(id, item);
                }
            }
        }
        if (parentMissing) {
            e.remove("remove"); // what they name lives in the missing parent
            e.remove("change");
        }
        if (e.containsKey("remove")) {
            List<String> ids = y.strings(e.get("remove"), field + ".remove");
            for (String id : ids == null ? List.<String>of() : ids) {
                if (items.remove(normalise(field, id)) == null) {
                    y.problem(e.get("remove"), field + ".remove", "no " + singular(field) + " '" + id + "' to remove in the parent"
                            + DidYouMean.hint(id, items.keySet()));
                }
            }
        }
        if (e.containsKey("change")) {
            Map<String, Node> changes = y.mapping(e.get("change"), field + ".change", null);
            for (var c : changes == null ? Map.<String, Node>of().entrySet() : changes.entrySet()) {
                String id = normalise(field, c.getKey());
                Node old = items.get(id);
                if (old == null) {
                    y.problem(c.getValue(), field + ".change." + c.getKey(), "no " + singular(field) + " '" + c.getKey() + "' in the parent"
                            + DidYouMean.hint(c.getKey(), items.keySet()));
                } else {
                    items.put(id, merge(old, c.getValue(), field + "." + c.getKey(), file));
                }
            }
        }
        List<Node> out = new ArrayList<>(unkeyed);
        out.addAll(items.values());
        if (e.containsKey("add")) {
            List<Node> added = y.sequence(e.get("add"), field + ".add");
            if (added != null) {
                out.addAll(added);
            }
        }
        SequenceNode seq = new SequenceNode(Tag.SEQ, true, out, edits.getStartMark(), edits.getEndMark(),
                DumperOptions.FlowStyle.BLOCK);
        origins.put(seq, file);
        return seq;
    }

    private static String singular(String field) {
        return field.substring(0, field.length() - 1);
    }

    /** An item's identity: its id, or for a treaty its two parties (either order: USA-KOR or KOR-USA). */
    private static String identity(Node item, String field) {
        if (!(item instanceof MappingNode m)) {
            return null;
        }
        if (!field.equals("treaties")) {
            return value(m, "id") instanceof ScalarNode s ? s.getValue() : null;
        }
        if (value(m, "parties") instanceof SequenceNode p && p.getValue().size() == 2
                && p.getValue().get(0) instanceof ScalarNode a && p.getValue().get(1) instanceof ScalarNode b) {
            return treatyKey(a.getValue(), b.getValue());
        }
        return null;
    }

    private static String normalise(String field, String id) {
        String[] parties = id.split("-");
        return field.equals("treaties") && parties.length == 2 ? treatyKey(parties[0], parties[1]) : id;
    }

    static String treatyKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (key.equals(key(t))) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private MappingNode without(MappingNode m, String key) {
        List<NodeTuple> kept = new ArrayList<>(m.getValue());
        kept.removeIf(t -> key.equals(key(t)));
        MappingNode out = new MappingNode(Tag.MAP, true, kept, m.getStartMark(), m.getEndMark(), m.getFlowStyle());
        origins.put(out, origins.get(m));
        return out;
    }
}
