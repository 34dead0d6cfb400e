package entente.model;

import ec.util.MersenneTwisterFast;
import entente.scenario.UtilityFeature;
import java.io.Serializable;
import java.util.List;

/**
 * One state of the region. Every day it updates its own affinities and escalation level and
 * deliberates over its actions; a chosen action fires the next day.
 */
final class StateAgent implements Serializable {
    private static final long serialVersionUID = 1L;

    private final World w;
    private final int self;
    private final List<Action> options;
    private final EventQueue queue;
    /** Each day's features and weights of the options, reused from day to day. */
    private final double[][] features;
    private final double[] weights;

    StateAgent(World w, int self, List<Action> options, EventQueue queue) {
        this.w = w;
        this.self = self;
        this.options = options;
        this.queue = queue;
        this.features = new double[options.size()][UtilityFeature.values().length];
        this.weights = new double[options.size()];
    }

    void act(int day, MersenneTwisterFast random) {
        w.respond(self);
        ModelEvent chosen = Deliberation.choose(w, options, w.idleWeight, random, day + 1, features, weights);
        if (chosen != null) {
            queue.add(chosen, day);
        }
    }
}
