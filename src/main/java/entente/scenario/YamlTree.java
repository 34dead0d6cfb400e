package entente.scenario;

import entente.util.DidYouMean;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reading of a composed YAML tree that remembers lines: every wrong type, unknown or
 * missing field becomes a {@link Problem} naming file, line and field, and reading goes on
 * so that all problems are reported at once.
 */
public final class YamlTree {
    private final String file;
    private final List<Problem> problems;
    private final Map<Node, String> origins;

    public YamlTree(String file, List<Problem> problems) {
        this(file, problems, Map.of());
    }

    /** For a merged tree: {@code origins} names the file each node came from. */
    YamlTree(String file, List<Problem> problems, Map<Node, String> origins) {
        this.file = file;
        this.problems = problems;
        this.origins = origins;
    }

    public String file() {
        return file;
    }

    /** "file:line" of a node, in the file it came from. */
    public String where(Node n) {
        return origins.getOrDefault(n, file) + ":" + line(n);
    }

    public static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    public void problem(Node at, String field, String message) {
        String where = at == null ? file : origins.getOrDefault(at, file);
        problems.add(new Problem(where, at == null ? 0 : line(at), field, message));
    }

    /** The keys of a mapping in file order; null (and a problem) if the node is not a mapping. */
    public Map<String, Node> mapping(Node n, String field, Collection<String> allowed) {
        if (!(n instanceof MappingNode m)) {
            // a whole file that is one text is not YAML at all: not quoted, it may be anything
            problem(n, field, "expected a mapping (key: value lines), found "
                    + (field.isEmpty() && n instanceof ScalarNode ? "plain text" : describe(n)));
            return null;
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            String key = k instanceof ScalarNode s ? s.getValue() : null;
            String sub = field.isEmpty() ? String.valueOf(key) : field + "." + key;
            if (key == null) {
                problem(k, field, "keys must be plain names");
            } else if (out.containsKey(key)) {
                problem(k, sub, "duplicate key '" + key + "'");
            } else if (allowed != null && !allowed.contains(key)) {
                problem(k, sub, "unknown field '" + key + "'" + DidYouMean.hint(key, allowed) + " (expected one of: " + String.join(", ", allowed) + ")");
            } else {
                out.put(key, t.getValueNode());
            }
        }
        return out;
    }

    /**
     * The top-level fields of a file of this kind, as {@link #mapping}; null and one problem when
     * the file's fields say it is of another kind.
     */
    public Map<String, Node> document(Node root, DocumentKind kind) {
        if (root instanceof MappingNode m) {
            List<String> keys = m.getValue().stream().map(NodeTuple::getKeyNode)
                    .map(k -> k instanceof ScalarNode s ? s.getValue() : "").toList();
            Optional<DocumentKind> other = DocumentKind.instead(kind, keys);
            if (other.isPresent()) {
                problem(null, "", "this file looks like " + other.get().description() + ", not "
                        + kind.description() + " (its top-level fields: " + String.join(", ", keys) + ")");
                return null;
            }
        }
        return mapping(root, "", kind.fields());
    }

    /** The node under key, or null and a 'missing field' problem at the parent. */
    public Node require(Map<String, Node> m, String key, Node parent, String field) {
        Node n = m.get(key);
        if (n == null) {
            problem(parent, field.isEmpty() ? key : field + "." + key, "missing field '" + key + "'");
        }
        return n;
    }

    /** The items of a list; null (and a problem) if the node is not one, null alone if it is absent. */
    public List<Node> sequence(Node n, String field) {
        if (n == null) {
            return null; // absence is reported by require() where the field is needed
        }
        if (n instanceof SequenceNode s) {
            return s.getValue();
        }
        problem(n, field, "expected a list, found " + describe(n));
        return null;
    }

    /**
     * A scalar's text; null (and a problem) for a list or mapping, null alone for an absent node.
     * The other typed readers build on it, so each takes an absent node quietly.
     */
    public String string(Node n, String field) {
        if (n == null) {
            return null; // absence is reported by require() where the field is needed
        }
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(n, field, "expected a text value, found " + describe(n));
        return null;
    }

    public Double number(Node n, String field) {
        String s = string(n, field);
        if (s == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(s.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem(n, field, "expected a number, found '" + s + "'");
        return null;
    }

    public Long integer(Node n, String field) {
        String s = string(n, field);
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            problem(n, field, "expected a whole number, found '" + s + "'");
            return null;
        }
    }

    public Boolean bool(Node n, String field) {
        String s = string(n, field);
        if ("true".equals(s) || "false".equals(s)) {
            return Boolean.valueOf(s);
        }
        if (s != null) {
            problem(n, field, "expected true or false, found '" + s + "'");
        }
        return null;
    }

    public LocalDate date(Node n, String field) {
        String s = string(n, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            problem(n, field, "expected a date like 2022-06-29, found '" + s + "'");
            return null;
        }
    }

    public List<String> strings(Node n, String field) {
        List<Node> items = sequence(n, field);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Node item : items) {
            String s = string(item, field);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (!(n instanceof ScalarNode s)) {
            return "nothing";
        }
        // a value is shown to help find it; a whole file that is one value (not YAML at all) is not
        return n.getStartMark().getLine() == 0 && s.getValue().contains("\n") || s.getValue().length() > 80
                ? "a text of " + s.getValue().length() + " characters" : "'" + s.getValue() + "'";
    }
}
