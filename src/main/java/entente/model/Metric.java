package entente.model;

/**
 * The daily series a run records (docs/model.md, "Metrics"). {@link #key()} is the name in
 * files; a series is one metric for the region, for one state, or for an ordered pair.
 */
public enum Metric {
    COHESION_TRILATERAL("cohesion_trilateral", Scope.REGION, "trilateral cohesion"),
    COHESION_COUNTER("cohesion_counter", Scope.REGION, "counter-bloc alignment"),
    POLARIZATION("polarization", Scope.REGION, "polarization"),
    FRUSTRATION("frustration", Scope.REGION, "frustration of the best two-bloc split"),
    PARTITION_CHANGED("partition_changed", Scope.REGION, "change of the best two-bloc split"),
    ESCALATION_INDEX("escalation_index", Scope.REGION, "escalation index"),
    ESCALATION("escalation", Scope.STATE, "escalation"),
    BLOC_SIDE("bloc_side", Scope.STATE, "side in the best two-bloc split"),
    HEDGING("hedging", Scope.STATE, "hedging"),
    AFFINITY("affinity", Scope.PAIR, "affinity"),
    THREAT("threat", Scope.PAIR, "threat");

    /** Whom a series of the metric is about. */
    public enum Scope { REGION, STATE, PAIR }

    private final String key;
    private final Scope scope;
    private final String label;

    Metric(String key, Scope scope, String label) {
        this.key = key;
        this.scope = scope;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public Scope scope() {
        return scope;
    }

    /** A plain name for charts and answers. */
    public String label() {
        return label;
    }

    /** The series of a regional metric. */
    public RunRecord.Key series() {
        return new RunRecord.Key(key, "", "");
    }

    /** The series of a state's metric. */
    public RunRecord.Key series(String actor) {
        return new RunRecord.Key(key, actor, "");
    }

    /** The series of a pair's metric (actor's view of partner). */
    public RunRecord.Key series(String actor, String partner) {
        return new RunRecord.Key(key, actor, partner);
    }

    /** The metric a file names, or null. */
    public static Metric of(String key) {
        for (Metric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }
}
