package entente.gui;

import entente.model.Metric;
import entente.model.RunRecord;
import entente.scenario.Scenario;

/**
 * Plain words for the series of a run, written "metric[/actor[/partner]]" in lesson settings
 * ({@code escalation_index}, {@code escalation/PRK}, {@code threat/JPN/CHN}).
 */
final class SeriesNames {
    private SeriesNames() {}

    static RunRecord.Key parse(String text) {
        String[] p = text.split("/", -1);
        if (p.length > 3 || p[0].isBlank()) {
            throw new IllegalArgumentException("a series is written metric[/actor[/partner]], not '" + text + "'");
        }
        return new RunRecord.Key(p[0], p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : "");
    }

    /** The inverse of {@link #parse}. */
    static String format(RunRecord.Key k) {
        return k.metric() + (k.actor().isEmpty() ? "" : "/" + k.actor()) + (k.partner().isEmpty() ? "" : "/" + k.partner());
    }

    /** The short name of a line in a chart's legend. */
    static String legend(RunRecord.Key k, Scenario s) {
        String who = k.actor() + (k.partner().isEmpty() ? "" : " → " + k.partner());
        Metric m = Metric.of(k.metric());
        if (m == null) {
            return who;
        }
        return switch (m) {
            case COHESION_TRILATERAL -> "cohesion " + String.join("–", s.trilateral());
            case COHESION_COUNTER -> "cohesion " + String.join("–", s.counter());
            case POLARIZATION -> "polarization";
            case ESCALATION_INDEX -> "regional index";
            default -> who;
        };
    }

    /** What a series measures, in a few words: a monitor's title (its tooltip says more). */
    static String title(RunRecord.Key k, Scenario s) {
        Metric m = Metric.of(k.metric());
        if (m == null) {
            return k.metric() + " " + k.actor() + " " + k.partner();
        }
        return switch (m) {
            case COHESION_TRILATERAL -> "Cohesion " + String.join("–", s.trilateral());
            case COHESION_COUNTER -> "Cohesion " + String.join("–", s.counter());
            case POLARIZATION -> "Polarization";
            case ESCALATION_INDEX -> "Regional escalation";
            case ESCALATION -> name(k.actor(), s) + ": escalation";
            case HEDGING -> name(k.actor(), s) + ": hedging";
            case THREAT -> name(k.actor(), s) + ": threat from " + k.partner();
            case AFFINITY -> name(k.actor(), s) + ": affinity to " + k.partner();
            default -> k.metric() + " " + k.actor() + " " + k.partner();
        };
    }

    /** A state's name in the scenario, or its code when it has none. */
    static String name(String id, Scenario s) {
        return s.actors().stream().filter(a -> a.id().equals(id)).map(Scenario.Actor::name).findFirst().orElse(id);
    }
}
