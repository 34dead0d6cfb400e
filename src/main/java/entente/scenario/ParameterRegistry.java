package entente.scenario;

import entente.scenario.ParameterFamily.Group;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every parameter family Entente knows. The families of model coefficients, actor fields,
 * effect columns and utility features come from their enums; the others are declared here.
 * A new family is declared once, here or in its enum, and the readers, the writer, the
 * schema, range checks, the GUI and the parameter listing pick it up.
 */
public final class ParameterRegistry {
    public static final ParameterFamily SENSITIVITY = new ParameterFamily("actors.{actor}.sensitivity.{type}",
            1, 0, 10, "x", "how strongly {actor} reacts to {type} events",
            "multiplies the hostility an event of this type aimed at the state leaves in it", Group.PREFERENCES);
    public static final ParameterFamily AFFINITY = new ParameterFamily("actors.{actor}.affinity.{other}",
            0, -1, 1, "", "{actor}'s affinity for {other} at the start",
            "-1 hostile .. 1 allied; the baseline the state's affinity is pulled back to", Group.PREFERENCES);
    public static final ParameterFamily DEPENDENCE = new ParameterFamily("actors.{actor}.dependence.{other}",
            0, 0, 1, "share", "{actor}'s economic dependence on {other}",
            "pulls affinity toward the partner and restrains hostile options", Group.PREFERENCES);
    public static final ParameterFamily TREATY_STRENGTH = new ParameterFamily("treaties.{treaty}.strength",
            Double.NaN, 0, 1, "", "strength of the {treaty} treaty", "commitment the treaty gives both parties",
            Group.TREATIES);
    public static final ParameterFamily SUBTYPE_WEIGHT = new ParameterFamily("effects.{type}.subtype.{class}",
            Double.NaN, 0, 10, "x", "weight of {type} events of class {class}",
            "multiplies the weight of an event of this type and subtype (missile classes)", Group.EFFECTS);
    public static final ParameterFamily OVERFLIGHT_WEIGHT = new ParameterFamily("effects.{type}.overflight",
            Double.NaN, 0, 10, "x", "extra weight of {type} events that overfly a third state",
            "multiplies the weight of an event that flies over a third state", Group.EFFECTS);
    public static final ParameterFamily EVENT_INTENSITY = new ParameterFamily("events.{event}.intensity",
            1, 0, 10, "x", "intensity of {event}", "multiplies the event's weight", Group.EVENTS);
    public static final ParameterFamily EVENT_ENABLED = new ParameterFamily("events.{event}.enabled",
            1, 0, 1, "on/off", "{event} happens", "1 when the event fires, 0 when it is switched off", Group.EVENTS);
    public static final ParameterFamily EVENT_LEVEL = new ParameterFamily("events.{event}.level",
            Double.NaN, 0, 100, "% of GDP", "spending level {event} sets",
            "the defence spending the event's actors move to", Group.EVENTS);
    public static final ParameterFamily ACTION_INTENSITY = new ParameterFamily("actions.{action}.intensity",
            1, 0, 10, "x", "intensity of {action}", "multiplies the weight of the event the option fires",
            Group.OPTIONS);

    public static final ParameterFamily CHANGE_ENABLED = new ParameterFamily("changes.{change}.enabled",
            1, 0, 1, "on/off", "{change} happens", "1 when the policy change takes effect, 0 when it is switched off",
            Group.CHANGES);
    public static final ParameterFamily CHANGE_STRENGTH = new ParameterFamily("changes.{change}.strength",
            1, 0, 2, "x", "strength of {change}",
            "how far the change moves each number: 0 not at all, 1 to the stated value, 2 twice as far", Group.CHANGES);

    private static final List<ParameterFamily> ALL = families();
    private static final Map<String, List<ParameterFamily>> BY_HEAD = byHead();

    private ParameterRegistry() {}

    private static List<ParameterFamily> families() {
        List<ParameterFamily> out = new ArrayList<>();
        for (Dynamics d : Dynamics.values()) {
            out.add(d.family());
        }
        for (ActorField f : ActorField.values()) {
            out.add(f.family());
        }
        out.addAll(List.of(SENSITIVITY, AFFINITY, DEPENDENCE, TREATY_STRENGTH));
        for (EffectField f : EffectField.values()) {
            out.add(f.family());
        }
        out.addAll(List.of(SUBTYPE_WEIGHT, OVERFLIGHT_WEIGHT, EVENT_INTENSITY, EVENT_ENABLED, EVENT_LEVEL,
                ACTION_INTENSITY));
        for (UtilityFeature f : UtilityFeature.values()) {
            out.add(f.family());
        }
        out.addAll(List.of(CHANGE_ENABLED, CHANGE_STRENGTH));
        return List.copyOf(out);
    }

    private static Map<String, List<ParameterFamily>> byHead() {
        Map<String, List<ParameterFamily>> m = new HashMap<>();
        for (ParameterFamily f : ALL) {
            m.computeIfAbsent(f.parts()[0], k -> new ArrayList<>()).add(f);
        }
        return m;
    }

    /** Every family, in the order of the scenario format. */
    public static List<ParameterFamily> all() {
        return ALL;
    }

    /** The family a path belongs to, if any. */
    public static Optional<ParameterFamily> find(String path) {
        String[] parts = path.split("\\.");
        for (ParameterFamily f : BY_HEAD.getOrDefault(parts[0], List.of())) {
            if (f.matches(parts)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * True for numbers a dated change may set: everything but starting values and the
     * switches and strengths of events and changes, which belong to the timeline.
     */
    public static boolean changeable(ParameterFamily f) {
        return f != ActorField.ESCALATION.family() && f.group() != Group.EVENTS && f.group() != Group.CHANGES;
    }

    /** The family a path belongs to; an unknown path is an argument error naming it. */
    public static ParameterFamily family(String path) {
        return find(path).orElseThrow(() -> new IllegalArgumentException("no parameter family for '" + path + "'"));
    }
}
