package entente.model;

import entente.scenario.Dynamics;
import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model: one schedule tick is one calendar day. Each day, in this order:
 * events fire, threats are assessed, each state updates and deliberates (in the scenario's
 * actor order), new values become current, the observer records.
 */
public class EntenteModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private World world;
    private RunRecord record;
    private EventQueue queue;

    public EntenteModel(Scenario scenario, long seed) {
        super(seed);
        this.scenario = scenario;
    }

    /** Runs a scenario from start to end, headless, and returns what it recorded. */
    public static RunRecord run(Scenario scenario, long seed) {
        EntenteModel m = new EntenteModel(scenario, seed);
        m.start();
        while (m.stepDay()) {
            // each call advances one day
        }
        m.finish();
        return m.record();
    }

    @Override
    public void start() {
        super.start();
        world = new World(scenario);
        record = new RunRecord(scenario.start(), scenario.days(), world.ids);
        queue = new EventQueue(world, record, scenario);
        int interval = (int) Math.round(scenario.parameters().get(Dynamics.DECISION_INTERVAL));
        double temperature = scenario.parameters().get(Dynamics.LOGIT_TEMPERATURE);
        List<Steppable> agents = new ArrayList<>();
        for (int i = 0; i < world.n; i++) {
            List<Action> options = new ArrayList<>();
            for (Scenario.Action a : scenario.actions()) {
                if (a.actor().equals(world.ids[i])) {
                    options.add(new Action(a, world, scenario.parameters()));
                }
            }
            agents.add(new StateAgent(world, i, options, queue, interval, temperature));
        }
        Steppable events = queue;
        Steppable assess = s -> world.assessThreats();
        Steppable states = new Sequence(agents.toArray(new Steppable[0]));
        Steppable commit = s -> world.commit();
        Steppable observe = new Observer(world, record, scenario);
        // one schedule entry a day, its steps in a fixed order (cheaper than five heap entries)
        schedule.scheduleRepeating(Schedule.EPOCH, 0, new Sequence(new Steppable[] {events, assess, states, commit, observe}), 1);
    }

    /** Advances one day; false once the period is over. */
    public boolean stepDay() {
        if (record.days() >= scenario.days()) {
            return false;
        }
        return schedule.step(this) && record.days() < scenario.days();
    }

    /**
     * Fires a user's event (injected, or a classroom team's choice) on its date, which must be
     * today (the day the next step simulates), after the day's timeline and decisions. Returns
     * false when the period is over.
     */
    public boolean inject(Scenario.Event e, double intensity, double level) {
        int day = (int) (e.date().toEpochDay() - scenario.start().toEpochDay());
        if (!e.fromSession() || day != today()) {
            throw new IllegalArgumentException("an injected event dated today (" + record.date(today())
                    + ") is expected, not " + e);
        }
        return queue.add(queue.resolve(e, day, intensity, level), day);
    }

    /** The day the next step will simulate (0 = the scenario's start). */
    public int today() {
        return record.days();
    }

    public Scenario scenario() {
        return scenario;
    }

    public World world() {
        return world;
    }

    public RunRecord record() {
        return record;
    }
}
