package entente.model;

import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Fires each day's events first thing in the day: the scenario's timeline, then what states
 * chose the day before, then events injected by a user, each in the order it arrived.
 */
final class EventQueue implements Steppable {
    private static final long serialVersionUID = 1L;

    private final World w;
    private final RunRecord record;
    private final int days;
    /** The timeline, ordered by day (file order within a day), and the next one to fire. */
    private final List<ModelEvent> timeline = new ArrayList<>();
    private int next;
    /** Chosen and injected events waiting for their day, in the order they arrived. */
    private final List<ModelEvent> pending = new ArrayList<>();

    EventQueue(World w, RunRecord record, Scenario s) {
        this.w = w;
        this.record = record;
        this.days = s.days();
        for (Scenario.Event e : s.events()) {
            int day = (int) (e.date().toEpochDay() - s.start().toEpochDay());
            boolean enabled = s.parameters().get("events." + e.id() + ".enabled") >= 0.5;
            if (enabled && day < days) {
                timeline.add(resolve(e, day, s));
            }
        }
        timeline.sort(java.util.Comparator.comparingInt(ModelEvent::day));
    }

    private ModelEvent resolve(Scenario.Event e, int day, Scenario s) {
        String base = "events." + e.id() + ".";
        double level = s.parameters().has(base + "level") ? s.parameters().get(base + "level") : Double.NaN;
        return new ModelEvent(day, e.id(), e.type(), e.actors().stream().mapToInt(w::index).toArray(),
                e.targets().stream().mapToInt(w::index).toArray(), s.parameters().get(base + "intensity"),
                e.subtype(), e.overflight(), level, "scenario", e.source(), e.note(), "timeline: " + e.source());
    }

    /** Queues an event for its day; one for a day already past or beyond the period is refused. */
    void add(ModelEvent e, int today) {
        if (e.day() >= today && e.day() < days) {
            pending.add(e);
        }
    }

    @Override
    public void step(SimState state) {
        int day = (int) state.schedule.getTime();
        while (next < timeline.size() && timeline.get(next).day() == day) {
            fire(timeline.get(next++));
        }
        for (int k = 0; k < pending.size(); k++) {
            if (pending.get(k).day() == day) {
                fire(pending.remove(k--));
            }
        }
    }

    private void fire(ModelEvent e) {
        w.apply(e);
        record.fired(e);
    }
}
