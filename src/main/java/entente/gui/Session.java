package entente.gui;

import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.output.RunOutput;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.scenario.ScenarioWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One run of the model in the GUI and the events a user injected into it. Its scenario is
 * the run's scenario plus those events (origin "injected"), so that saved and replayed with
 * the run's seed it gives the same events and series as the live run.
 */
public final class Session {
    private final EntenteModel model;
    private final List<Scenario.Event> injected = new ArrayList<>();
    private final List<Scenario.Change> changes = new ArrayList<>();
    private Parameters parameters;

    /** An event to inject: what, who, at whom, how strongly. */
    public record Request(EventType type, String subtype, boolean overflight, List<String> actors,
                          List<String> targets, double intensity, double level, String note) {}

    public Session(EntenteModel model) {
        this.model = model;
        this.parameters = model.scenario().parameters();
    }

    /**
     * The session of a run read back from a checkpoint: what was injected into it is taken from
     * the run's record, so that saving it as a scenario still replays it.
     */
    public static Session resumed(EntenteModel model) {
        Session s = new Session(model);
        RunRecord r = model.record();
        for (ModelEvent e : r.events()) {
            if (e.origin() == EventOrigin.INJECTED) {
                s.parameters = s.parameters.withEvent(e.id(), e.intensity(), e.level());
                s.injected.add(new Scenario.Event(e.id(), r.date(e.day()), e.type(), names(r, e.actors()),
                        names(r, e.targets()), e.type().takesSubtype() ? e.subtype() : null, e.overflight(), "",
                        e.note(), EventOrigin.INJECTED));
            }
        }
        return s;
    }

    private static List<String> names(RunRecord r, int[] indices) {
        return Arrays.stream(indices).mapToObj(i -> r.actors().get(i)).toList();
    }

    public EntenteModel model() {
        return model;
    }

    /**
     * Fires the event on the day the model simulates next. The caller holds the schedule's lock
     * when the model may be running. Throws IllegalArgumentException for an event the scenario
     * format would refuse, with the reason; returns null when the period is over.
     */
    public Scenario.Event inject(Request r) {
        if (model.record() == null) {
            throw new IllegalArgumentException("start the run first (press play or step)");
        }
        if (model.today() >= model.scenario().days()) {
            return null;
        }
        check(r);
        String id = id(injected.size() + 1, r);
        double level = r.type().takesLevel() ? r.level() : Double.NaN;
        Parameters withEvent = parameters.withEvent(id, r.intensity(), level); // checks the ranges
        Scenario.Event e = new Scenario.Event(id, model.record().date(model.today()), r.type(), List.copyOf(r.actors()),
                List.copyOf(r.targets()), r.type().takesSubtype() ? r.subtype() : null,
                r.type().takesOverflight() && r.overflight(), "", r.note() == null ? "" : r.note().strip(),
                EventOrigin.INJECTED);
        if (!model.inject(e, r.intensity(), level)) {
            return null;
        }
        parameters = withEvent;
        injected.add(e);
        return e;
    }

    /**
     * "injected-2-exercise-suspension-usa-kor", "injected-3-missile-test-icbm-prk": the event's
     * number in the session, its type (and missile class) and its actors, so that charts,
     * events.csv and the saved scenario say what it was.
     */
    static String id(int number, Request r) {
        String what = r.type().name() + (r.type().takesSubtype() ? "-" + r.subtype() : "");
        return ("injected-" + number + "-" + what + "-" + String.join("-", r.actors()))
                .toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rules the scenario reader applies to events, so that a saved session reads back. */
    private static void check(Request r) {
        if (r.actors().isEmpty()) {
            throw new IllegalArgumentException("choose at least one actor");
        }
        for (String t : r.targets()) {
            if (r.actors().contains(t)) {
                throw new IllegalArgumentException(t + " cannot be both an actor and a target");
            }
        }
        if (r.type().takesSubtype() && !r.type().subtypes().contains(r.subtype())) {
            throw new IllegalArgumentException("a " + r.type().label() + " needs one of " + r.type().subtypes());
        }
    }

    /**
     * Puts a policy change into force from the day the model simulates next: {@code path} takes
     * {@code value} (a scenario's {@code changes:} entry, source "injected by a user"). Throws
     * IllegalArgumentException with the reason for a number that cannot change or a value out of range.
     */
    public Scenario.Change injectChange(String path, double value, String note) {
        if (model.record() == null) {
            throw new IllegalArgumentException("start the run first (press play or step)");
        }
        var family = ParameterRegistry.find(path);
        if (family.isEmpty() || !parameters.has(path)) {
            throw new IllegalArgumentException("no parameter '" + path + "' in this scenario");
        }
        if (!ParameterRegistry.changeable(family.get())) {
            throw new IllegalArgumentException("'" + path + "' cannot change during a run (a starting value, or part of the timeline)");
        }
        String bad = family.get().check(value);
        if (bad != null) {
            throw new IllegalArgumentException(path + ": " + bad);
        }
        if (model.today() >= model.scenario().days()) {
            return null;
        }
        String id = ("injected-change-" + (changes.size() + 1) + "-" + path).toLowerCase(Locale.ROOT).replace('.', '-').replace('_', '-');
        Scenario.Change c = new Scenario.Change(id, model.record().date(model.today()), java.util.Map.of(path, value),
                java.util.Map.of(), INJECTED_SOURCE, note == null ? "" : note.strip());
        model.inject(c);
        parameters = parameters.withChange(id);
        changes.add(c);
        return c;
    }

    /** The source a change injected in a session carries in the saved scenario. */
    static final String INJECTED_SOURCE = "ext: injected by a user in a GUI session";

    public List<Scenario.Change> injectedChanges() {
        return List.copyOf(changes);
    }

    public List<Scenario.Event> injected() {
        return List.copyOf(injected);
    }

    /** The scenario that replays this session: the run's scenario, seed and injected events. */
    public Scenario scenario() {
        Scenario s = model.scenario();
        List<Scenario.Event> timeline = new ArrayList<>(s.events());
        timeline.addAll(injected);
        List<Scenario.Change> allChanges = new ArrayList<>(s.changes());
        allChanges.addAll(changes);
        return s.withParameters(parameters).asSession(sessionName(s.name()), model.seed(), timeline, allChanges);
    }

    private static String sessionName(String name) {
        return name.endsWith("-session") ? name : name + "-session";
    }

    public void saveScenario(Path file) throws IOException {
        Scenario s = scenario();
        ScenarioWriter.write(s, file, List.of(
                "A session of the Entente GUI, saved to be replayed exactly: " + injected.size()
                        + " injected event(s) (origin: injected), run on " + model.record().days() + " day(s) so far.",
                "Made from " + model.scenario().file() + " with the parameters and seed of the session.",
                "Replay: ./entente run " + file + " (the seed is " + s.seed() + ")"));
    }

    /** Writes the run so far as a results folder, like {@code entente run} does. */
    public void saveResults(Path folder) throws IOException {
        // never over the scenario the session came from, nor over anything Entente did not write
        OutputGuard.folder(folder, null, OutputKind.RUN, ScenarioReader.sources(Path.of(model.scenario().file())));
        RunOutput.write(model.record(), scenario(), model.seed(), folder, true);
    }
}
