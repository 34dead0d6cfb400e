package entente.validation;

import entente.util.DidYouMean;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.scenario.YamlTree;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a backtest targets file (scenarios/validation/targets.yaml), every problem with its line. */
public final class TargetsReader {
    private static final List<String> PARAMETERS = List.of("id", "description", "score", "set", "year", "years",
            "series", "from");
    private static final List<String> SETS = List.of("all", Split.IN_SAMPLE.label(), Split.HELD_OUT.label());
    private static final List<String> BASELINES = List.of(LaunchBaseline.POISSON, LaunchBaseline.HAWKES);

    private final YamlTree y;

    private TargetsReader(YamlTree y) {
        this.y = y;
    }

    /** The targets of a file; any problem fails the whole file, each problem with its line. */
    public static List<Target> read(Path file) throws InputException {
        List<Problem> problems = new ArrayList<>();
        YamlTree y = new YamlTree(file.toString(), problems);
        Node root = YamlFile.root(file, problems);
        Map<String, Node> top = y.mapping(root, "", List.of("targets"));
        List<Target> out = new ArrayList<>();
        List<Node> items = top == null ? null : y.sequence(y.require(top, "targets", root, ""), "targets");
        Set<String> ids = new HashSet<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            Target t = new TargetsReader(y).target(items.get(i), "targets[" + (i + 1) + "]");
            if (t != null && !ids.add(t.id())) {
                y.problem(items.get(i), "targets." + t.id(), "duplicate target id '" + t.id() + "'");
            }
            if (t != null) {
                out.add(t);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return List.copyOf(out);
    }

    /** One target, or null; with problems it may come back half-read, and read() then throws. */
    private Target target(Node item, String field) {
        List<String> allowed = Stream.concat(PARAMETERS.stream(), Arrays.stream(Target.Condition.values())
                .map(Target.Condition::key)).toList();
        Map<String, Node> m = y.mapping(item, field, allowed);
        if (m == null) {
            return null;
        }
        String id = y.string(y.require(m, "id", item, field), field + ".id");
        String f = id == null ? field : "targets." + id;
        String description = m.containsKey("description") ? y.string(m.get("description"), f + ".description") : "";
        Target.Measure measure = measure(y.require(m, "score", item, f), f + ".score");
        String set = m.containsKey("set") ? oneOf(m.get("set"), f + ".set", SETS) : "all";
        List<Integer> years = years(m, f);
        List<String> series = m.containsKey("series") ? y.strings(m.get("series"), f + ".series") : List.of();
        LocalDate from = y.date(m.get("from"), f + ".from");
        List<Target.Condition> conditions = Arrays.stream(Target.Condition.values()).filter(c -> m.containsKey(c.key())).toList();
        if (conditions.size() != 1) {
            y.problem(item, f, "needs exactly one condition of: " + String.join(", ", Arrays.stream(Target.Condition.values())
                    .map(Target.Condition::key).toList()) + " (found " + conditions.size() + ")");
        }
        if (id == null || measure == null || set == null || years == null || series == null || conditions.size() != 1) {
            return null;
        }
        Target.Condition condition = conditions.get(0);
        Node c = m.get(condition.key());
        List<String> beats = condition == Target.Condition.BEATS ? baselines(c, f + ".beats") : List.of();
        Double threshold = condition == Target.Condition.BEATS ? Double.valueOf(0) : y.number(c, f + "." + condition.key());
        if (beats == null || threshold == null) {
            return null;
        }
        check(m, item, f, measure, condition, years, series);
        return new Target(id, description, measure, set, years, series, from, condition, threshold, beats);
    }

    /** Problems for fields the measure needs and lacks, or has and does not use. */
    private void check(Map<String, Node> m, Node item, String f, Target.Measure measure, Target.Condition condition,
                       List<Integer> years, List<String> series) {
        need(item, f, measure, "set", m.containsKey("set"), measure.monthly());
        need(item, f, measure, "year", m.containsKey("year"), measure == Target.Measure.YEAR_TOTAL);
        need(item, f, measure, "years", m.containsKey("years"), measure == Target.Measure.YEAR_DROP);
        need(item, f, measure, "series", m.containsKey("series"), measure == Target.Measure.RISE_SHARE);
        need(item, f, measure, "from", m.containsKey("from"), measure == Target.Measure.RISE_SHARE);
        if (measure == Target.Measure.YEAR_DROP && years.size() != 2) {
            y.problem(m.get("years"), f + ".years", "a drop needs two years, from and to, e.g. [2017, 2018]");
        }
        for (String s : series) {
            int parts = s.split("\\.", -1).length;
            if (parts < 2 || parts > 3) {
                y.problem(m.get("series"), f + ".series", "name a series as metric.ACTOR or metric.ACTOR.PARTNER, found '" + s + "'");
            }
        }
        if ((condition == Target.Condition.BEATS || condition == Target.Condition.WITHIN_PERCENT_OF_RECORD)
                && !measure.scoredForBaselines()) {
            y.problem(m.get(condition.key()), f + "." + condition.key(), condition.key() + " does not apply to " + measure.key()
                    + " (the record and the baselines have no value for it)");
        }
    }

    private void need(Node item, String f, Target.Measure measure, String field, boolean present, boolean needed) {
        if (present && !needed) {
            y.problem(item, f + "." + field, "'" + field + "' does not apply to score " + measure.key());
        } else if (!present && needed && !field.equals("set")) {
            y.problem(item, f, "score " + measure.key() + " needs '" + field + "'");
        }
    }

    private Target.Measure measure(Node n, String field) {
        String s = y.string(n, field);
        for (Target.Measure m : Target.Measure.values()) {
            if (m.key().equals(s)) {
                return m;
            }
        }
        if (s != null) {
            y.problem(n, field, "unknown score '" + s + "'"
                    + DidYouMean.hint(s, Arrays.stream(Target.Measure.values()).map(Target.Measure::key).toList()) + " (scores: "
                    + String.join(", ", Arrays.stream(Target.Measure.values()).map(Target.Measure::key).toList()) + ")");
        }
        return null;
    }

    private String oneOf(Node n, String field, List<String> allowed) {
        String s = y.string(n, field);
        if (s != null && !allowed.contains(s)) {
            y.problem(n, field, "expected one of " + String.join(", ", allowed) + ", found '" + s + "'");
            return null;
        }
        return s;
    }

    private List<String> baselines(Node n, String field) {
        List<String> names = y.strings(n, field);
        if (names != null && (names.isEmpty() || !BASELINES.containsAll(names))) {
            y.problem(n, field, "name one or more baselines of " + String.join(", ", BASELINES) + ", found " + names);
            return null;
        }
        return names;
    }

    private List<Integer> years(Map<String, Node> m, String f) {
        List<Integer> out = new ArrayList<>();
        if (m.containsKey("year")) {
            Long v = y.integer(m.get("year"), f + ".year");
            return v == null ? null : List.of(v.intValue());
        }
        List<Node> items = m.containsKey("years") ? y.sequence(m.get("years"), f + ".years") : List.of();
        for (Node n : items == null ? List.<Node>of() : items) {
            Long v = y.integer(n, f + ".years");
            if (v == null) {
                return null;
            }
            out.add(v.intValue());
        }
        return items == null ? null : out;
    }
}
