package entente.validation;

import java.util.Map;

/**
 * How a target came out: the record's value where it has one, the model's, the baselines'
 * where they are scored on it, the condition in words, and met, missed or not applicable.
 */
public record TargetResult(Target target, double record, double value, Map<String, Double> baselines,
                           Status status, String threshold, String note) {
    public enum Status {
        MET("met"), MISSED("missed"), NOT_APPLICABLE("not applicable");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "met", "missed: r undefined ...", "not applicable: the period does not cover all of 2017". */
    public String verdict() {
        return note.isEmpty() ? status.label() : status.label() + ": " + note;
    }
}
