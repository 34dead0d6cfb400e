package entente.scenario;

/**
 * Columns of the effect table; each is the parameter {@code effects.<TYPE>.<key>}.
 * An event of weight w = intensity x |goldstein| / 10 moves the model by coefficient x w.
 */
public enum EffectField {
    GOLDSTEIN("goldstein", -10, 10, "Goldstein-style weight of the event type"),
    THREAT("threat", -10, 10, "hostility memory a target keeps of each actor"),
    COOPERATION("cooperation", -10, 10, "cooperation memory between co-actors"),
    COOPERATION_TARGET("cooperation_target", -10, 10, "cooperation memory between actors and targets"),
    COMMITMENT("commitment", -1, 1, "lasting change of commitment between co-actors"),
    DEPENDENCE("dependence", -1, 1, "lasting change of dependence between actors and targets, both ways"),
    ESCALATION_ACTOR("escalation_actor", -10, 10, "shock to the actors' escalation"),
    ESCALATION_TARGET("escalation_target", -10, 10, "shock to the targets' escalation"),
    BYSTANDER("bystander", 0, 5, "share of the hostility felt by third states friendly to a target");

    private final String key;
    private final double min;
    private final double max;
    private final String description;

    EffectField(String key, double min, double max, String description) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.description = description;
    }

    public String key() { return key; }
    public String path(EventType type) { return "effects." + type + "." + key; }
    public double min() { return min; }
    public double max() { return max; }
    public String description() { return description; }
}
