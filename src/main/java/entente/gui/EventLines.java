package entente.gui;

import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import java.util.Arrays;
import java.util.List;

/** Events in plain words, for the map, the charts, the state panel and the injection log. */
final class EventLines {
    private EventLines() {}

    /**
     * "21 Mar 2022  USA, KOR exercises suspended → PRK": a timeline event (an input) unmarked, a
     * state's own move (what the model predicts) marked, as is one a user injected.
     */
    static String describe(ModelEvent e, RunRecord r) {
        String line = Format.date(r.date(e.day())) + "  " + what(e, r.actors());
        return switch (e.origin()) {
            case DECISION -> line + "  [own move]";
            case TEAM -> line + "  [team's move]";
            case INJECTED -> line + "  [injected]";
            case SCENARIO -> line;
        };
    }

    /** "PRK missile test (ICBM) → USA, JPN, KOR". */
    static String what(ModelEvent e, List<String> ids) {
        return what(codes(e.actors(), ids), e.type(), e.subtype(), e.overflight(), codes(e.targets(), ids));
    }

    static String what(List<String> actors, EventType type, String subtype, boolean overflight, List<String> targets) {
        StringBuilder sb = new StringBuilder(String.join(", ", actors)).append(' ').append(type.label());
        if (subtype != null) {
            sb.append(" (").append(subtype).append(overflight ? ", over Japan" : "").append(')');
        }
        if (!targets.isEmpty()) {
            sb.append(" → ").append(String.join(", ", targets));
        }
        return sb.toString();
    }

    /** A short label for a chart: "joint exercise USA–KOR", "missile test (ICBM) PRK". */
    static String label(ModelEvent e, List<String> ids) {
        return e.type().label() + (e.subtype() != null ? " (" + e.subtype() + ")" : "") + " "
                + String.join("–", codes(e.actors(), ids));
    }

    private static List<String> codes(int[] indices, List<String> ids) {
        return Arrays.stream(indices).mapToObj(ids::get).toList();
    }
}
