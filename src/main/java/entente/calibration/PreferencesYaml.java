package entente.calibration;

import entente.calibration.Derivation.Derived;
import entente.util.Numbers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The derived preferences as a YAML block shaped like a scenario's {@code actors:} section, holding
 * only the derived fields, each with a comment naming how it was computed and the claims behind it.
 */
public final class PreferencesYaml {
    private static final int COMMENT_COLUMN = 34;

    private PreferencesYaml() {}

    public static String write(List<Derived> derived, String evidenceName, int claimCount) {
        StringBuilder b = new StringBuilder();
        b.append("# Preferences derived by `entente derive` from ").append(claimCount).append(" claims in ")
                .append(evidenceName).append(".\n");
        b.append("# Formulas in docs/calibration.md; m is the confidence-weighted mean (with a neutral prior)\n");
        b.append("# of the claims listed after it. Do not edit by hand: change the evidence and derive again.\n");
        b.append("actors:\n");
        String actor = null;
        String group = null;
        for (Derived d : derived) {
            if (!d.actor().equals(actor)) {
                actor = d.actor();
                group = null;
                b.append("  ").append(actor).append(":\n");
            }
            String[] field = d.path().substring(("actors." + actor + ".").length()).split("\\.");
            String indent = "    ";
            if (field.length == 2) {
                if (!field[0].equals(group)) {
                    group = field[0];
                    b.append(indent).append(group).append(":\n");
                }
                indent += "  ";
            } else {
                group = null;
            }
            String entry = indent + field[field.length - 1] + ": " + Numbers.format(d.value());
            b.append(entry).append(" ".repeat(Math.max(1, COMMENT_COLUMN - entry.length())))
                    .append("# ").append(comment(d)).append('\n');
        }
        return b.toString();
    }

    static String comment(Derived d) {
        return d.basis() + ": " + d.claims().stream().map(Claim::id).collect(Collectors.joining(" "))
                + (d.contested() ? " (contested)" : "");
    }
}
