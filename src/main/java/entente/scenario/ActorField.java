package entente.scenario;

/** Numeric fields of an actor; each is the parameter {@code actors.<ID>.<key>}. */
public enum ActorField {
    CAPABILITY("capability", Double.NaN, 0, 1),
    SPENDING("spending", Double.NaN, 0, 100),
    ESCALATION("escalation", 1.0, 0, 1000),
    FATIGUE("fatigue", 0.03, 0, 1),
    GRIEVANCE("grievance", ActorField.AT_REST, -10, 10),
    THREAT_SENSITIVITY("threat_sensitivity", 1.0, 0, 10),
    HEDGING("hedging", 0.0, 0, 0.99),
    LOYALTY("loyalty", 0.5, 0, 1),
    RISK_TOLERANCE("risk_tolerance", 1.0, 0, 10);

    /** Default of a field the model derives when it is not given (see {@link #derived()}). */
    static final double AT_REST = Double.NEGATIVE_INFINITY;

    private final String key;
    private final double defaultValue;
    private final double min;
    private final double max;

    ActorField(String key, double defaultValue, double min, double max) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String key() { return key; }
    public String path(String actor) { return "actors." + actor + "." + key; }
    /** NaN when the field must be given; {@link #AT_REST} when the model derives it. */
    public double defaultValue() { return defaultValue; }
    public boolean required() { return Double.isNaN(defaultValue); }
    /** True for grievance: when omitted it is set so that the starting escalation is at rest. */
    public boolean derived() { return defaultValue == AT_REST; }
    public double min() { return min; }
    public double max() { return max; }
}
