package entente.scenario;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed, checked scenario: the structure (who, when, which events and options) plus the
 * {@link Parameters} registry that holds every number.
 */
public record Scenario(
        String file,
        String name,
        String title,
        String description,
        LocalDate start,
        LocalDate end,
        long seed,
        List<Actor> actors,
        List<String> trilateral,
        List<String> counter,
        List<String> hedgingPoles,
        List<Treaty> treaties,
        List<Action> actions,
        List<Event> events,
        List<Change> changes,
        Parameters parameters,
        String checksum) implements Serializable {
    private static final long serialVersionUID = 1L;


    /** A state: its code, display name and where its power sits in the region. */
    public record Actor(String id, String name, double lat, double lon) implements Serializable {}

    /** A symmetric commitment; its strength is {@code treaties.<A>-<B>.strength}. */
    public record Treaty(String a, String b, String name, Integer since) implements Serializable {
        public String key() {
            return a + "-" + b;
        }
    }

    /** An option a state weighs every deliberation; numbers under {@code actions.<id>.}. */
    public record Action(String id, String actor, EventType type, String subtype, boolean overflight,
                         List<String> partners, List<String> targets) implements Serializable {}

    /**
     * A dated event of the timeline; numbers under {@code events.<id>.}. Its origin is
     * {@link EventOrigin#SCENARIO}, {@link EventOrigin#INJECTED} for an event a user fired during a
     * GUI session, or {@link EventOrigin#TEAM} for the move of a classroom team playing a state (its
     * source says who chose it and why). Session events are applied after the day's decisions,
     * just as they were live.
     */
    public record Event(String id, LocalDate date, EventType type, List<String> actors, List<String> targets,
                        String subtype, boolean overflight, String source, String note, EventOrigin origin)
            implements Serializable {
        public boolean injected() {
            return origin == EventOrigin.INJECTED;
        }

        /** Fired by a user during a session (injected, or a team's move) rather than scripted from evidence. */
        public boolean fromSession() {
            return origin != EventOrigin.SCENARIO;
        }
    }

    /**
     * A dated change of policy, such as a new government: from {@code date} on, each path of
     * {@code set} takes that value and each path of {@code scale} is multiplied by its factor.
     * Its switch and strength are {@code changes.<id>.enabled} and {@code changes.<id>.strength}
     * (strength s moves a number s of the way from its old value to its new one).
     */
    public record Change(String id, LocalDate date, Map<String, Double> set, Map<String, Double> scale,
                         String source, String note) implements Serializable {
        /** Every path the change touches, in file order: set first, then scale. */
        public List<String> paths() {
            List<String> out = new ArrayList<>(set.keySet());
            out.addAll(scale.keySet());
            return out;
        }
    }

    public List<String> actorIds() {
        return actors.stream().map(Actor::id).toList();
    }

    public int days() {
        return (int) (end.toEpochDay() - start.toEpochDay()) + 1;
    }

    /** The same scenario with other numbers (a sweep point, a calibration trial). */
    public Scenario withParameters(Parameters p) {
        return new Scenario(file, name, title, description, start, end, seed, actors, trilateral, counter,
                hedgingPoles, treaties, actions, events, changes, p, checksum);
    }

    /**
     * The scenario of a GUI session: its own name, the seed the session ran with, and a timeline
     * that includes the events a user injected.
     */
    public Scenario asSession(String sessionName, long sessionSeed, List<Event> timeline) {
        return asSession(sessionName, sessionSeed, timeline, changes);
    }

    /** The same, with the dated changes of the session (the scenario's and those a user injected). */
    public Scenario asSession(String sessionName, long sessionSeed, List<Event> timeline, List<Change> sessionChanges) {
        return new Scenario(file, sessionName, title, description, start, end, sessionSeed, actors, trilateral, counter,
                hedgingPoles, treaties, actions, List.copyOf(timeline), List.copyOf(sessionChanges), parameters, checksum);
    }

    /** The same scenario ending on another date. */
    public Scenario withEnd(LocalDate newEnd) {
        return new Scenario(file, name, title, description, start, newEnd, seed, actors, trilateral, counter,
                hedgingPoles, treaties, actions, events, changes, parameters, checksum);
    }
}
