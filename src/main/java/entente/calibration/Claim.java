package entente.calibration;

import java.time.LocalDate;

/**
 * One coded statement of the evidence: what a document says (or an outside source records)
 * about an actor's view of a target, on one dimension, as an ordinal value -2..+2.
 *
 * @param target     a state code, an event type (posture) or null (asian_nato)
 * @param confidence in (0, 1]: how directly the source supports the value
 * @param asOf       the date of the situation the claim describes (docs/calibration.md, "Time")
 * @param partisan   the source is partisan about the actor: confidence at most {@link #PARTISAN_CAP}
 */
public record Claim(String id, String file, int line, String source, String actor, String target,
                    Dimension dimension, int value, double confidence, LocalDate asOf, boolean partisan,
                    String paraphrase, String note) {
    /** The most confidence a partisan source's characterisation of another state may carry. */
    public static final double PARTISAN_CAP = 0.3;

    public boolean external() {
        return source.startsWith("ext:");
    }

    /** The seed document the claim cites, or null for an outside source. */
    public String document() {
        return external() ? null : source.substring(0, source.indexOf('#'));
    }
}
