package entente.gui;

import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventType;
import java.util.Arrays;
import java.util.List;

/** Events in plain words, for the map, the charts, the state panel and the injection log. */
final class EventLines {
    private EventLines() {}

    /** The type of an event as a class would say it. */
    static String noun(EventType t) {
        return switch (t) {
            case JOINT_EXERCISE -> "joint exercise";
            case EXERCISE_SUSPENSION -> "exercises suspended";
            case MISSILE_TEST -> "missile test";
            case NUCLEAR_TEST -> "nuclear test";
            case SUMMIT -> "summit";
            case AGREEMENT -> "agreement";
            case DEFENSE_SPENDING -> "defence spending";
            case STATEMENT -> "statement";
            case SANCTIONS -> "sanctions";
            case UNSC_VETO -> "UN Security Council veto";
            case JOINT_PATROL -> "joint patrol";
            case NATO_ENGAGEMENT -> "NATO engagement";
        };
    }

    /** "21 Mar 2022  USA, KOR exercises suspended → PRK", marked when a user injected it. */
    static String describe(ModelEvent e, RunRecord r) {
        String line = Format.date(r.date(e.day())) + "  " + what(e, r.actors());
        return "injected".equals(e.origin()) ? line + "  [injected]" : line;
    }

    /** "PRK missile test (ICBM) → USA, JPN, KOR". */
    static String what(ModelEvent e, List<String> ids) {
        return what(codes(e.actors(), ids), e.type(), e.subtype(), e.overflight(), codes(e.targets(), ids));
    }

    static String what(List<String> actors, EventType type, String subtype, boolean overflight, List<String> targets) {
        StringBuilder sb = new StringBuilder(String.join(", ", actors)).append(' ').append(noun(type));
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
        return noun(e.type()) + (e.subtype() != null ? " (" + e.subtype() + ")" : "") + " "
                + String.join("–", codes(e.actors(), ids));
    }

    private static List<String> codes(int[] indices, List<String> ids) {
        return Arrays.stream(indices).mapToObj(ids::get).toList();
    }
}
