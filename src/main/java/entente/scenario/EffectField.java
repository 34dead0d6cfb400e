package entente.scenario;

/**
 * Columns of the effect table; each is the parameter {@code effects.<TYPE>.<key>}.
 * An event of weight w = intensity x |goldstein| / 10 moves the model by coefficient x w.
 */
public enum EffectField {
    GOLDSTEIN("goldstein", -10, 10, "weight of {type} events", "Goldstein-style weight of the event type"),
    THREAT("threat", -10, 10, "hostility {type} events leave in their targets", "hostility memory a target keeps of each actor"),
    COOPERATION("cooperation", -10, 10, "cooperation {type} events build among their actors",
            "cooperation memory between co-actors"),
    COOPERATION_TARGET("cooperation_target", -10, 10, "cooperation {type} events build with their targets",
            "cooperation memory between actors and targets"),
    COMMITMENT("commitment", -1, 1, "commitment {type} events add among their actors",
            "lasting change of commitment between co-actors"),
    DEPENDENCE("dependence", -1, 1, "dependence {type} events add with their targets",
            "lasting change of dependence between actors and targets, both ways"),
    ESCALATION_ACTOR("escalation_actor", -10, 10, "escalation {type} events add to their actors",
            "shock to the actors' escalation"),
    ESCALATION_TARGET("escalation_target", -10, 10, "escalation {type} events add to their targets",
            "shock to the targets' escalation"),
    BYSTANDER("bystander", 0, 5, "share of the hostility of {type} events felt by the targets' friends",
            "share of the hostility felt by third states friendly to a target"),
    ENGAGEMENT("engagement", 0, 10, "engagement {type} events leave in every state taking part",
            "diplomatic engagement memory of each actor, and of each target when the type builds cooperation with"
                    + " its targets (restrains the options that weigh it)");

    private final String key;
    private final ParameterFamily family;

    EffectField(String key, double min, double max, String label, String description) {
        this.key = key;
        this.family = new ParameterFamily("effects.{type}." + key, Double.NaN, min, max, "", label, description,
                ParameterFamily.Group.EFFECTS);
    }

    public String key() { return key; }
    public ParameterFamily family() { return family; }
    public String path(EventType type) { return family.path(type.name()); }
    public double min() { return family.min(); }
    public double max() { return family.max(); }
    public String description() { return family.description(); }
}
