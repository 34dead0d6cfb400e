package entente.scenario;

import entente.util.DidYouMean;
import entente.util.Limits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the lists of a scenario: treaties, the states' options (actions) and the dated events. */
final class TimelineReader extends SectionReader {
    private static final List<String> EVENT_KEYS = List.of("id", "date", "type", "actors", "targets", "enabled",
            "intensity", "subtype", "overflight", "level", "source", "note", "origin");
    private static final List<String> ACTION_KEYS = List.of("id", "actor", "type", "subtype", "overflight",
            "partners", "targets", "intensity", "utility");

    private final Optional<SeedDocuments> seeds;

    TimelineReader(SectionReader same, Optional<SeedDocuments> seeds) {
        super(same);
        this.seeds = seeds;
    }

    List<Scenario.Treaty> treaties(Node n) {
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
            List<String> parties = y.strings(partiesNode, field + ".parties");
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
            String path = ParameterRegistry.TREATY_STRENGTH.path(t.key());
            if (params.containsKey(path) || params.containsKey(ParameterRegistry.TREATY_STRENGTH.path(b + "-" + a))) {
                y.problem(item, field, "a second treaty between " + a + " and " + b);
            }
            put(path, y.require(m, "strength", item, field));
            if (known) {
                out.add(t);
            }
        }
        return out;
    }

    private static Integer toInt(Long v) {
        return v == null ? null : v.intValue();
    }

    List<Scenario.Action> actions(Node n) {
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
            String actor = y.string(actorNode, field + ".actor");
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
                put(ParameterRegistry.ACTION_INTENSITY.path(id), m.get("intensity"));
                for (UtilityFeature f : UtilityFeature.values()) {
                    put(f.path(id), u.get(f.key()));
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

    List<Scenario.Event> events(Node n, LocalDate[] period) {
        List<Scenario.Event> out = new ArrayList<>();
        List<Node> items = n == null ? List.of() : y.sequence(n, "events");
        if (items == null) {
            return out;
        }
        if (items.size() > Limits.MAX_EVENTS) {
            y.problem(n, "events", items.size() + " events, more than the " + Limits.MAX_EVENTS
                    + " a scenario may have (docs/limits.md)");
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
            LocalDate date = y.date(dateNode, field + ".date");
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
            EventOrigin origin = origin(m, field);
            // An injected event came from a user in a GUI session, not from evidence: no source needed;
            // a team's move in a classroom game says in its source who chose it and why (free text).
            String source = origin == EventOrigin.INJECTED && !m.containsKey("source") ? ""
                    : origin == EventOrigin.TEAM ? y.string(y.require(m, "source", item, field), field + ".source")
                    : source(m, item, field);
            String note = m.containsKey("note") ? y.string(m.get("note"), field + ".note") : "";
            if (id != null) {
                put(ParameterRegistry.EVENT_INTENSITY.path(id), m.get("intensity"));
                putSwitch(ParameterRegistry.EVENT_ENABLED.path(id), m.get("enabled"), enabled(m.get("enabled"), field));
                level(type, id, m, item, field);
                out.add(new Scenario.Event(id, date, type, actors, targets, subtype, overflight, source, note, origin));
            }
        }
        return out;
    }

    private void level(EventType type, String id, Map<String, Node> m, Node item, String field) {
        if (type != null && type.takesLevel()) {
            put(ParameterRegistry.EVENT_LEVEL.path(id), y.require(m, "level", item, field));
        } else if (type != null && m.containsKey("level")) {
            y.problem(m.get("level"), field + ".level", "only " + typesThat(EventType::takesLevel) + " events take a level");
        }
    }

    private boolean enabled(Node n, String field) {
        return n == null || !Boolean.FALSE.equals(y.bool(n, field + ".enabled"));
    }

    private String subtype(EventType type, Map<String, Node> m, Node item, String field) {
        if (type == null) {
            return null; // the unknown type is reported already
        }
        if (!type.takesSubtype()) {
            if (m.containsKey("subtype")) {
                y.problem(m.get("subtype"), field + ".subtype",
                        "only " + typesThat(EventType::takesSubtype) + " events take a subtype");
            }
            return null;
        }
        Node n = y.require(m, "subtype", item, field);
        String s = y.string(n, field + ".subtype");
        if (s != null && !type.subtypes().contains(s)) {
            y.problem(n, field + ".subtype", "unknown missile class '" + s + "'" + DidYouMean.hint(s, type.subtypes()) + " (classes: "
                    + String.join(", ", type.subtypes()) + ")");
        }
        return s;
    }

    private boolean overflight(EventType type, Map<String, Node> m, String field) {
        Node n = m.get("overflight");
        if (n == null) {
            return false;
        }
        if (type != null && !type.takesOverflight()) {
            y.problem(n, field + ".overflight", "only " + typesThat(EventType::takesOverflight) + " events take overflight");
        }
        return Boolean.TRUE.equals(y.bool(n, field + ".overflight"));
    }

    /** A timeline event comes from the scenario, or from a user in a saved GUI session. */
    private EventOrigin origin(Map<String, Node> m, String field) {
        Node n = m.get("origin");
        String s = n == null ? EventOrigin.SCENARIO.key() : y.string(n, field + ".origin");
        EventOrigin o = EventOrigin.of(s);
        if (s != null && o != EventOrigin.SCENARIO && o != EventOrigin.INJECTED && o != EventOrigin.TEAM) {
            y.problem(n, field + ".origin", "expected '" + EventOrigin.SCENARIO.key() + "', '"
                    + EventOrigin.INJECTED.key() + "' or '" + EventOrigin.TEAM.key() + "', found '" + s + "'");
        }
        return o;
    }

    private String source(Map<String, Node> m, Node item, String field) {
        Node n = y.require(m, "source", item, field);
        String s = y.string(n, field + ".source");
        if (s == null) {
            return null;
        }
        String bad = SeedDocuments.checkSource(s, seeds);
        if (bad != null) {
            y.problem(n, field + ".source", bad);
        }
        return s.trim();
    }
}
