package entente.model;

import entente.scenario.EventOrigin;
import entente.scenario.EventType;

/** How many events of each origin and of each type a run fired: counted here, in one pass. */
public final class EventCounts {
    private final int total;
    private final int[] byOrigin = new int[EventOrigin.values().length];
    private final int[] byType = new int[EventType.values().length];

    private EventCounts(RunRecord r) {
        for (ModelEvent e : r.events()) {
            byOrigin[e.origin().ordinal()]++;
            byType[e.type().ordinal()]++;
        }
        total = r.events().size();
    }

    public static EventCounts of(RunRecord r) {
        return new EventCounts(r);
    }

    public int total() {
        return total;
    }

    public int of(EventOrigin origin) {
        return byOrigin[origin.ordinal()];
    }

    public int of(EventType type) {
        return byType[type.ordinal()];
    }
}
