package entente.scenario;

/** Where an event came from; {@link #key()} is how files write it. */
public enum EventOrigin {
    /** A dated event of the scenario's timeline: an input, scripted history. */
    SCENARIO("scenario", "from the timeline"),
    /** An action a state chose: the model's own behaviour. */
    DECISION("decision", "chosen by the states"),
    /** The move of a student team playing a state in a classroom game (or of the agent standing in for it). */
    TEAM("team", "chosen by classroom teams"),
    /** An event a user fired during a GUI session. */
    INJECTED("injected", "injected");

    private final String key;
    private final String description;

    EventOrigin(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    /** How a count of such events reads: "12 chosen by the states". */
    public String description() {
        return description;
    }

    /** A state's own move, by its agent or by the classroom team playing it: the model's behaviour, not an input. */
    public boolean isChoice() {
        return this == DECISION || this == TEAM;
    }

    /** Scripted history and timeline inputs always appear in counts; the others only when present. */
    public boolean alwaysCounted() {
        return this == SCENARIO || this == DECISION;
    }

    /** The origin a file names, or null. */
    public static EventOrigin of(String key) {
        for (EventOrigin o : values()) {
            if (o.key.equals(key)) {
                return o;
            }
        }
        return null;
    }
}
