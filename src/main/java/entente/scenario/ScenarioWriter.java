package entente.scenario;

import entente.io.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a scenario as YAML that {@link ScenarioReader} reads back to the same scenario: same
 * structure, and every number of its {@link Parameters} written out exactly (the effect table
 * in full, so that a saved file keeps replaying the same even if the defaults change).
 */
public final class ScenarioWriter {
    private ScenarioWriter() {}

    /** Writes the scenario to file (whole or not at all), with the given comment lines on top. */
    public static void write(Scenario s, Path file, List<String> comments) throws IOException {
        RunFolder.writeFile(file, toYaml(s, comments));
    }

    public static String toYaml(Scenario s, List<String> comments) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO); // lists and maps of plain values on one line
        options.setWidth(120);
        options.setIndent(2);
        StringBuilder out = new StringBuilder();
        for (String c : comments) {
            out.append("# ").append(c).append('\n');
        }
        return out.append(new Yaml(options).dump(tree(s))).toString();
    }

    private static Map<String, Object> tree(Scenario s) {
        Parameters p = s.parameters();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", s.name());
        root.put("title", s.title());
        if (!s.description().isEmpty()) {
            root.put("description", s.description());
        }
        root.put("period", map("start", s.start().toString(), "end", s.end().toString()));
        root.put("seed", s.seed());
        root.put("blocs", map("trilateral", s.trilateral(), "counter", s.counter()));
        root.put("hedging_poles", s.hedgingPoles());
        Map<String, Object> dynamics = new LinkedHashMap<>();
        for (Dynamics d : Dynamics.values()) {
            dynamics.put(d.key(), p.get(d));
        }
        root.put("dynamics", dynamics);
        root.put("actors", actors(s, p));
        root.put("treaties", treaties(s, p));
        root.put("effects", effects(p));
        root.put("actions", actions(s, p));
        root.put("events", events(s, p));
        if (!s.changes().isEmpty()) {
            root.put("changes", changes(s, p));
        }
        return root;
    }

    private static Map<String, Object> actors(Scenario s, Parameters p) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Scenario.Actor a : s.actors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", a.name());
            m.put("location", List.of(a.lat(), a.lon()));
            for (ActorField f : ActorField.values()) {
                if (p.has(f.path(a.id()))) { // a derived grievance is absent and stays so
                    m.put(f.key(), p.get(f.path(a.id())));
                }
            }
            Map<String, Object> sensitivity = new LinkedHashMap<>();
            for (EventType t : EventType.values()) {
                putUnlessDefault(sensitivity, t.name(), p, ParameterRegistry.SENSITIVITY, a.id(), t.name());
            }
            putIfAny(m, "sensitivity", sensitivity);
            for (ParameterFamily pair : List.of(ParameterRegistry.AFFINITY, ParameterRegistry.DEPENDENCE)) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String other : s.actorIds()) {
                    if (!other.equals(a.id())) {
                        putUnlessDefault(row, other, p, pair, a.id(), other);
                    }
                }
                putIfAny(m, pair.parts()[2], row);
            }
            out.put(a.id(), m);
        }
        return out;
    }

    private static List<Object> treaties(Scenario s, Parameters p) {
        List<Object> out = new ArrayList<>();
        for (Scenario.Treaty t : s.treaties()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("parties", List.of(t.a(), t.b()));
            m.put("strength", p.get(ParameterRegistry.TREATY_STRENGTH.path(t.key())));
            if (t.since() != null) {
                m.put("since", t.since());
            }
            m.put("name", t.name());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> effects(Parameters p) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (EventType t : EventType.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (EffectField f : EffectField.values()) {
                row.put(f.key(), p.get(f.path(t)));
            }
            if (t.takesSubtype()) {
                Map<String, Object> classes = new LinkedHashMap<>();
                for (String c : t.subtypes()) {
                    classes.put(c, p.get(ParameterRegistry.SUBTYPE_WEIGHT.path(t.name(), c)));
                }
                row.put("subtype", classes);
            }
            if (t.takesOverflight()) {
                row.put("overflight", p.get(ParameterRegistry.OVERFLIGHT_WEIGHT.path(t.name())));
            }
            out.put(t.name(), row);
        }
        return out;
    }

    private static List<Object> actions(Scenario s, Parameters p) {
        List<Object> out = new ArrayList<>();
        for (Scenario.Action a : s.actions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("actor", a.actor());
            m.put("type", a.type().name());
            putKind(m, a.subtype(), a.overflight());
            m.put("partners", a.partners());
            m.put("targets", a.targets());
            m.put("intensity", p.get(ParameterRegistry.ACTION_INTENSITY.path(a.id())));
            Map<String, Object> utility = new LinkedHashMap<>();
            for (UtilityFeature f : UtilityFeature.values()) {
                utility.put(f.key(), p.get(f.path(a.id())));
            }
            m.put("utility", utility);
            out.add(m);
        }
        return out;
    }

    private static List<Object> events(Scenario s, Parameters p) {
        List<Object> out = new ArrayList<>();
        for (Scenario.Event e : s.events()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("date", e.date().toString());
            m.put("type", e.type().name());
            putKind(m, e.subtype(), e.overflight());
            m.put("actors", e.actors());
            m.put("targets", e.targets());
            m.put("intensity", p.get(ParameterRegistry.EVENT_INTENSITY.path(e.id())));
            if (p.get(ParameterRegistry.EVENT_ENABLED.path(e.id())) < 0.5) {
                m.put("enabled", false);
            }
            String level = ParameterRegistry.EVENT_LEVEL.path(e.id());
            if (p.has(level)) {
                m.put("level", p.get(level));
            }
            if (!e.injected() || !e.source().isEmpty()) {
                m.put("source", e.source());
            }
            if (!e.note().isEmpty()) {
                m.put("note", e.note());
            }
            if (e.injected()) {
                m.put("origin", e.origin().key());
            }
            out.add(m);
        }
        return out;
    }

    private static List<Object> changes(Scenario s, Parameters p) {
        List<Object> out = new ArrayList<>();
        for (Scenario.Change c : s.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("date", c.date().toString());
            if (!c.set().isEmpty()) {
                m.put("set", new LinkedHashMap<>(c.set()));
            }
            if (!c.scale().isEmpty()) {
                m.put("scale", new LinkedHashMap<>(c.scale()));
            }
            if (p.get(ParameterRegistry.CHANGE_ENABLED.path(c.id())) < 0.5) {
                m.put("enabled", false);
            }
            m.put("strength", p.get(ParameterRegistry.CHANGE_STRENGTH.path(c.id())));
            m.put("source", c.source());
            if (!c.note().isEmpty()) {
                m.put("note", c.note());
            }
            out.add(m);
        }
        return out;
    }

    private static void putKind(Map<String, Object> m, String subtype, boolean overflight) {
        if (subtype != null) {
            m.put("subtype", subtype);
        }
        if (overflight) {
            m.put("overflight", true);
        }
    }

    private static void putUnlessDefault(Map<String, Object> m, String key, Parameters p, ParameterFamily f,
                                         String... slots) {
        double value = p.get(f.path(slots));
        if (value != f.defaultValue()) {
            m.put(key, value);
        }
    }

    private static void putIfAny(Map<String, Object> m, String key, Map<String, Object> values) {
        if (!values.isEmpty()) {
            m.put(key, values);
        }
    }

    private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
