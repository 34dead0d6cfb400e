package entente.model;

import entente.scenario.Parameters;
import entente.scenario.Scenario;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario's dated policy changes ({@code changes:}), first thing on their day: each
 * switched-on change moves its numbers {@code strength} of the way to their new values, the
 * coefficients are resolved again and put in force, and the run record notes it.
 */
final class PolicyChanges implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RunInputs inputs;
    private final World w;
    private final RunRecord record;
    private final List<Action> actions;
    /** Changes waiting for their day, in date order (file order within a day). */
    private final List<Scenario.Change> pending;
    /** Scenario changes that took effect so far; -1 once a user added one (then each day's are resolved anew). */
    private int fired;

    PolicyChanges(RunInputs inputs, World w, RunRecord record, List<Action> actions) {
        this.inputs = inputs;
        this.w = w;
        this.record = record;
        this.actions = actions;
        this.pending = new ArrayList<>(inputs.changes);
    }

    /** Adds a change a user makes during a session; it takes effect on its date, which must not be past. */
    void add(Scenario.Change c, int today) {
        if (inputs.day(c.date()) < today) {
            throw new IllegalArgumentException("change " + c.id() + " is dated before today");
        }
        int at = 0;
        while (at < pending.size() && !pending.get(at).date().isAfter(c.date())) {
            at++;
        }
        pending.add(at, c);
        fired = -1;
    }

    /** Puts the changes dated up to today in force. */
    void apply(int today) {
        Parameters p = w.c.params;
        boolean any = false;
        while (!pending.isEmpty() && inputs.day(pending.get(0).date()) <= today) {
            Scenario.Change c = pending.remove(0);
            if (fired < 0) {
                p = applied(c, p, inputs.strength(c));
            } else {
                fired++;
            }
            record.changed(new RunRecord.FiredChange(today, c.id(), c.source()));
            any = true;
        }
        if (any) {
            // the scenario's own changes were resolved once for all runs
            Coefficients next = fired < 0 ? inputs.coefficients(p) : inputs.afterChanges.get(fired);
            w.adopt(next);
            for (int k = 0; k < actions.size(); k++) {
                actions.get(k).coefficients = next.utility[k];
                actions.get(k).intensity = next.intensity[k];
            }
        }
    }

    /** The parameters after one change of that strength, each value kept inside its admissible range. */
    static Parameters applied(Scenario.Change c, Parameters p, double strength) {
        Map<String, Double> changes = new LinkedHashMap<>();
        for (String path : c.paths()) {
            double old = p.get(path);
            double goal = c.set().containsKey(path) ? c.set().get(path) : old * c.scale().get(path);
            double[] range = Parameters.range(path);
            changes.put(path, World.clip(old + strength * (goal - old), range[0], range[1]));
        }
        return p.with(changes);
    }
}
