package entente.model;

import entente.scenario.Scenario;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model: one schedule tick is one calendar day. Each day, in this order:
 * dated policy changes take effect, events fire, threats are assessed, each state updates and deliberates (in the scenario's
 * actor order), new values become current, the observer records. The window steps it through
 * MASON's schedule; a headless run simulates the same days in a plain loop ({@link #run}), which
 * spares the schedule's bookkeeping and gives the same run.
 */
public class EntenteModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final RunInputs inputs;
    private final Scenario scenario;
    private final Recording recording;
    private World world;
    private RunRecord record;
    private EventQueue queue;
    private PolicyChanges changes;
    private StateAgent[] agents;
    private Observer observer;

    public EntenteModel(Scenario scenario, long seed) {
        this(RunInputs.of(scenario), seed, Recording.ALL);
    }

    public EntenteModel(RunInputs inputs, long seed, Recording recording) {
        super(seed);
        this.inputs = inputs;
        this.scenario = inputs.scenario;
        this.recording = recording;
    }

    /** Runs a scenario from start to end, headless, and returns everything it recorded. */
    public static RunRecord run(Scenario scenario, long seed) {
        return run(RunInputs.of(scenario), seed, Recording.ALL);
    }

    /** Runs resolved inputs from start to end, headless, recording what {@code recording} asks for. */
    public static RunRecord run(RunInputs inputs, long seed, Recording recording) {
        EntenteModel m = new EntenteModel(inputs, seed, recording);
        m.start();
        return m.finishRun();
    }

    /** A model of the scenario, started and ready to simulate its first day. */
    public static EntenteModel started(Scenario scenario, long seed) {
        EntenteModel m = new EntenteModel(scenario, seed);
        m.start();
        return m;
    }

    /** Simulates the days up to and including {@code date} (no further than the period's end). */
    public void runThrough(LocalDate date) {
        long last = date.toEpochDay() - scenario.start().toEpochDay();
        while (today() <= last && stepDay()) {
            // each call advances one day
        }
    }

    /** Simulates the rest of the period, without the schedule, and returns what the run recorded. */
    public RunRecord finishRun() {
        for (int day = today(), days = scenario.days(); day < days; day++) {
            simulate(day);
        }
        finish();
        return record;
    }

    /**
     * Saves the whole state of the run (model, schedule, random generator, what it recorded)
     * so that {@link #readCheckpoint} continues exactly as if it had never stopped. The file
     * is written whole or not at all.
     */
    public void writeCheckpoint(Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writeToCheckpoint(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** How much a checkpoint may hold: far above any run's, far below what exhausts memory. */
    private static final ObjectInputFilter CHECKPOINT_SIZE = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;maxrefs=50000000;maxbytes=4000000000;maxarray=100000000");
    /** Packages (and classes) whose classes a checkpoint may hold; the model's lambdas are its own. */
    private static final List<String> CHECKPOINT_PACKAGES = List.of("entente.model.", "entente.scenario.",
            "sim.engine.", "sim.util.", "ec.util.MersenneTwisterFast", "java.util.", "java.time.",
            "java.lang.invoke.SerializedLambda", "java.lang.Object", "java.lang.Number", "java.lang.Enum",
            "java.lang.Record", "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Boolean", "java.lang.Comparable");

    /**
     * What a checkpoint may hold: the model's, MASON's and the JDK's plain value classes (and
     * arrays of them or of numbers), nothing else, and not too much of it. A file from elsewhere
     * is read through this filter, so that it cannot make Java build objects of any other class
     * (the way hostile serialized data runs code).
     */
    static final ObjectInputFilter CHECKPOINT_CLASSES = info -> {
        if (CHECKPOINT_SIZE.checkInput(info) == ObjectInputFilter.Status.REJECTED) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> c = info.serialClass();
        while (c != null && c.isArray()) {
            c = c.getComponentType();
        }
        if (c == null || c.isPrimitive()) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        String name = c.getName();
        boolean known = CHECKPOINT_PACKAGES.stream().anyMatch(p -> p.endsWith(".")
                ? name.startsWith(p) && (!p.startsWith("java.") || name.indexOf('.', p.length()) < 0) : name.equals(p));
        return known ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    /**
     * The run saved by {@link #writeCheckpoint} (as MASON reads it, through {@link #CHECKPOINT_CLASSES});
     * an unreadable file is an IOException saying why.
     */
    public static EntenteModel readCheckpoint(Path file) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(
                Files.newInputStream(file))))) {
            in.setObjectInputFilter(CHECKPOINT_CLASSES);
            if (in.readObject() instanceof EntenteModel m) {
                m.awakeFromCheckpoint();
                return m;
            }
            throw new IOException(file + " is a MASON checkpoint of another model");
        } catch (ClassNotFoundException | java.io.ObjectStreamException | java.util.zip.ZipException e) {
            throw new IOException(file + " is not an Entente checkpoint, or one from another version (" + e.getMessage() + ")");
        }
    }

    @Override
    public void start() {
        super.start();
        world = new World(inputs);
        record = new RunRecord(scenario.start(), scenario.days(), world.ids, recording);
        queue = new EventQueue(world, record, inputs);
        List<Action> all = new ArrayList<>();
        List<List<Action>> own = new ArrayList<>();
        for (int i = 0; i < world.n; i++) {
            own.add(new ArrayList<>());
        }
        for (int k = 0; k < scenario.actions().size(); k++) {
            Action a = new Action(scenario.actions().get(k), inputs.optionActor[k], inputs.optionPartners[k],
                    inputs.optionTargets[k], world.c.utility[k], world.c.intensity[k]);
            all.add(a);
            own.get(a.actor).add(a);
        }
        agents = new StateAgent[world.n];
        for (int i = 0; i < world.n; i++) {
            agents[i] = new StateAgent(world, i, own.get(i), queue);
        }
        changes = new PolicyChanges(inputs, world, record, all);
        observer = new Observer(world, record, scenario);
        // one schedule entry a day, for the window (and runs that stop at a date to be saved)
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> ((EntenteModel) s).simulate(
                (int) s.schedule.getTime()), 1);
    }

    /** One day of the model, in the order of the class comment. */
    private void simulate(int day) {
        changes.apply(day);
        queue.fire(day);
        world.assessThreats();
        for (StateAgent a : agents) {
            a.act(day, random);
        }
        world.commit();
        observer.observe(day);
    }

    /** Advances one day; false once the period is over. */
    public boolean stepDay() {
        if (record.days() >= scenario.days()) {
            return false;
        }
        return schedule.step(this) && record.days() < scenario.days();
    }

    /**
     * Fires a user's event (injected, or a classroom team's choice) on its date, which must be
     * today (the day the next step simulates), after the day's timeline and decisions. Returns
     * false when the period is over.
     */
    public boolean inject(Scenario.Event e, double intensity, double level) {
        int day = (int) (e.date().toEpochDay() - scenario.start().toEpochDay());
        if (!e.fromSession() || day != today()) {
            throw new IllegalArgumentException("an injected event dated today (" + record.date(today())
                    + ") is expected, not " + e);
        }
        return queue.add(queue.resolve(e, day, intensity, level), day);
    }

    /**
     * Puts a dated policy change into the run (a user's, during a session); it takes effect
     * first thing on its date, which must be today or later.
     */
    public void inject(Scenario.Change c) {
        changes.add(c, today());
    }

    /** The day the next step will simulate (0 = the scenario's start). */
    public int today() {
        return record.days();
    }

    public Scenario scenario() {
        return scenario;
    }

    public World world() {
        return world;
    }

    public RunRecord record() {
        return record;
    }
}
