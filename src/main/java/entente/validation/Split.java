package entente.validation;

/** Which part of the record a month belongs to, as data/holdout.yaml declares it. */
public enum Split {
    IN_SAMPLE("in-sample"), HELD_OUT("held-out"), NEITHER("neither");

    private final String label;

    Split(String label) {
        this.label = label;
    }

    /** As written in tables: "in-sample", "held-out", "neither". */
    public String label() {
        return label;
    }
}
