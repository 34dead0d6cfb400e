package entente.model;

import entente.scenario.Scenario;
import java.util.ArrayList;
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

    private final World w;
    private final RunRecord record;
    private final List<List<ModelEvent>> byDay;

    EventQueue(World w, RunRecord record, Scenario s) {
        this.w = w;
        this.record = record;
        int days = s.days();
        byDay = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            byDay.add(new ArrayList<>(0));
        }
        for (Scenario.Event e : s.events()) {
            int day = (int) (e.date().toEpochDay() - s.start().toEpochDay());
            if (day < days) {
                String base = "events." + e.id() + ".";
                double level = s.parameters().has(base + "level") ? s.parameters().get(base + "level") : Double.NaN;
                add(resolve(e, day, s.parameters().get(base + "intensity"), level), 0);
            }
        }
    }

    /** The event as the model applies it on {@code day}. */
    ModelEvent resolve(Scenario.Event e, int day, double intensity, double level) {
        String why = e.injected() ? INJECTED_WHY : "timeline: " + e.source();
        return new ModelEvent(day, e.id(), e.type(), e.actors().stream().mapToInt(w::index).toArray(),
                e.targets().stream().mapToInt(w::index).toArray(), intensity,
                e.subtype(), e.overflight(), level, e.origin(), e.source(), e.note(), why);
    }

    static final String INJECTED_WHY = "injected by a user";

    /**
     * Queues an event for its day, after the events of the same day whose origin comes before
     * or with its own; one for a day already past or beyond the period is refused.
     */
    boolean add(ModelEvent e, int today) {
        if (e.day() < today || e.day() >= byDay.size()) {
            return false;
        }
        List<ModelEvent> day = byDay.get(e.day());
        int at = day.size();
        while (at > 0 && rank(day.get(at - 1)) > rank(e)) {
            at--;
        }
        day.add(at, e);
        return true;
    }

    private static int rank(ModelEvent e) {
        return switch (e.origin()) {
            case Scenario.Event.SCENARIO -> 0;
            case Scenario.Event.INJECTED -> 2;
            default -> 1; // decisions
        };
    }

    @Override
    public void step(SimState state) {
        int day = (int) state.schedule.getTime();
        for (ModelEvent e : byDay.get(day)) {
            w.apply(e);
            record.fired(e);
        }
        byDay.set(day, List.of());
    }
}
