package entente.gui;

import entente.scenario.ActorField;
import entente.scenario.Dynamics;
import entente.scenario.EffectField;
import entente.scenario.EventType;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The numbers a user may change in the Model tab: every model coefficient, the fields of one
 * chosen state and the effects of one chosen event type, each a slider over its admissible
 * range from the {@link Parameters} registry (so a new coefficient shows up by itself).
 * Changes are checked by the registry and take effect when the model next starts.
 */
final class ParameterEditor {
    private final String[] actors;
    private final String[] types = Arrays.stream(EventType.values()).map(Enum::name).toArray(String[]::new);
    private Parameters pending;
    private int actor;
    private int type;

    ParameterEditor(Scenario s) {
        this.actors = s.actorIds().toArray(new String[0]);
        this.pending = s.parameters();
    }

    /** The parameters the next run will use. */
    synchronized Parameters pending() {
        return pending;
    }

    synchronized void set(String path, double value) {
        pending = pending.with(path, value);
    }

    synchronized double get(String path) {
        return pending.get(path);
    }

    Rows rows() {
        Rows rows = new Rows(this);
        rows.readOnly("changes apply", "", () -> "at the next start (stop, then play)");
        for (Dynamics d : Dynamics.values()) {
            slider(rows, d.key(), d.description() + " (" + d.path() + ")", d::path);
        }
        rows.popup("state", "whose fields the rows below show", actors, () -> actor, i -> actor = i);
        for (ActorField f : ActorField.values()) {
            if (!f.derived()) { // a derived grievance has no value until the model computes it
                slider(rows, "  " + f.key(), "actors.<state>." + f.key(), () -> f.path(actors[actor]));
            }
        }
        rows.popup("event type", "whose effects the rows below show", types, () -> type, i -> type = i);
        for (EffectField f : EffectField.values()) {
            slider(rows, "  " + f.key(), f.description() + " (effects.<type>." + f.key() + ")",
                    () -> f.path(EventType.values()[type]));
        }
        return rows;
    }

    /** A slider for the path the supplier names now (it follows the pop-ups above it). */
    private void slider(Rows rows, String name, String description, Supplier<String> path) {
        double[] range = range(path.get());
        rows.slider(name, description, range[0], range[1], () -> get(path.get()), v -> set(path.get(), v));
    }

    /**
     * The admissible range of a path, except that starting escalation stops at the escalation
     * bound: the model clips it there, and a 0..1000 slider could not be set to 2.5.
     */
    double[] range(String path) {
        double[] r = Parameters.range(path);
        if (path.endsWith("." + ActorField.ESCALATION.key()) && path.startsWith("actors.")) {
            r[1] = Math.min(r[1], get(Dynamics.ESCALATION_MAX.path()));
        }
        return r;
    }
}
