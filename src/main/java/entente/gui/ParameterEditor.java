package entente.gui;

import entente.scenario.ActorField;
import entente.scenario.Dynamics;
import entente.scenario.Parameters;
import entente.scenario.Scenario;

/**
 * The parameters the next run will use: the scenario's, with what the levers and the All
 * parameters tab changed. Every change is checked by the {@link Parameters} registry and
 * takes effect at the next start.
 */
final class ParameterEditor {
    private Parameters pending;

    ParameterEditor(Scenario s) {
        this.pending = s.parameters();
    }

    synchronized Parameters pending() {
        return pending;
    }

    synchronized void set(String path, double value) {
        pending = pending.with(path, value);
    }

    synchronized double get(String path) {
        return pending.get(path);
    }

    /**
     * The admissible range of a path, except that starting escalation stops at the escalation
     * bound: the model clips it there, and a 0..1000 slider could not be set to 2.5.
     */
    double[] range(String path) {
        double[] r = Parameters.range(path);
        if (ActorField.ESCALATION.family().matches(path.split("\\."))) {
            r[1] = Math.min(r[1], get(Dynamics.ESCALATION_MAX.path()));
        }
        return r;
    }
}
