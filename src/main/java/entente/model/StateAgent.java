package entente.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One state of the region. Every day it updates its own affinities and escalation level and
 * deliberates over its actions; a chosen action fires the next day.
 */
final class StateAgent implements Steppable {
    private static final long serialVersionUID = 1L;

    private final World w;
    private final int self;
    private final List<Action> options;
    private final EventQueue queue;

    StateAgent(World w, int self, List<Action> options, EventQueue queue) {
        this.w = w;
        this.self = self;
        this.options = options;
        this.queue = queue;
    }

    @Override
    public void step(SimState state) {
        w.respond(self);
        int day = (int) state.schedule.getTime();
        ModelEvent chosen = Deliberation.choose(w, options, state.random, day + 1);
        if (chosen != null) {
            queue.add(chosen, day);
        }
    }
}
