package entente.scenario;

/**
 * Model coefficients with their defaults and admissible ranges; each is the parameter
 * {@code dynamics.<key>}. Rates are per day. See docs/model.md for where each enters.
 */
public enum Dynamics {
    ETA("eta", 0.02, 0, 1, "per day", "speed at which affinities move", "rate at which affinity moves toward its target, per day"),
    ALPHA("alpha", 0.3, 0, 10, "", "pull of a shared threat on affinity", "pull of a common threat on affinity"),
    BETA("beta", 0.3, 0, 10, "", "push of a direct threat against affinity", "push of a direct threat on affinity"),
    GAMMA("gamma", 0.25, 0, 10, "", "pull of recent cooperation on affinity", "pull of recent cooperative events on affinity"),
    KAPPA("kappa", 0.4, 0, 10, "", "pull of treaty commitments on affinity", "pull of treaty commitments on affinity"),
    DELTA("delta", 0.3, 0, 10, "", "pull of economic dependence on affinity", "pull of economic dependence on affinity"),
    W_POWER("w_power", 1.0, 0, 10, "", "weight of power in threat", "weight of aggregate power in threat"),
    W_OFFENSE("w_offense", 0.5, 0, 10, "", "weight of offensive capability in threat", "weight of offensive capability (power x spending) in threat"),
    W_HOSTILITY("w_hostility", 0.3, 0, 10, "", "weight of remembered hostile acts in threat", "weight of remembered hostile acts in threat"),
    HOSTILITY_HALFLIFE("hostility_halflife", 45, 1, 3650, "days", "how long hostile acts are remembered", "half-life of the memory of hostile acts, days"),
    COOPERATION_HALFLIFE("cooperation_halflife", 60, 1, 3650, "days", "how long cooperation is remembered", "half-life of the memory of cooperative acts, days"),
    PROXIMITY_SCALE_KM("proximity_scale_km", 2500, 1, 40000, "km", "distance at which proximity fades", "distance at which proximity falls to 1/e, km"),
    SPENDING_REFERENCE("spending_reference", 2.0, 0.1, 50, "% of GDP", "defence spending that counts as full offense", "defence spending (% GDP) that counts as offense 1"),
    REACTIVITY("reactivity", 0.005, 0, 1, "per day", "how strongly states arm against threats", "Richardson reaction per unit threat, per day"),
    ESCALATION_MAX("escalation_max", 10, 1, 1000, "level", "ceiling of escalation", "upper bound of the escalation level"),
    DECISION_INTERVAL("decision_interval", 7, 1, 365, "days", "weight of doing nothing in a day's choice",
            "states choose every day; doing nothing weighs this much in the logit, so an option of utility 0 is taken about once in this many days"),
    LOGIT_TEMPERATURE("logit_temperature", 1.0, 0.01, 100, "", "randomness of states' choices", "temperature of the logit choice"),
    RESPONSE_LAG("response_lag", 5, 1, 365, "days", "delay of the answer to hostile acts",
            "time constant of the lagged hostility memory that the provocation feature reads, days"),
    MOMENTUM_HALFLIFE("momentum_halflife", 10, 1, 3650, "days", "how long a campaign carries itself on",
            "half-life of the memory of a state's own recent events of a type (momentum), days"),
    EXHAUSTION_HALFLIFE("exhaustion_halflife", 120, 1, 3650, "days", "how long a campaign tires its actor",
            "half-life of the slower memory of a state's own events of a type (exhaustion), days"),
    ENGAGEMENT_HALFLIFE("engagement_halflife", 120, 1, 3650, "days", "how long diplomacy restrains",
            "half-life of the memory of summits and suspensions a state took part in, days");

    private final String key;
    private final ParameterFamily family;

    Dynamics(String key, double defaultValue, double min, double max, String unit, String label, String description) {
        this.key = key;
        this.family = new ParameterFamily("dynamics." + key, defaultValue, min, max, unit, label, description,
                ParameterFamily.Group.DYNAMICS);
    }

    public String key() { return key; }
    public ParameterFamily family() { return family; }
    public String path() { return family.template(); }
    public double defaultValue() { return family.defaultValue(); }
    public double min() { return family.min(); }
    public double max() { return family.max(); }
    public String description() { return family.description(); }
}
