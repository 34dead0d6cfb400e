package entente.scenario;

/** What a state weighs when it deliberates an action; coefficients are {@code actions.<id>.utility.<key>}. */
public enum UtilityFeature {
    BIAS("bias", "{action}: base appeal", "constant term of the option's utility"),
    ESCALATION("escalation", "{action}: pull of the state's own escalation", "weight of escalation / ceiling"),
    THREAT("threat", "{action}: pull of the threat its targets pose", "weight of the mean threat felt from the targets"),
    PROVOCATION("provocation", "{action}: pull of the targets' recent hostile acts",
            "weight of the remembered hostility of the targets"),
    RESTRAINT("restraint", "{action}: pull of the ties that restrain",
            "weight of dependence times affinity summed over all states"),
    ALIGNMENT("alignment", "{action}: pull of alignment with its partners", "weight of the mean affinity for the partners"),
    MOMENTUM("momentum", "{action}: pull of the state's own recent events of the type",
            "weight of the fast-fading count of the state's own events of the option's type (a campaign carries on)"),
    EXHAUSTION("exhaustion", "{action}: weight of the state's longer run of events of the type",
            "weight of the slow-fading count of the state's own events of the option's type (usually negative: long campaigns tire)"),
    ENGAGEMENT("engagement", "{action}: pull of the diplomacy the state takes part in",
            "weight of the memory of summits and suspensions the state took part in (usually negative: talks restrain)");

    private final String key;
    private final ParameterFamily family;

    UtilityFeature(String key, String label, String description) {
        this.key = key;
        this.family = new ParameterFamily("actions.{action}.utility." + key, 0, -100, 100, "", label, description,
                ParameterFamily.Group.OPTIONS);
    }

    public String key() { return key; }
    public ParameterFamily family() { return family; }
    public String path(String actionId) { return family.path(actionId); }
}
