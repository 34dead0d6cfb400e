package entente.model;

import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The scenario's dated policy changes ({@code changes:}), first thing on their day: each
 * switched-on change moves its numbers {@code strength} of the way to their new values, the
 * coefficients are resolved again and put in force, and the run record notes it.
 */
final class PolicyChanges implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final World w;
    private final RunRecord record;
    private final List<Action> actions;
    /** Changes waiting for their day, in date order (file order within a day). */
    private final List<Scenario.Change> pending = new ArrayList<>();
    /** Each scenario change's strength, read once; a change a user injects has full strength. */
    private final java.util.Map<String, Double> strengths = new java.util.HashMap<>();

    PolicyChanges(Scenario scenario, World w, RunRecord record, List<Action> actions) {
        this.scenario = scenario;
        this.w = w;
        this.record = record;
        this.actions = actions;
        Parameters p = scenario.parameters();
        for (Scenario.Change c : scenario.changes()) {
            if (p.get(ParameterRegistry.CHANGE_ENABLED.path(c.id())) >= 0.5) {
                pending.add(c);
            }
            strengths.put(c.id(), p.get(ParameterRegistry.CHANGE_STRENGTH.path(c.id())));
        }
        pending.sort(Comparator.comparing(Scenario.Change::date));
    }

    /** Adds a change a user makes during a session; it takes effect on its date, which must not be past. */
    void add(Scenario.Change c, int today) {
        if (day(c) < today) {
            throw new IllegalArgumentException("change " + c.id() + " is dated before today");
        }
        int at = 0;
        while (at < pending.size() && !pending.get(at).date().isAfter(c.date())) {
            at++;
        }
        pending.add(at, c);
    }

    private int day(Scenario.Change c) {
        return (int) (c.date().toEpochDay() - scenario.start().toEpochDay());
    }

    @Override
    public void step(SimState state) {
        int today = (int) state.schedule.getTime();
        Parameters p = w.c.params;
        boolean any = false;
        while (!pending.isEmpty() && day(pending.get(0)) <= today) {
            Scenario.Change c = pending.remove(0);
            p = applied(c, p, strengths.getOrDefault(c.id(), 1.0));
            record.changed(new RunRecord.FiredChange(today, c.id(), c.source()));
            any = true;
        }
        if (any) {
            Coefficients next = new Coefficients(p, scenario);
            w.adopt(next);
            for (int k = 0; k < actions.size(); k++) {
                actions.get(k).coefficients = next.utility[k];
                actions.get(k).intensity = next.intensity[k];
            }
        }
    }

    /** The parameters after one change of that strength, each value kept inside its admissible range. */
    static Parameters applied(Scenario.Change c, Parameters p, double strength) {
        Parameters out = p;
        for (String path : c.paths()) {
            double old = p.get(path);
            double goal = c.set().containsKey(path) ? c.set().get(path) : old * c.scale().get(path);
            double[] range = Parameters.range(path);
            out = out.with(path, World.clip(old + strength * (goal - old), range[0], range[1]));
        }
        return out;
    }
}
