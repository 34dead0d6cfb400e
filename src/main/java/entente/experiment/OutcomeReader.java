package entente.experiment;

import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.scenario.YamlTree;
import entente.util.DidYouMean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads user-defined outcomes ({@link Outcome}): the {@code outcomes:} list of a sweep file, a
 * file holding such a list, or one outcome given on the command line as a YAML flow mapping,
 * e.g. {@code {name: prk-above-7, kind: threshold, series: escalation.PRK, above: 7}}. Every
 * problem is reported with file, line and field, with suggestions for mistyped names.
 */
public final class OutcomeReader {
    private static final List<String> KEYS = List.of("name", "kind", "series", "above", "below", "type", "actor",
            "subtype", "origin", "from", "to", "on");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");

    private final YamlTree y;
    private final Scenario scenario;
    private final Map<String, RunRecord.Key> series;
    private final Set<String> reserved;

    /**
     * @param reserved names an outcome may not take (factor names, built-in metric names)
     */
    public OutcomeReader(YamlTree y, Scenario scenario, Collection<String> reserved) {
        this.y = y;
        this.scenario = scenario;
        this.series = RunMetrics.available(scenario);
        this.reserved = new HashSet<>(reserved);
        this.reserved.addAll(series.keySet());
        this.reserved.add(RunMetrics.EVENTS);
    }

    /**
     * Outcomes from command-line arguments: each either a YAML flow mapping (one outcome) or the
     * name of a YAML file with an {@code outcomes:} list. Throws with every problem found.
     */
    public static List<Outcome> fromArguments(List<String> args, Scenario scenario) throws InputException {
        List<Problem> problems = new ArrayList<>();
        List<Outcome> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String arg : args) {
            boolean inline = arg.strip().startsWith("{");
            String where = inline ? "--outcome" : arg;
            String text = inline ? arg : read(arg, problems);
            Node root = text == null ? null : ScenarioReader.compose(where, text, problems);
            if (root == null) {
                continue;
            }
            OutcomeReader reader = new OutcomeReader(new YamlTree(where, problems), scenario, List.of());
            if (inline) {
                Outcome o = reader.outcome(root, "outcome", names);
                if (o != null) {
                    out.add(o);
                }
            } else {
                Map<String, Node> top = reader.y.mapping(root, "", List.of("outcomes"));
                Node list = top == null ? null : reader.y.require(top, "outcomes", root, "");
                if (list != null) {
                    out.addAll(reader.outcomes(list, names));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    private static String read(String file, List<Problem> problems) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(file));
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(new Problem(file, 0, "", "no such file (an outcome is a file with an outcomes: list, "
                    + "or a mapping in braces such as '{name: x, kind: count, type: SUMMIT}')"));
        } catch (java.io.IOException e) {
            problems.add(new Problem(file, 0, "", "cannot read: " + e.getMessage()));
        }
        return null;
    }

    /** The items of an {@code outcomes:} list; names must be distinct. */
    public List<Outcome> outcomes(Node list, Set<String> names) {
        List<Outcome> out = new ArrayList<>();
        List<Node> items = y.sequence(list, "outcomes");
        for (int i = 0; items != null && i < items.size(); i++) {
            Outcome o = outcome(items.get(i), "outcomes[" + (i + 1) + "]", names);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private Outcome outcome(Node item, String field, Set<String> names) {
        Map<String, Node> m = y.mapping(item, field, KEYS);
        if (m == null) {
            return null;
        }
        String name = name(m, item, field, names);
        Node kindNode = y.require(m, "kind", item, field);
        String kindText = y.string(kindNode, field + ".kind");
        Outcome.Kind kind = kindText == null ? null : Outcome.Kind.of(kindText);
        List<String> kinds = Arrays.stream(Outcome.Kind.values()).map(Outcome.Kind::key).toList();
        if (kindText != null && kind == null) {
            y.problem(kindNode, field + ".kind", "unknown kind '" + kindText + "'" + DidYouMean.hint(kindText, kinds)
                    + " (kinds: " + String.join(", ", kinds) + ")");
        }
        if (kind == null || name == null) {
            return null;
        }
        List<String> allowed = switch (kind) {
            case THRESHOLD -> List.of("name", "kind", "series", "above", "below");
            case TIME_TO_EVENT -> List.of("name", "kind", "type", "actor", "subtype", "origin");
            case COUNT -> List.of("name", "kind", "type", "actor", "subtype", "origin", "from", "to");
            case VALUE -> List.of("name", "kind", "series", "on");
        };
        for (String key : m.keySet()) {
            if (!allowed.contains(key)) {
                y.problem(m.get(key), field + "." + key, "a " + kind.key() + " outcome takes no " + key
                        + " (it takes " + String.join(", ", allowed.subList(2, allowed.size())) + ")");
            }
        }
        return switch (kind) {
            case THRESHOLD -> threshold(name, m, item, field);
            case TIME_TO_EVENT, COUNT -> events(name, kind, m, item, field);
            case VALUE -> value(name, m, item, field);
        };
    }

    private String name(Map<String, Node> m, Node item, String field, Set<String> names) {
        Node n = y.require(m, "name", item, field);
        String name = y.string(n, field + ".name");
        if (name == null) {
            return null;
        }
        if (!NAME.matcher(name).matches()) {
            y.problem(n, field + ".name", "use lower-case letters, digits, '_' and '-', starting with a letter");
            return null;
        }
        if (reserved.contains(name)) {
            y.problem(n, field + ".name", "'" + name + "' names a series, metric or factor already");
            return null;
        }
        if (!names.add(name)) {
            y.problem(n, field + ".name", "duplicate outcome name '" + name + "'");
            return null;
        }
        return name;
    }

    private Outcome threshold(String name, Map<String, Node> m, Node item, String field) {
        RunRecord.Key key = series(m, item, field);
        if (m.containsKey("above") == m.containsKey("below")) {
            y.problem(item, field, "a threshold outcome needs either above: or below: (the level)");
            return null;
        }
        boolean below = m.containsKey("below");
        Double level = y.number(m.get(below ? "below" : "above"), field + (below ? ".below" : ".above"));
        if (key == null || level == null) {
            return null;
        }
        return new Outcome(name, Outcome.Kind.THRESHOLD, key, level, below, null, null, null, null, null, null);
    }

    private Outcome value(String name, Map<String, Node> m, Node item, String field) {
        RunRecord.Key key = series(m, item, field);
        LocalDate on = date(y.require(m, "on", item, field), field + ".on");
        if (key == null || on == null) {
            return null;
        }
        return new Outcome(name, Outcome.Kind.VALUE, key, Double.NaN, false, null, null, null, null, on, null);
    }

    private Outcome events(String name, Outcome.Kind kind, Map<String, Node> m, Node item, String field) {
        Node typeNode = y.require(m, "type", item, field);
        String typeText = y.string(typeNode, field + ".type");
        EventType type = null;
        List<String> types = Arrays.stream(EventType.values()).map(Enum::name).toList();
        if (typeText != null && !types.contains(typeText)) {
            y.problem(typeNode, field + ".type", "unknown event type '" + typeText + "'"
                    + DidYouMean.hint(typeText, types) + " (types: " + String.join(", ", types) + ")");
        } else if (typeText != null) {
            type = EventType.valueOf(typeText);
        }
        String actor = optional(m, "actor", field, scenario.actorIds(), "actor");
        String subtype = type == null ? null : optional(m, "subtype", field, type.subtypes(), "subtype of " + type);
        List<String> origins = Arrays.stream(EventOrigin.values()).map(EventOrigin::key).toList();
        String originText = optional(m, "origin", field, origins, "origin");
        LocalDate from = m.containsKey("from") ? date(m.get("from"), field + ".from") : null;
        LocalDate to = m.containsKey("to") ? date(m.get("to"), field + ".to") : null;
        if (from != null && to != null && to.isBefore(from)) {
            y.problem(m.get("to"), field + ".to", "the window ends before it starts");
        }
        if (type == null) {
            return null;
        }
        return new Outcome(name, kind, null, Double.NaN, false, type, actor, subtype,
                originText == null ? null : EventOrigin.of(originText), from, to);
    }

    /** An optional name that must be one of {@code known}; null when absent or wrong (reported). */
    private String optional(Map<String, Node> m, String key, String field, List<String> known, String noun) {
        if (!m.containsKey(key)) {
            return null;
        }
        String s = y.string(m.get(key), field + "." + key);
        if (s != null && !known.contains(s)) {
            y.problem(m.get(key), field + "." + key, "unknown " + noun + " '" + s + "'" + DidYouMean.hint(s, known)
                    + (known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")"));
            return null;
        }
        return s;
    }

    private RunRecord.Key series(Map<String, Node> m, Node item, String field) {
        Node n = y.require(m, "series", item, field);
        String s = y.string(n, field + ".series");
        if (s == null) {
            return null;
        }
        RunRecord.Key key = series.get(s);
        if (key == null) {
            y.problem(n, field + ".series", "unknown series '" + s + "'" + DidYouMean.hint(s, series.keySet())
                    + " (series are named like escalation.PRK or affinity.USA.JPN; entente show lists the actors)");
        }
        return key;
    }

    /** A date inside the scenario's period. */
    private LocalDate date(Node n, String field) {
        LocalDate d = y.date(n, field);
        if (d != null && (d.isBefore(scenario.start()) || d.isAfter(scenario.end()))) {
            y.problem(n, field, "date " + d + " is outside the period " + scenario.start() + " .. " + scenario.end());
            return null;
        }
        return d;
    }
}
