package entente.model;

import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import java.io.Serializable;

/**
 * An event as the model applies it: actors and targets as indices, intensity resolved.
 * {@code origin} says where it came from (scenario, decision, injected) and {@code why}
 * explains it (the source reference, or the utilities of a decision).
 */
public record ModelEvent(int day, String id, EventType type, int[] actors, int[] targets, double intensity,
                         String subtype, boolean overflight, double level, EventOrigin origin, String source,
                         String note, String why) implements Serializable {}
