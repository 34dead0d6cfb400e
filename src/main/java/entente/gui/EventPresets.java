package entente.gui;

import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Ready-made events for the injection panel, so that "what if North Korea tests an ICBM now?"
 * takes two clicks: a few classic ones (offered when the scenario has their states) and every
 * option the scenario's states deliberate over.
 */
final class EventPresets {
    /** An event to fill the form with. */
    record Preset(String label, EventType type, String subtype, boolean overflight, List<String> actors,
                  List<String> targets, double intensity, double level) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<Preset> CLASSICS = List.of(
            preset("North Korea tests an ICBM", EventType.MISSILE_TEST, "ICBM", false,
                    List.of("PRK"), List.of("USA", "JPN", "KOR"), 1.5),
            preset("North Korean missile over Japan", EventType.MISSILE_TEST, "IRBM", true,
                    List.of("PRK"), List.of("JPN", "USA", "KOR"), 1.5),
            preset("North Korean nuclear test", EventType.NUCLEAR_TEST, null, false,
                    List.of("PRK"), List.of("USA", "JPN", "KOR"), 2.0),
            preset("US–South Korea joint exercise", EventType.JOINT_EXERCISE, null, false,
                    List.of("USA", "KOR"), List.of("PRK"), 1.0),
            preset("US–South Korea exercises suspended", EventType.EXERCISE_SUSPENSION, null, false,
                    List.of("USA", "KOR"), List.of("PRK"), 1.5),
            preset("US–Japan–South Korea summit", EventType.SUMMIT, null, false,
                    List.of("USA", "JPN", "KOR"), List.of(), 1.5),
            preset("China–Russia joint patrol near Japan", EventType.JOINT_PATROL, null, false,
                    List.of("CHN", "RUS"), List.of("JPN", "USA"), 1.0),
            preset("New sanctions on North Korea", EventType.SANCTIONS, null, false,
                    List.of("USA", "JPN", "KOR"), List.of("PRK"), 1.0),
            preset("China rebukes South Korea", EventType.STATEMENT, null, false,
                    List.of("CHN"), List.of("KOR"), 1.0),
            new Preset("Japan doubles defence spending (2% of GDP)", EventType.DEFENSE_SPENDING, null, false,
                    List.of("JPN"), List.of("CHN", "PRK"), 1.0, 2.0));

    private EventPresets() {}

    private static Preset preset(String label, EventType type, String subtype, boolean overflight,
                                 List<String> actors, List<String> targets, double intensity) {
        return new Preset(label, type, subtype, overflight, actors, targets, intensity, Double.NaN);
    }

    static List<Preset> forScenario(Scenario s) {
        List<Preset> out = new ArrayList<>();
        for (Preset p : CLASSICS) {
            if (s.actorIds().containsAll(p.actors()) && s.actorIds().containsAll(p.targets())) {
                out.add(p);
            }
        }
        for (Scenario.Action a : s.actions()) {
            List<String> actors = new ArrayList<>(List.of(a.actor()));
            actors.addAll(a.partners());
            String label = SeriesNames.name(a.actor(), s) + ": " + a.type().label()
                    + (a.subtype() != null ? " (" + a.subtype() + ")" : "") + ", one of its own options";
            out.add(new Preset(label, a.type(), a.subtype(), a.overflight(), actors, a.targets(),
                    s.parameters().get("actions." + a.id() + ".intensity"), Double.NaN));
        }
        return out;
    }
}
