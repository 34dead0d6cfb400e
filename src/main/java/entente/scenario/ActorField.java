package entente.scenario;

/** Numeric fields of an actor; each is the parameter {@code actors.<ID>.<key>}. */
public enum ActorField {
    CAPABILITY("capability", Double.NaN, 0, 1, "share", "{actor}'s military capability",
            "aggregate military power, as a share of the largest"),
    SPENDING("spending", Double.NaN, 0, 100, "% of GDP", "{actor}'s defence spending",
            "defence spending, which makes power offensive"),
    ESCALATION("escalation", 1.0, 0, 1000, "level", "{actor}'s escalation at the start",
            "starting level of military escalation (0 calm, 10 the ceiling by default)"),
    FATIGUE("fatigue", 0.03, 0, 1, "per day", "{actor}'s fatigue",
            "rate at which escalation relaxes without new pressure"),
    GRIEVANCE("grievance", Double.NEGATIVE_INFINITY, -10, 10, "level per day", "{actor}'s standing grievance",
            "constant push on escalation; when omitted, the value that keeps the starting escalation at rest"),
    THREAT_SENSITIVITY("threat_sensitivity", 1.0, 0, 10, "", "how strongly {actor} feels threats",
            "multiplies every threat the state perceives"),
    HEDGING("hedging", 0.0, 0, 0.99, "share", "{actor}'s hedging",
            "share of the pull of threats and commitments the state ignores"),
    LOYALTY("loyalty", 0.5, 0, 1, "share", "{actor}'s loyalty to treaty partners",
            "weight of new commitments in the state's affinities"),
    RISK_TOLERANCE("risk_tolerance", 1.0, 0, 10, "", "{actor}'s risk tolerance",
            "multiplies the state's Richardson reaction to others' escalation");

    private final String key;
    private final ParameterFamily family;

    ActorField(String key, double defaultValue, double min, double max, String unit, String label, String description) {
        this.key = key;
        this.family = new ParameterFamily("actors.{actor}." + key, defaultValue, min, max, unit, label, description,
                ParameterFamily.Group.STATES);
    }

    public String key() { return key; }
    public ParameterFamily family() { return family; }
    public String path(String actor) { return family.path(actor); }
    public double defaultValue() { return family.defaultValue(); }
    public boolean required() { return family.required(); }
    /** True for grievance: when omitted it is set so that the starting escalation is at rest. */
    public boolean derived() { return family.derived(); }
    public double min() { return family.min(); }
    public double max() { return family.max(); }
}
