package entente.validation;

import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.scenario.YamlTree;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The declaration of which months of the record are held out for validation and which may be
 * fitted (data/holdout.yaml). Months in neither list are neither fitted nor split-scored; the
 * record's coverage runs from the first declared month to the last.
 */
public record Holdout(List<MonthRange> heldOut, List<MonthRange> inSample) {
    private static final List<String> TOP = List.of("series", "held_out", "in_sample", "declared", "rule");
    private static final List<String> RANGE = List.of("from", "to");

    /** Calendar months from .. to, both included. */
    public record MonthRange(YearMonth from, YearMonth to) {
        public boolean contains(YearMonth m) {
            return !m.isBefore(from) && !m.isAfter(to);
        }

        @Override
        public String toString() {
            return from + ".." + to;
        }
    }

    public Split split(YearMonth m) {
        if (heldOut.stream().anyMatch(r -> r.contains(m))) {
            return Split.HELD_OUT;
        }
        return inSample.stream().anyMatch(r -> r.contains(m)) ? Split.IN_SAMPLE : Split.NEITHER;
    }

    /** The first month the declaration covers. */
    public YearMonth first() {
        return ranges().map(MonthRange::from).min(YearMonth::compareTo).orElseThrow();
    }

    /** The last month the declaration covers. */
    public YearMonth last() {
        return ranges().map(MonthRange::to).max(YearMonth::compareTo).orElseThrow();
    }

    private Stream<MonthRange> ranges() {
        return Stream.concat(heldOut.stream(), inSample.stream());
    }

    public static Holdout read(Path file) throws InputException {
        List<Problem> problems = new ArrayList<>();
        YamlTree y = new YamlTree(file.toString(), problems);
        Node root = YamlFile.root(file, problems);
        Map<String, Node> top = y.mapping(root, "", TOP);
        if (top == null) {
            throw new InputException(problems);
        }
        List<MonthRange> heldOut = ranges(y, y.require(top, "held_out", root, ""), "held_out");
        List<MonthRange> inSample = ranges(y, y.require(top, "in_sample", root, ""), "in_sample");
        for (MonthRange h : heldOut) {
            for (MonthRange i : inSample) {
                if (!h.from().isAfter(i.to()) && !i.from().isAfter(h.to())) {
                    y.problem(top.get("in_sample"), "in_sample", "in-sample months " + i + " overlap held-out months " + h);
                }
            }
        }
        if (problems.isEmpty() && inSample.isEmpty()) {
            y.problem(top.get("in_sample"), "in_sample", "no in-sample months: nothing to fit the baselines on");
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Holdout(List.copyOf(heldOut), List.copyOf(inSample));
    }

    private static List<MonthRange> ranges(YamlTree y, Node list, String field) {
        List<MonthRange> out = new ArrayList<>();
        List<Node> items = y.sequence(list, field);
        for (int i = 0; items != null && i < items.size(); i++) {
            String f = field + "[" + (i + 1) + "]";
            Map<String, Node> m = y.mapping(items.get(i), f, RANGE);
            if (m == null) {
                continue;
            }
            YearMonth from = month(y, y.require(m, "from", items.get(i), f), f + ".from");
            YearMonth to = month(y, y.require(m, "to", items.get(i), f), f + ".to");
            if (from != null && to != null) {
                if (to.isBefore(from)) {
                    y.problem(m.get("to"), f + ".to", "'to' " + to + " is before 'from' " + from);
                } else {
                    out.add(new MonthRange(from, to));
                }
            }
        }
        return out;
    }

    private static YearMonth month(YamlTree y, Node n, String field) {
        String s = y.string(n, field);
        if (s == null) {
            return null;
        }
        try {
            return YearMonth.parse(s.trim());
        } catch (DateTimeParseException e) {
            y.problem(n, field, "expected a month like 2019-05, found '" + s + "'");
            return null;
        }
    }
}
