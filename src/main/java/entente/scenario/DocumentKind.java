package entente.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of YAML file whose top-level fields are checked, with those fields. A file given
 * where another kind is expected (a scenario to 'sweep', a sweep spec to 'run') is recognised by
 * its fields, so that it gets one message saying so instead of one per field it should not have.
 */
public enum DocumentKind {
    SCENARIO("a scenario", List.of("name", "title", "description", "period", "seed", "blocs", "hedging_poles",
            "dynamics", "actors", "treaties", "effects", "actions", "events", "changes")),
    SWEEP_SPEC("a sweep spec", List.of("name", "title", "description", "scenario", "until", "seed", "replications",
            "common_random_numbers", "max_runs", "design", "factors", "metrics", "summaries", "outcomes", "posterior",
            "draws")),
    CALIBRATION_SPEC("a calibration spec", List.of("scenario", "scenarios", "replications", "seed", "optimizer", "free",
            "targets", "abc"));

    /** A scenario's file may also name its parent (the merged scenario no longer has it). */
    private static final String PARENT = "extends";

    private final String description;
    private final List<String> fields;

    DocumentKind(String description, List<String> fields) {
        this.description = description;
        this.fields = fields;
    }

    /** "a scenario", "a sweep spec", ... */
    public String description() {
        return description;
    }

    /** The fields a file of this kind may have at its top. */
    public List<String> fields() {
        return fields;
    }

    private boolean mayHave(String key) {
        return fields.contains(key) || this == SCENARIO && key.equals(PARENT);
    }

    /**
     * The other kind a file is, when one kind may have all of its top-level keys but the
     * expected one may not (a file with a mistyped field is not another kind).
     */
    public static Optional<DocumentKind> instead(DocumentKind expected, Collection<String> keys) {
        if (keys.stream().allMatch(expected::mayHave)) {
            return Optional.empty();
        }
        for (DocumentKind k : values()) {
            if (k != expected && keys.stream().allMatch(k::mayHave)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
