package entente.gui;

import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** One-line descriptions of events, for the map, the inspectors and the injection log. */
final class EventLines {
    private EventLines() {}

    /** "2022-05-03  PRK missile test (ICBM) → USA, JPN, KOR", marked when a user injected it. */
    static String describe(ModelEvent e, RunRecord r) {
        String line = r.date(e.day()) + "  " + what(e, r.actors());
        return e.origin() == EventOrigin.INJECTED ? line + "  [injected]" : line;
    }

    static String what(ModelEvent e, List<String> ids) {
        StringBuilder sb = new StringBuilder(names(e.actors(), ids)).append(' ')
                .append(e.type().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (e.subtype() != null) {
            sb.append(" (").append(e.subtype()).append(e.overflight() ? ", over Japan" : "").append(')');
        }
        if (e.targets().length > 0) {
            sb.append(" → ").append(names(e.targets(), ids));
        }
        return sb.toString();
    }

    private static String names(int[] indices, List<String> ids) {
        StringJoiner j = new StringJoiner(", ");
        for (int i : indices) {
            j.add(ids.get(i));
        }
        return j.toString();
    }
}
