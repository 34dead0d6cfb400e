package entente.model;

import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import java.io.Serializable;

/**
 * An event as the model applies it: actors and targets as indices, intensity resolved.
 * {@code origin} says where it came from (scenario, decision, injected) and {@link #why()}
 * explains it (the source reference, or the utilities of a decision). A decision's explanation
 * is written out only when something reads it (events.csv, the window), not on every run.
 */
public record ModelEvent(int day, String id, EventType type, int[] actors, int[] targets, double intensity,
                         String subtype, boolean overflight, double level, EventOrigin origin, String source,
                         String note, CharSequence reason) implements Serializable {

    /** The source reference, or the utilities of a decision, in the words events.csv uses. */
    public String why() {
        return reason.toString();
    }

    /** The same event with other numbers (a scenario's event, for another parameter set). */
    ModelEvent withNumbers(double newIntensity, double newLevel) {
        return new ModelEvent(day, id, type, actors, targets, newIntensity, subtype, overflight, newLevel, origin, source,
                note, reason);
    }
}
