package entente.classroom;

import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plain words for students: state names, what an event or option does, how big a number is. */
final class Words {
    private final Map<String, String> names = new HashMap<>();

    Words(Scenario s) {
        s.actors().forEach(a -> names.put(a.id(), a.name()));
    }

    String name(String actor) {
        return names.getOrDefault(actor, actor);
    }

    String names(List<String> actors) {
        List<String> n = actors.stream().map(this::name).toList();
        if (n.size() <= 1) {
            return String.join("", n);
        }
        return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
    }

    /** "Joint exercise with South Korea, aimed at North Korea", "Missile test (ICBM) aimed at …". */
    String option(EventType type, String subtype, boolean overflight, List<String> partners, List<String> targets) {
        StringBuilder sb = new StringBuilder(kind(type, subtype, overflight));
        if (!partners.isEmpty()) {
            sb.append(" with ").append(names(partners));
        }
        if (!targets.isEmpty()) {
            sb.append(switch (type) {
                case SUMMIT, AGREEMENT -> " about ";
                case EXERCISE_SUSPENSION -> ", toward ";
                default -> ", aimed at ";
            }).append(names(targets));
        }
        return sb.toString();
    }

    /** "North Korea: missile test (SRBM), aimed at South Korea, Japan and United States". */
    String event(EventType type, String subtype, boolean overflight, List<String> actors, List<String> targets) {
        return names(actors) + ": " + lowerFirst(option(type, subtype, overflight, List.of(), targets));
    }

    static String kind(EventType type, String subtype, boolean overflight) {
        return switch (type) {
            case JOINT_EXERCISE -> "Military exercise";
            case EXERCISE_SUSPENSION -> "Suspend exercises and offer talks";
            case MISSILE_TEST -> "Missile test (" + subtype + (overflight ? ", over Japan" : "") + ")";
            case NUCLEAR_TEST -> "Nuclear test";
            case SUMMIT -> "Summit";
            case AGREEMENT -> "Agreement";
            case DEFENSE_SPENDING -> "Raise defence spending";
            case STATEMENT -> "Public statement";
            case SANCTIONS -> "Sanctions";
            case UNSC_VETO -> "Veto at the UN Security Council";
            case JOINT_PATROL -> "Joint patrol";
            case NATO_ENGAGEMENT -> "Engagement with NATO";
            default -> Character.toUpperCase(type.label().charAt(0)) + type.label().substring(1);
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** How strongly a state feels threatened (model units: 0 none, 1 and above severe). */
    static String threat(double t) {
        return t < 0.15 ? "low" : t < 0.4 ? "moderate" : t < 1 ? "high" : "very high";
    }

    /** How two states stand with each other (−1 hostile … +1 allied). */
    static String alignment(double a) {
        return a >= 0.5 ? "close" : a >= 0.2 ? "friendly" : a > -0.2 ? "neutral" : a > -0.5 ? "cool" : "hostile";
    }

    /** A state's escalation level on the model's 0–10 scale. */
    static String escalation(double x) {
        return x < 1.5 ? "calm" : x < 3 ? "tense" : x < 5 ? "escalating" : "on the brink";
    }
}
