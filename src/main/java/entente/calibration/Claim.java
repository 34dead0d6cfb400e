package entente.calibration;

/**
 * One coded statement of the evidence: what a document says (or an outside source records)
 * about an actor's view of a target, on one dimension, as an ordinal value -2..+2.
 *
 * @param target a state code, an event type (posture) or null (asian_nato)
 * @param confidence in (0, 1]: how directly the source supports the value
 */
public record Claim(String id, String file, int line, String source, String actor, String target,
                    Dimension dimension, int value, double confidence, String paraphrase, String note) {
    public boolean external() {
        return source.startsWith("ext:");
    }

    /** The seed document the claim cites, or null for an outside source. */
    public String document() {
        return external() ? null : source.substring(0, source.indexOf('#'));
    }
}
