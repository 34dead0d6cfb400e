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
 * Fires each day's events first thing in the day: the scenario's timeline, then what states
 * chose the day before, then events injected by a user, each group in the order it arrived.
 * The order is kept by origin rather than by arrival, so that a saved session, whose injected
 * events are part of its timeline from the start, replays them after the decisions as live.
 */
final class EventQueue implements Steppable {
    private static final long serialVersionUID = 1L;
    static final String INJECTED_WHY = "injected by a user";
    private static final Comparator<ModelEvent> BY_ORIGIN = Comparator.comparingInt(EventQueue::rank);

    private final World w;
    private final RunRecord record;
    private final int days;
    /** The timeline, ordered by day (file order within a day), and the next one to fire. */
    private final List<ModelEvent> timeline = new ArrayList<>();
    private int next;
    /** Chosen and injected events waiting for their day, in the order they arrived. */
    private final List<ModelEvent> pending = new ArrayList<>();
    private final List<ModelEvent> today = new ArrayList<>();

    EventQueue(World w, RunRecord record, Scenario s) {
        this.w = w;
        this.record = record;
        this.days = s.days();
        for (Scenario.Event e : s.events()) {
            int day = (int) (e.date().toEpochDay() - s.start().toEpochDay());
            Parameters p = s.parameters();
            boolean enabled = p.get(ParameterRegistry.EVENT_ENABLED.path(e.id())) >= 0.5;
            if (enabled && day < days) {
                String level = ParameterRegistry.EVENT_LEVEL.path(e.id());
                timeline.add(resolve(e, day, p.get(ParameterRegistry.EVENT_INTENSITY.path(e.id())),
                        p.has(level) ? p.get(level) : Double.NaN));
            }
        }
        timeline.sort(Comparator.comparingInt(ModelEvent::day));
    }

    /** The event as the model applies it on {@code day}. */
    ModelEvent resolve(Scenario.Event e, int day, double intensity, double level) {
        String why = e.injected() ? INJECTED_WHY : "timeline: " + e.source();
        return new ModelEvent(day, e.id(), e.type(), e.actors().stream().mapToInt(w::index).toArray(),
                e.targets().stream().mapToInt(w::index).toArray(), intensity,
                e.subtype(), e.overflight(), level, e.origin(), e.source(), e.note(), why);
    }

    /** Queues an event for its day; one for a day already past or beyond the period is refused. */
    boolean add(ModelEvent e, int today) {
        if (e.day() < today || e.day() >= days) {
            return false;
        }
        pending.add(e);
        return true;
    }

    private static int rank(ModelEvent e) {
        return switch (e.origin()) {
            case SCENARIO -> 0;
            case DECISION -> 1;
            case INJECTED -> 2;
        };
    }

    @Override
    public void step(SimState state) {
        int day = (int) state.schedule.getTime();
        today.clear();
        while (next < timeline.size() && timeline.get(next).day() == day) {
            today.add(timeline.get(next++));
        }
        for (int k = 0; k < pending.size(); k++) {
            if (pending.get(k).day() == day) {
                today.add(pending.remove(k--));
            }
        }
        today.sort(BY_ORIGIN); // stable: arrival order within an origin
        for (ModelEvent e : today) {
            w.apply(e);
            record.fired(e);
        }
    }
}
