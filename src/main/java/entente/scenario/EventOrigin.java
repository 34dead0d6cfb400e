package entente.scenario;

/** Where an event came from; {@link #key()} is how files write it. */
public enum EventOrigin {
    /** A dated event of the scenario's timeline: an input, scripted history. */
    SCENARIO("scenario", "from the timeline"),
    /** An action a state chose: the model's own behaviour. */
    DECISION("decision", "chosen by a state"),
    /** An event a user fired during a GUI session. */
    INJECTED("injected", "injected by a user");

    private final String key;
    private final String description;

    EventOrigin(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
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
