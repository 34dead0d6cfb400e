package entente.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the effect table: the shipped default, then a scenario's overrides, cell by cell. */
final class EffectTableReader extends SectionReader {
    private static final String DEFAULT_EFFECTS = "/entente/scenario/effects.yaml";

    EffectTableReader(SectionReader same) {
        super(same);
    }

    /** A reader of the shipped default table, noting its values into the same parameters and sources. */
    private EffectTableReader(YamlTree y, SectionReader same) {
        super(y, same.params, same.actorIds, same.sources);
    }

    /** The default table (a resource), then the scenario's overrides under {@code effects:}. */
    void read(Node overrides) {
        try (InputStream in = ScenarioReader.class.getResourceAsStream(DEFAULT_EFFECTS)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Problem> own = new ArrayList<>();
            Node table = ScenarioReader.compose(DEFAULT_EFFECTS, text, own);
            new EffectTableReader(new YamlTree(DEFAULT_EFFECTS, own), this).table(table, true);
            if (!own.isEmpty()) {
                throw new IllegalStateException("broken default effect table: " + own);
            }
            sources.replaceAll((path, where) -> where.startsWith(DEFAULT_EFFECTS)
                    ? DEFAULT_SOURCE + " (effects.yaml" + where.substring(DEFAULT_EFFECTS.length()) + ")" : where);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_EFFECTS, e);
        }
        if (overrides != null) {
            table(overrides, false);
        }
    }

    private void table(Node n, boolean complete) {
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
                    put(f.path(t), v);
                }
            }
            multipliers(t, r, row, complete);
        }
    }

    /** The subtype and overflight multipliers of the types that take them. */
    private void multipliers(EventType t, Map<String, Node> r, Node row, boolean complete) {
        String field = "effects." + t;
        if (r.containsKey("subtype") && !t.takesSubtype()) {
            y.problem(r.get("subtype"), field + ".subtype",
                    "only " + typesThat(EventType::takesSubtype) + " has subtype multipliers");
        }
        if (r.containsKey("overflight") && !t.takesOverflight()) {
            y.problem(r.get("overflight"), field + ".overflight",
                    "only " + typesThat(EventType::takesOverflight) + " has overflight multipliers");
        }
        Map<String, Node> sub = t.takesSubtype() ? sub(r, "subtype", field, t.subtypes()) : Map.of();
        for (String c : t.subtypes()) {
            String path = ParameterRegistry.SUBTYPE_WEIGHT.path(t.name(), c);
            Node v = sub.get(c);
            if (v != null) {
                put(path, v);
            } else if (complete) {
                y.problem(row, path, "missing multiplier");
            }
        }
        if (t.takesOverflight()) {
            Node over = complete ? y.require(r, "overflight", row, field) : r.get("overflight");
            if (over != null) {
                put(ParameterRegistry.OVERFLIGHT_WEIGHT.path(t.name()), over);
            }
        }
    }
}
