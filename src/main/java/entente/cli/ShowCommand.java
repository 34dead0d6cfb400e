package entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import entente.scenario.EventType;
import entente.scenario.ParameterFamily;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.util.DidYouMean;
import entente.util.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente show SCENARIO}: what a scenario holds — its actors, dated events, the states'
 * options (actions), policy changes, treaties and every parameter path with its value, range
 * and source (the file and line that set it, or "default") — so that a what-if can be written
 * without reading the YAML. Filters narrow the listing; {@code --json} gives it to programs.
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"List a scenario's actors, events, actions, changes, treaties and parameter paths.",
            "Parameters show value, range, unit, source (file:line that sets them, or default) and meaning."})
final class ShowCommand implements Callable<Integer> {
    /** The sections, in the order they are printed. */
    enum Section { ACTORS, EVENTS, ACTIONS, CHANGES, TREATIES, PARAMETERS }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Parameters(paramLabel = "SCENARIO", description = "scenario file")
    Path scenario;

    @Option(names = "--section", split = ",", paramLabel = "NAME",
            description = "only these sections: actors, events, actions, changes, treaties, parameters (comma-separated; default all)")
    Set<Section> sections;

    @Option(names = "--actor", paramLabel = "ID", description = "only what concerns this state, e.g. PRK")
    String actor;

    @Option(names = "--type", paramLabel = "TYPE", description = "only events, actions and parameters of this event type")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "only events and changes on or after this date")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "only events and changes on or before this date")
    LocalDate to;

    @Option(names = "--path", paramLabel = "GLOB", description = "only parameter paths matching the glob, e.g. 'events.*.intensity'")
    String glob;

    @Option(names = "--json", description = "print JSON instead of aligned tables")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ScenarioReader.Located located = ScenarioReader.readLocated(scenario);
        Scenario s = located.scenario();
        checkFilters(s);
        ShowFilter filter = ShowFilter.of(actor, type, from, to, glob);
        Set<Section> shown = sections == null || sections.isEmpty() ? EnumSet.allOf(Section.class) : sections;
        Map<Section, TextTable> tables = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            if (shown.contains(section)) {
                tables.put(section, table(section, s, located.sources(), filter));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(s, tables) : text(s, tables));
        out.flush();
        return Main.OK;
    }

    private void checkFilters(Scenario s) {
        if (actor != null && !s.actorIds().contains(actor)) {
            throw new BadInput("--actor " + actor + ": not an actor of " + scenario + DidYouMean.hint(actor, s.actorIds())
                    + " (actors: " + String.join(", ", s.actorIds()) + ")");
        }
        List<String> types = Arrays.stream(EventType.values()).map(Enum::name).toList();
        if (type != null && !types.contains(type)) {
            throw new BadInput("--type " + type + ": unknown event type" + DidYouMean.hint(type, types)
                    + " (types: " + String.join(", ", types) + ")");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadInput("--to " + to + " comes before --from " + from);
        }
    }

    private static TextTable table(Section section, Scenario s, Map<String, String> sources, ShowFilter f) {
        Parameters p = s.parameters();
        TextTable t;
        switch (section) {
            case ACTORS -> {
                t = new TextTable("id", "name", "bloc", "capability", "escalation");
                s.actors().stream().filter(f::actor).forEach(a -> t.add(a.id(), a.name(), bloc(s, a.id()),
                        value(p, "actors." + a.id() + ".capability"), value(p, "actors." + a.id() + ".escalation")));
            }
            case EVENTS -> {
                t = new TextTable("date", "id", "type", "subtype", "actors", "targets", "intensity", "enabled", "source");
                s.events().stream().filter(f::event).sorted(Comparator.comparing(Scenario.Event::date)).forEach(e -> t.add(e.date().toString(), e.id(), e.type().name(),
                        text(e.subtype()), String.join(" ", e.actors()), String.join(" ", e.targets()),
                        value(p, ParameterRegistry.EVENT_INTENSITY.path(e.id())),
                        onOff(p, ParameterRegistry.EVENT_ENABLED.path(e.id())), text(e.source())));
            }
            case ACTIONS -> {
                t = new TextTable("id", "actor", "type", "subtype", "partners", "targets", "intensity");
                s.actions().stream().filter(f::action).forEach(a -> t.add(a.id(), a.actor(), a.type().name(),
                        text(a.subtype()), String.join(" ", a.partners()), String.join(" ", a.targets()),
                        value(p, ParameterRegistry.ACTION_INTENSITY.path(a.id()))));
            }
            case CHANGES -> {
                t = new TextTable("date", "id", "enabled", "sets", "scales", "source");
                s.changes().stream().filter(f::change).forEach(c -> t.add(c.date().toString(), c.id(),
                        onOff(p, ParameterRegistry.CHANGE_ENABLED.path(c.id())), assignments(c.set(), "="),
                        assignments(c.scale(), " x"), text(c.source())));
            }
            case TREATIES -> {
                t = new TextTable("parties", "name", "since", "strength");
                s.treaties().stream().filter(f::treaty).forEach(tr -> t.add(tr.key(), tr.name(),
                        tr.since() == null ? "" : tr.since().toString(),
                        value(p, ParameterRegistry.TREATY_STRENGTH.path(tr.key()))));
            }
            default -> {
                t = new TextTable("path", "value", "min", "max", "unit", "source", "meaning");
                for (String path : p.asMap().keySet()) {
                    if (f.parameter(path, s)) {
                        ParameterFamily fam = ParameterRegistry.family(path);
                        t.add(path, Numbers.format(p.get(path)), Numbers.format(fam.min()), Numbers.format(fam.max()),
                                fam.unit(), sources.getOrDefault(path, "default"), fam.label(path));
                    }
                }
            }
        }
        return t;
    }

    private static String bloc(Scenario s, String id) {
        return s.trilateral().contains(id) ? "trilateral" : s.counter().contains(id) ? "counter" : "";
    }

    private static String value(Parameters p, String path) {
        return p.has(path) ? Numbers.format(p.get(path)) : "";
    }

    private static String onOff(Parameters p, String path) {
        return p.has(path) && p.get(path) == 0 ? "no" : "yes";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String assignments(Map<String, Double> m, String op) {
        List<String> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(k + op + Numbers.format(v)));
        return String.join("; ", out);
    }

    private String text(Scenario s, Map<Section, TextTable> tables) {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append(s.name()).append(": ").append(s.title()).append(nl)
                .append("period ").append(s.start()).append(" .. ").append(s.end()).append(" (").append(s.days())
                .append(" days), seed ").append(s.seed()).append(", file ").append(scenario).append(nl);
        for (var e : tables.entrySet()) {
            sb.append(nl).append(e.getKey().name().toLowerCase()).append(" (").append(e.getValue().size()).append(')')
                    .append(nl);
            if (!e.getValue().isEmpty()) {
                sb.append(e.getValue().aligned());
            }
        }
        return sb.toString();
    }

    private String json(Scenario s, Map<Section, TextTable> tables) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", s.name());
        root.put("title", s.title());
        root.put("file", scenario.toString());
        root.put("start", s.start().toString());
        root.put("end", s.end().toString());
        root.put("seed", Long.toString(s.seed()));
        for (var e : tables.entrySet()) {
            root.put(e.getKey().name().toLowerCase(), e.getValue().records());
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
                + System.lineSeparator();
    }
}
