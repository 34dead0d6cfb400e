package entente.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from the same enums the reader
 * uses, so editors can complete and check scenarios and the schema never drifts from the code.
 * The reader remains the authority: it also checks what a schema cannot (known actors,
 * dates inside the period, sources in the seed documents).
 */
public final class ScenarioSchema {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]*$";

    private ScenarioSchema() {}

    public static String text() {
        try {
            return JSON.writeValueAsString(schema()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode schema() {
        ObjectNode s = JSON.createObjectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("title", "Entente scenario");
        s.put("description", "A scenario of the Entente simulation; see docs/scenario-format.md.");
        s.put("type", "object");
        s.put("additionalProperties", false);
        ObjectNode p = s.putObject("properties");
        p.set("extends", described(type("string"), "parent scenario, relative to this file; state only what differs"));
        p.set("name", pattern(ID_PATTERN));
        p.set("title", type("string"));
        p.set("description", type("string"));
        ObjectNode period = closed(p.putObject("period"));
        period.putObject("properties").set("start", date());
        ((ObjectNode) period.get("properties")).set("end", date());
        p.set("seed", type("integer"));
        ObjectNode blocs = closed(p.putObject("blocs"));
        blocs.putObject("properties").set("trilateral", actorList());
        ((ObjectNode) blocs.get("properties")).set("counter", actorList());
        p.set("hedging_poles", actorList().put("minItems", 2).put("maxItems", 2));
        p.set("dynamics", dynamics());
        ObjectNode actors = p.putObject("actors").put("type", "object");
        actors.set("propertyNames", ref("actorCode"));
        actors.set("additionalProperties", ref("actor"));
        p.set("treaties", listOrEdits("treaty"));
        p.set("effects", effects());
        p.set("actions", listOrEdits("action"));
        p.set("events", listOrEdits("event"));
        p.set("changes", listOrEdits("change"));
        ObjectNode root = s.putObject("if");
        root.putObject("not").putArray("required").add("extends");
        s.putObject("then").set("required", strings("name", "period", "actors"));
        s.set("$defs", defs());
        return s;
    }

    private static ObjectNode defs() {
        ObjectNode d = JSON.createObjectNode();
        d.set("actorCode", pattern("^[A-Z]{3}$"));
        d.set("actor", actor());
        d.set("treaty", treaty());
        d.set("action", action());
        d.set("event", event(true));
        d.set("eventChange", event(false));
        d.set("actionChange", action().without("required"));
        d.set("treatyChange", treaty().without("required"));
        d.set("change", change());
        d.set("changeChange", change().without("required"));
        return d;
    }

    private static ObjectNode actor() {
        ObjectNode a = closed(JSON.createObjectNode());
        ObjectNode p = a.putObject("properties");
        p.set("name", type("string"));
        p.set("location", described(JSON.createObjectNode().put("type", "array").put("minItems", 2).put("maxItems", 2)
                .set("items", type("number")), "[latitude, longitude] of the state's power in the region"));
        for (ActorField f : ActorField.values()) {
            p.set(f.key(), number(f.family()));
        }
        ObjectNode sens = closed(p.putObject("sensitivity"));
        for (EventType t : EventType.values()) {
            properties(sens).set(t.name(), number(ParameterRegistry.SENSITIVITY));
        }
        p.set("affinity", actorMap(ParameterRegistry.AFFINITY));
        p.set("dependence", actorMap(ParameterRegistry.DEPENDENCE));
        return a;
    }

    private static ObjectNode treaty() {
        ObjectNode t = closed(JSON.createObjectNode());
        ObjectNode p = t.putObject("properties");
        p.set("parties", actorList().put("minItems", 2).put("maxItems", 2));
        p.set("strength", number(ParameterRegistry.TREATY_STRENGTH));
        p.set("since", type("integer"));
        p.set("name", type("string"));
        t.set("required", strings("parties", "strength"));
        return t;
    }

    private static ObjectNode action() {
        ObjectNode a = closed(JSON.createObjectNode());
        ObjectNode p = a.putObject("properties");
        p.set("id", pattern(ID_PATTERN));
        p.set("actor", ref("actorCode"));
        p.set("type", eventType());
        p.set("subtype", missileClass());
        p.set("overflight", type("boolean"));
        p.set("partners", actorList());
        p.set("targets", actorList());
        p.set("intensity", number(ParameterRegistry.ACTION_INTENSITY));
        ObjectNode utility = closed(p.putObject("utility"));
        for (UtilityFeature f : UtilityFeature.values()) {
            properties(utility).set(f.key(), number(f.family()));
        }
        a.set("required", strings("id", "actor", "type"));
        return a;
    }

    private static ObjectNode event(boolean complete) {
        ObjectNode e = closed(JSON.createObjectNode());
        ObjectNode p = e.putObject("properties");
        p.set("id", pattern(ID_PATTERN));
        p.set("date", date());
        p.set("type", eventType());
        p.set("actors", actorList().put("minItems", 1));
        p.set("targets", actorList());
        p.set("enabled", type("boolean"));
        p.set("intensity", number(ParameterRegistry.EVENT_INTENSITY));
        p.set("subtype", missileClass());
        p.set("overflight", type("boolean"));
        p.set("level", number(ParameterRegistry.EVENT_LEVEL).put("description",
                SectionReader.typesThat(EventType::takesLevel) + " only: " + ParameterRegistry.EVENT_LEVEL.description()));
        p.set("source", source());
        p.set("note", type("string"));
        ObjectNode origin = type("string");
        origin.putArray("enum").add(EventOrigin.SCENARIO.key()).add(EventOrigin.INJECTED.key());
        p.set("origin", described(origin, "injected: fired by a user in the GUI (needs no source)"));
        if (complete) {
            e.set("required", strings("id", "date", "type", "actors"));
        }
        return e;
    }

    private static ObjectNode change() {
        ObjectNode c = closed(JSON.createObjectNode());
        ObjectNode p = c.putObject("properties");
        p.set("id", pattern(ID_PATTERN));
        p.set("date", date());
        ObjectNode paths = JSON.createObjectNode().put("type", "object").set("additionalProperties", type("number"));
        p.set("set", described(paths.deepCopy(), "parameter path: its value from the date on"));
        p.set("scale", described(paths, "parameter path: factor its value is multiplied by from the date on"));
        p.set("enabled", type("boolean"));
        p.set("strength", number(ParameterRegistry.CHANGE_STRENGTH));
        p.set("source", source());
        p.set("note", type("string"));
        c.set("required", strings("id", "date", "source"));
        return c;
    }

    private static ObjectNode source() {
        return described(pattern("^(\\S+\\.txt#[0-9]+|ext:\\s*\\S.*)$"), "<seed file>.txt#<paragraph>, or ext: <public source>");
    }

    private static ObjectNode dynamics() {
        ObjectNode d = closed(JSON.createObjectNode());
        ObjectNode p = d.putObject("properties");
        for (Dynamics k : Dynamics.values()) {
            p.set(k.key(), number(k.family()));
        }
        return d;
    }

    private static ObjectNode effects() {
        ObjectNode e = closed(JSON.createObjectNode());
        ObjectNode p = e.putObject("properties");
        for (EventType t : EventType.values()) {
            ObjectNode row = closed(p.putObject(t.name()));
            for (EffectField f : EffectField.values()) {
                properties(row).set(f.key(), number(f.family()));
            }
            if (t.takesSubtype()) {
                ObjectNode sub = closed(properties(row).putObject("subtype"));
                for (String c : t.subtypes()) {
                    properties(sub).set(c, number(ParameterRegistry.SUBTYPE_WEIGHT));
                }
            }
            if (t.takesOverflight()) {
                properties(row).set("overflight", number(ParameterRegistry.OVERFLIGHT_WEIGHT));
            }
        }
        return e;
    }

    /** A list of items, or in a scenario that extends another, add/remove/change edits. */
    private static ObjectNode listOrEdits(String item) {
        ObjectNode list = JSON.createObjectNode().put("type", "array");
        list.set("items", ref(item));
        ObjectNode edits = closed(JSON.createObjectNode());
        ObjectNode p = edits.putObject("properties");
        p.set("add", list.deepCopy());
        p.set("remove", JSON.createObjectNode().put("type", "array").set("items", type("string")));
        p.set("change", JSON.createObjectNode().put("type", "object").set("additionalProperties", ref(item + "Change")));
        ObjectNode either = JSON.createObjectNode();
        either.putArray("oneOf").add(list).add(edits);
        return either;
    }

    private static ObjectNode actorMap(ParameterFamily pair) {
        ObjectNode m = JSON.createObjectNode().put("type", "object");
        m.set("propertyNames", ref("actorCode"));
        m.set("additionalProperties", number(pair));
        return m;
    }

    private static ObjectNode actorList() {
        return JSON.createObjectNode().put("type", "array").put("uniqueItems", true).set("items", ref("actorCode"));
    }

    private static ObjectNode eventType() {
        ObjectNode t = type("string");
        ArrayNode values = t.putArray("enum");
        Arrays.stream(EventType.values()).forEach(v -> values.add(v.name()));
        return t;
    }

    private static ObjectNode missileClass() {
        ObjectNode t = type("string");
        ArrayNode values = t.putArray("enum");
        EventType.MISSILE_CLASSES.forEach(values::add);
        return described(t, SectionReader.typesThat(EventType::takesSubtype) + " only");
    }

    private static ObjectNode closed(ObjectNode o) {
        return o.put("type", "object").put("additionalProperties", false);
    }

    private static ObjectNode type(String t) {
        return JSON.createObjectNode().put("type", t);
    }

    /** A number of a family: its range, its default where it has one, and what it means. */
    private static ObjectNode number(ParameterFamily f) {
        ObjectNode n = type("number").put("minimum", f.min()).put("maximum", f.max());
        if (!f.required() && !f.derived()) {
            n.put("default", f.defaultValue());
        }
        String unit = f.unit().isEmpty() ? "" : " (" + f.unit() + ")";
        return described(n, f.description() + unit);
    }

    private static ObjectNode pattern(String regex) {
        return type("string").put("pattern", regex);
    }

    private static ObjectNode date() {
        return pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$").put("format", "date");
    }

    private static ObjectNode ref(String def) {
        return JSON.createObjectNode().put("$ref", "#/$defs/" + def);
    }

    private static ObjectNode described(ObjectNode o, String description) {
        return o.put("description", description);
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = JSON.createArrayNode();
        List.of(values).forEach(a::add);
        return a;
    }

    /** The node's "properties" object, created when absent (written for Jackson 2.15, Spark's, too). */
    private static ObjectNode properties(ObjectNode node) {
        return node.get("properties") instanceof ObjectNode p ? p : node.putObject("properties");
    }
}
