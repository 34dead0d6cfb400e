package entente.gui;

import entente.model.ModelEvent;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** A kind of event to pause on ("North Korea: missile test"), a choice of the Pause on box. */
record PauseRule(String label, Predicate<ModelEvent> matches) {
    static final PauseRule NEVER = new PauseRule("nothing", e -> false);

    @Override
    public String toString() {
        return label;
    }

    /** Nothing, any event, the timeline's, the states' own, and each move a state of the scenario may choose. */
    static List<PauseRule> forScenario(Scenario s) {
        List<PauseRule> out = new ArrayList<>(List.of(NEVER,
                new PauseRule("any event", e -> true),
                new PauseRule("a timeline event", e -> e.origin() == EventOrigin.SCENARIO),
                new PauseRule("a state's own move", e -> e.origin() == EventOrigin.DECISION)));
        Set<String> seen = new LinkedHashSet<>();
        for (Scenario.Action a : s.actions()) {
            if (seen.add(a.actor() + a.type())) {
                int actor = s.actorIds().indexOf(a.actor());
                EventType type = a.type();
                out.add(new PauseRule(SeriesNames.name(a.actor(), s) + ": " + type.label(),
                        e -> e.type() == type && e.actors().length > 0 && e.actors()[0] == actor));
            }
        }
        return out;
    }
}
