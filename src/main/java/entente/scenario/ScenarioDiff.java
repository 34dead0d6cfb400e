package entente.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What a variant changes relative to a base: events, actions and policy changes added, removed or changed, and parameters. */
public final class ScenarioDiff {
    /** One difference; {@code kind} is "added", "removed" or "changed". */
    public record Change(String kind, String what, String detail) {
        @Override
        public String toString() {
            return kind + " " + what + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    private ScenarioDiff() {}

    public static List<Change> of(Scenario base, Scenario variant) {
        List<Change> out = new ArrayList<>();
        Set<String> skip = new HashSet<>();
        items(out, skip, "event", byId(base.events(), Scenario.Event::id), byId(variant.events(), Scenario.Event::id));
        items(out, skip, "action", byId(base.actions(), Scenario.Action::id), byId(variant.actions(), Scenario.Action::id));
        items(out, skip, "change", byId(base.changes(), Scenario.Change::id), byId(variant.changes(), Scenario.Change::id));
        Map<String, Double> a = base.parameters().asMap();
        Map<String, Double> b = variant.parameters().asMap();
        for (String path : new TreeSet<>(union(a.keySet(), b.keySet()))) {
            if (skip.stream().anyMatch(path::startsWith)) {
                continue;
            }
            Double x = a.get(path);
            Double y = b.get(path);
            if (!Objects.equals(x, y)) {
                String kind = x == null ? "added" : y == null ? "removed" : "changed";
                out.add(new Change(kind, path, (x == null ? "-" : fmt(x)) + " -> " + (y == null ? "-" : fmt(y))));
            }
        }
        return out;
    }

    private static <T> void items(List<Change> out, Set<String> skip, String noun, Map<String, T> a, Map<String, T> b) {
        String family = noun + "s.";
        for (var e : a.entrySet()) {
            T other = b.get(e.getKey());
            if (other == null) {
                out.add(new Change("removed", noun + " " + e.getKey(), describe(e.getValue())));
                skip.add(family + e.getKey() + ".");
            } else if (!other.equals(e.getValue())) {
                out.add(new Change("changed", noun + " " + e.getKey(), describe(e.getValue()) + " -> " + describe(other)));
            }
        }
        for (var e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                out.add(new Change("added", noun + " " + e.getKey(), describe(e.getValue())));
                skip.add(family + e.getKey() + ".");
            }
        }
    }

    private static String describe(Object o) {
        if (o instanceof Scenario.Event e) {
            String targets = e.targets().isEmpty() ? "" : " -> " + String.join(", ", e.targets());
            return e.date() + " " + e.type() + (e.subtype() == null ? "" : " " + e.subtype()) + " "
                    + String.join(", ", e.actors()) + targets;
        }
        if (o instanceof Scenario.Action a) {
            return a.actor() + " " + a.type() + (a.targets().isEmpty() ? "" : " -> " + String.join(", ", a.targets()));
        }
        if (o instanceof Scenario.Change c) {
            List<String> parts = new ArrayList<>();
            c.set().forEach((path, v) -> parts.add(path + " = " + fmt(v)));
            c.scale().forEach((path, v) -> parts.add(path + " x " + fmt(v)));
            return c.date() + " " + String.join(", ", parts);
        }
        return String.valueOf(o);
    }

    private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        items.forEach(item -> m.put(id.apply(item), item));
        return m;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
