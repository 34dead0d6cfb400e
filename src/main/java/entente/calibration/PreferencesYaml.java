package entente.calibration;

import entente.calibration.Derivation.ChangeValues;
import entente.calibration.Derivation.Derived;
import entente.util.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The derived numbers as YAML: an {@code actors:} block shaped like a scenario's (published
 * figures and starting preferences, each with a comment naming its source or the claims behind
 * it) and a {@code changes:} list with the numbers each dated change sets.
 */
public final class PreferencesYaml {
    /** The start of every file derive writes: how a later derive knows the file is its own to replace. */
    public static final String SIGNATURE = "# Numbers derived by `entente derive`";

    private static final int COMMENT_COLUMN = 34;

    private PreferencesYaml() {}

    /** One number of the actors block. */
    private record Entry(String path, double value, String comment) {}

    public static String write(Evidence e, List<Derived> derived, List<ChangeValues> changes, String evidenceName) {
        StringBuilder b = new StringBuilder();
        b.append(SIGNATURE).append(" from ").append(e.claims().size()).append(" claims and ")
                .append(e.figures().size()).append(" published figures in ").append(evidenceName).append(".\n");
        b.append("# Formulas in docs/calibration.md; m is the confidence-weighted mean (with a neutral prior)\n");
        b.append("# of the claims listed after it. Do not edit by hand: change the evidence and derive again.\n");
        if (e.period().bounded()) {
            b.append("# Period ").append(e.period().start()).append(" .. ").append(e.period().end())
                    .append(": a claim dated outside the stretch of time it informs counts with its age weight\n")
                    .append("# (×w after its id; halved every ").append(Numbers.format(Derivation.HALF_LIFE_DAYS))
                    .append(" days away). Claims dated after a change inform the change, not the start.\n");
        }
        b.append("actors:\n");
        for (String actor : e.actors()) {
            List<Entry> entries = new ArrayList<>();
            e.figures().stream().filter(f -> f.path().startsWith("actors." + actor + "."))
                    .forEach(f -> entries.add(new Entry(f.path(), f.value(), f.source())));
            derived.stream().filter(d -> d.actor().equals(actor))
                    .forEach(d -> entries.add(new Entry(d.path(), d.value(), comment(d))));
            if (!entries.isEmpty()) {
                b.append("  ").append(actor).append(":\n");
                actorBlock(b, actor, entries);
            }
        }
        if (!changes.isEmpty()) {
            b.append("# Dated changes: from each date on, the numbers the claims dated in its stretch give.\n");
            b.append("changes:\n");
            changes.forEach(c -> change(b, c));
        }
        return b.toString();
    }

    private static void actorBlock(StringBuilder b, String actor, List<Entry> entries) {
        String group = null;
        for (Entry n : entries) {
            String[] field = n.path().substring(("actors." + actor + ".").length()).split("\\.");
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
            line(b, indent + field[field.length - 1] + ": " + Numbers.format(n.value()), n.comment());
        }
    }

    private static void change(StringBuilder b, ChangeValues c) {
        DatedChange ch = c.change();
        b.append("  - id: ").append(ch.id()).append('\n');
        b.append("    date: ").append(ch.date()).append('\n');
        b.append("    what: ").append(quoted(ch.what())).append('\n');
        b.append("    source: ").append(quoted(ch.source())).append('\n');
        b.append("    set:").append(c.values().isEmpty() ? " {}" : "").append('\n');
        for (Derived d : c.values()) {
            line(b, "      " + d.path() + ": " + Numbers.format(d.value()), comment(d));
        }
        if (!c.unsupported().isEmpty()) {
            b.append("    # no claim dated in this stretch, the value in force carries on: ")
                    .append(String.join(" ", c.unsupported())).append('\n');
        }
    }

    private static void line(StringBuilder b, String entry, String comment) {
        b.append(entry).append(" ".repeat(Math.max(1, COMMENT_COLUMN - entry.length()))).append("# ").append(comment)
                .append('\n');
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** "m = +1.11: 000.3a 003.23a×0.21 (contested)": the basis, then each claim with its age weight when below 1. */
    static String comment(Derived d) {
        return d.basis() + ": " + d.claims().stream().map(c -> label(c, d.weight(c))).collect(Collectors.joining(" "))
                + (d.contested() ? " (contested)" : "");
    }

    static String label(Claim c, double weight) {
        return weight < 0.995 ? c.id() + String.format(Locale.ROOT, "×%.2f", weight) : c.id();
    }
}
