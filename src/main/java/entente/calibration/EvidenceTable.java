package entente.calibration;

import entente.calibration.Derivation.Derived;
import entente.util.Numbers;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A readable table, per state and dimension, of the derived numbers (starting values and the
 * values dated changes set) and the claims behind each.
 */
public final class EvidenceTable {
    /** By target; the sort is stable, so claims about one target stay in file (paragraph) order. */
    private static final Comparator<Claim> BY_TARGET = Comparator.comparing((Claim c) -> Objects.toString(c.target(), ""));

    private EvidenceTable() {}

    /** The table for the given actors and dimensions; with paraphrases, each claim row is followed by its text. */
    public static String write(Evidence e, List<Derived> derived, List<String> actors, List<Dimension> dimensions,
                               boolean paraphrases) {
        int idWidth = e.claims().stream().mapToInt(c -> c.id().length()).max().orElse(2);
        int targetWidth = e.claims().stream().mapToInt(c -> Objects.toString(c.target(), "").length()).max().orElse(1);
        String row = "      %-" + targetWidth + "s  %-" + idWidth + "s  %2s  %-4s  %s  %-5s  %s%n"
                + (paraphrases ? "          %s%n" : "");
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d claims. Columns: target, claim id, value (-2..+2), confidence (0..1; "
                + "P: partisan), date, age weight, source.%nm = confidence-weighted mean of the values with a neutral "
                + "prior of weight %s; formulas in docs/calibration.md.%n", e.claims().size(),
                Numbers.format(Derivation.PRIOR_WEIGHT)));
        for (String actor : actors) {
            b.append('\n').append(actor).append('\n');
            for (Dimension d : dimensions) {
                List<Claim> all = e.about(actor, d);
                if (all.isEmpty()) {
                    b.append("  ").append(d.key()).append(": no claims\n");
                    continue;
                }
                b.append("  ").append(d.key()).append('\n');
                Set<Claim> used = new HashSet<>();
                for (Derived v : derived) {
                    if (v.actor().equals(actor) && v.dimension() == d) {
                        b.append("    ").append(v.path()).append(" = ").append(Numbers.format(v.value()))
                                .append(v.change() == null ? "" : "   from " + v.change().date() + " (" + v.change().id() + ")")
                                .append("   (").append(v.basis()).append(')')
                                .append(v.contested() ? "   CONTESTED: claims on both sides" : "").append('\n');
                        v.claims().stream().sorted(BY_TARGET).forEach(c -> b.append(claimRow(row, c, v.weight(c))));
                        used.addAll(v.claims());
                    }
                }
                List<Claim> unused = all.stream().filter(c -> !used.contains(c)).sorted(BY_TARGET).toList();
                if (!unused.isEmpty()) {
                    b.append("    not behind any number").append(d == Dimension.COMMITMENT
                            ? " (hedging uses commitment toward the poles " + String.join(" and ", e.poles()) + " only)"
                            : "").append('\n');
                    unused.forEach(c -> b.append(claimRow(row, c, 1)));
                }
            }
        }
        return b.toString();
    }

    private static String claimRow(String format, Claim c, double weight) {
        String value = c.value() > 0 ? "+" + c.value() : Integer.toString(c.value());
        return String.format(Locale.ROOT, format, Objects.toString(c.target(), "-"), c.id(), value,
                Numbers.format(c.confidence()) + (c.partisan() ? "P" : ""), c.asOf(),
                weight < 0.995 ? String.format(Locale.ROOT, "×%.2f", weight) : "", c.source(), c.paraphrase());
    }
}
