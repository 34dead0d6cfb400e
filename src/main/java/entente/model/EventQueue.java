package entente.model;

import entente.scenario.Scenario;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Fires each day's events first thing in the day: the scenario's timeline, then what states
 * chose the day before, then the choices of classroom teams, then events injected by a user,
 * each group in the order it arrived.
 * The order is kept by origin rather than by arrival, so that a saved session, whose injected
 * events are part of its timeline from the start, replays them after the decisions as live.
 */
final class EventQueue implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String INJECTED_WHY = "injected by a user";
    private static final Comparator<ModelEvent> BY_ORIGIN = Comparator.comparingInt(EventQueue::rank);

    private final World w;
    private final RunRecord record;
    private final int days;
    /** The timeline, ordered by day (file order within a day; shared by runs), and the next one to fire. */
    private final List<ModelEvent> timeline;
    private int next;
    /** Chosen and injected events waiting for their day, in the order they arrived. */
    private final List<ModelEvent> pending = new ArrayList<>();
    private final List<ModelEvent> today = new ArrayList<>();

    EventQueue(World w, RunRecord record, RunInputs in) {
        this.w = w;
        this.record = record;
        this.days = in.scenario.days();
        this.timeline = in.timeline;
    }

    /** The event as the model applies it on {@code day}, its actors and targets as indices. */
    static ModelEvent resolve(Scenario.Event e, int day, double intensity, double level, ToIntFunction<String> index) {
        String why = e.injected() ? INJECTED_WHY : e.fromSession() ? e.source() : "timeline: " + e.source();
        return new ModelEvent(day, e.id(), e.type(), e.actors().stream().mapToInt(index).toArray(),
                e.targets().stream().mapToInt(index).toArray(), intensity,
                e.subtype(), e.overflight(), level, e.origin(), e.source(), e.note(), why);
    }

    /** An event a user fires during a session, as the model applies it on {@code day}. */
    ModelEvent resolve(Scenario.Event e, int day, double intensity, double level) {
        return resolve(e, day, intensity, level, w::index);
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
            case TEAM -> 2;
            case INJECTED -> 3;
        };
    }

    /** Fires the day's events. */
    void fire(int day) {
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
