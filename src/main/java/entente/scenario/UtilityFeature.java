package entente.scenario;

/** What a state weighs when it deliberates an action; coefficients are {@code actions.<id>.utility.<key>}. */
public enum UtilityFeature {
    BIAS("bias"), ESCALATION("escalation"), THREAT("threat"), PROVOCATION("provocation"),
    RESTRAINT("restraint"), ALIGNMENT("alignment");

    private final String key;

    UtilityFeature(String key) { this.key = key; }

    public String key() { return key; }
    public String path(String actionId) { return "actions." + actionId + ".utility." + key; }
}
