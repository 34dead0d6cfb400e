package entente.gui;

import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.World;
import java.util.ArrayList;
import java.util.List;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * A state on the map. Clicking it opens an inspector with what it sees now: its escalation,
 * the threat it feels from each other state, its affinity toward each, and its recent events.
 */
public final class StateNode implements Propertied {
    static final int RECENT_EVENTS = 5;

    private final EntenteModel model;
    final int index;
    final MapLayout.Placement place;
    private final String name;

    StateNode(EntenteModel model, int index, MapLayout.Placement place) {
        this.model = model;
        this.index = index;
        this.place = place;
        this.name = model.scenario().actors().get(index).name();
    }

    String id() {
        return place.id();
    }

    World world() {
        return model.world();
    }

    double escalation() {
        return model.world().escalation(index);
    }

    double escalationMax() {
        return model.world().escalationMax();
    }

    @Override
    public Properties properties() {
        World w = model.world();
        Rows rows = new Rows(this);
        rows.readOnly("state", "", () -> name + " (" + id() + ")");
        rows.readOnly("escalation", "escalation level, 0 .. " + w.escalationMax(), () -> w.escalation(index));
        rows.readOnly("capability", "CINC-like share of material power", () -> w.capability(index));
        for (int j = 0; j < w.size(); j++) {
            int k = j;
            if (j != index) {
                rows.readOnly("threat from " + w.id(j), "how threatening " + id() + " finds " + w.id(j),
                        () -> w.threat(index, k));
            }
        }
        for (int j = 0; j < w.size(); j++) {
            int k = j;
            if (j != index) {
                rows.readOnly("affinity to " + w.id(j), id() + "'s disposition to align with " + w.id(j)
                        + " (-1 hostile .. +1 allied)", () -> w.affinity(index, k));
            }
        }
        for (int k = 0; k < RECENT_EVENTS; k++) {
            int nth = k;
            rows.readOnly("event " + (k + 1), "the events involving " + id() + ", newest first",
                    () -> nth < recentEvents().size() ? recentEvents().get(nth) : "");
        }
        return rows;
    }

    /** The latest events with this state as actor or target, newest first, one line each. */
    List<String> recentEvents() {
        List<String> out = new ArrayList<>();
        List<ModelEvent> events = model.record().events();
        for (int k = events.size() - 1; k >= 0 && out.size() < RECENT_EVENTS; k--) {
            ModelEvent e = events.get(k);
            if (involves(e.actors()) || involves(e.targets())) {
                out.add(EventLines.describe(e, model.record()));
            }
        }
        return out;
    }

    private boolean involves(int[] states) {
        for (int s : states) {
            if (s == index) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name + " (" + id() + ")";
    }
}
