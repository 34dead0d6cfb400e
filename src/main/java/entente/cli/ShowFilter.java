package entente.cli;

import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The filters of {@code entente show}: an actor, an event type, a date window and a path glob.
 * Each applies to the sections it concerns and lets everything else through; an actor or a type
 * selects a parameter path when it is one of the path's parts ({@code actors.PRK.sensitivity.SUMMIT}
 * has the parts actors, PRK, sensitivity, SUMMIT; a treaty key USA-KOR the parts USA and KOR), and
 * the numbers of an event, action or change are selected with it.
 */
record ShowFilter(String actor, EventType type, LocalDate from, LocalDate to, PathMatcher glob) {
    static ShowFilter of(String actor, String type, LocalDate from, LocalDate to, String glob) {
        EventType t = type == null ? null : EventType.valueOf(type);
        PathMatcher m = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return new ShowFilter(actor, t, from, to, m);
    }

    boolean actor(Scenario.Actor a) {
        return actor == null || actor.equals(a.id());
    }

    boolean event(Scenario.Event e) {
        return (actor == null || e.actors().contains(actor) || e.targets().contains(actor))
                && (type == null || e.type() == type) && inWindow(e.date());
    }

    boolean action(Scenario.Action a) {
        return (actor == null || actor.equals(a.actor()) || a.partners().contains(actor) || a.targets().contains(actor))
                && (type == null || a.type() == type);
    }

    boolean change(Scenario.Change c) {
        return inWindow(c.date()) && (actor == null && type == null || c.paths().stream().anyMatch(this::namedIn));
    }

    boolean treaty(Scenario.Treaty t) {
        return actor == null || actor.equals(t.a()) || actor.equals(t.b());
    }

    /**
     * A parameter path passes when it names the actor and type asked for, or belongs to an event,
     * action or change that passes ({@code events.<id>.intensity} of a PRK missile test passes
     * {@code --actor PRK --type MISSILE_TEST}), and matches the glob.
     */
    boolean parameter(String path, Scenario s) {
        boolean selected = actor == null && type == null && from == null && to == null || namedIn(path)
                || ownerPasses(path, s);
        return selected && (glob == null || glob.matches(Path.of(path)));
    }

    private boolean ownerPasses(String path, Scenario s) {
        String[] parts = path.split("\\.");
        return switch (parts[0]) {
            case "events" -> s.events().stream().anyMatch(e -> e.id().equals(parts[1]) && event(e));
            case "actions" -> from == null && to == null
                    && s.actions().stream().anyMatch(a -> a.id().equals(parts[1]) && action(a));
            case "changes" -> s.changes().stream().anyMatch(c -> c.id().equals(parts[1]) && change(c));
            default -> false;
        };
    }

    /** True when the path names the actor and the type asked for, each as one of its parts. */
    private boolean namedIn(String path) {
        List<String> parts = Arrays.asList(path.split("[.-]"));
        return (actor == null || parts.contains(actor)) && (type == null || parts.contains(type.name()));
    }

    private boolean inWindow(LocalDate d) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
}
