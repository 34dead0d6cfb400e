package entente.gui;

import entente.model.EntenteModel;
import entente.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * The model as the teaching window runs it, kept apart from the model as MASON intends: each
 * start builds a fresh model from the scenario with the parameters set in the window and the
 * window's seed, and each step is one schedule step, exactly as {@code entente run} steps it,
 * so that a run without injections is the same as the headless run with that seed. A run saved
 * as a checkpoint comes back through MASON's {@link #load}.
 */
public final class EntenteGui extends GUIState {
    private final Scenario scenario;
    private final ParameterEditor parameters;
    private Session session;

    public EntenteGui(Scenario scenario, long seed) {
        super(new EntenteModel(scenario, seed));
        this.scenario = scenario;
        this.parameters = new ParameterEditor(scenario);
    }

    public static String getName() {
        return "Entente — alliances and escalation in Northeast Asia";
    }

    public EntenteModel model() {
        return (EntenteModel) state;
    }

    /** The scenario as opened, before any parameter was changed in the window. */
    public Scenario scenario() {
        return scenario;
    }

    /** The current run and what was injected into it; null before the first start. */
    public Session session() {
        return session;
    }

    /** The lock to hold while reading the model from another thread than the one stepping it. */
    Object lock() {
        return state.schedule;
    }

    @Override
    public void start() {
        // The seed was set on the old model; the new one takes it over.
        state = new EntenteModel(scenario.withParameters(parameters.pending()), state.seed());
        super.start();
        session = new Session(model());
    }

    /** One simulated day; false once the scenario's period is over. */
    @Override
    public boolean step() {
        EntenteModel m = model();
        if (m.record() == null || m.today() >= m.scenario().days()) {
            return false;
        }
        return super.step();
    }

    /** Injects an event into the run now; see {@link Session#inject}. */
    public Scenario.Event inject(Session.Request r) {
        if (session == null) {
            throw new IllegalArgumentException("start the run first (press Reset)");
        }
        synchronized (lock()) {
            return session.inject(r);
        }
    }

    /** Puts a policy change into force in the run now; see {@link Session#injectChange}. */
    public Scenario.Change injectChange(String path, double value, String note) {
        if (session == null) {
            throw new IllegalArgumentException("start the run first (press Reset)");
        }
        synchronized (lock()) {
            return session.injectChange(path, value, note);
        }
    }

    public void saveScenario(Path file) throws IOException {
        synchronized (lock()) {
            session.saveScenario(file);
        }
    }

    public void saveResults(Path folder) throws IOException {
        synchronized (lock()) {
            session.saveResults(folder);
        }
    }

    /** Writes the run so far to a checkpoint that this window or {@code entente run --resume} continues. */
    public void saveCheckpoint(Path file) throws IOException {
        synchronized (lock()) {
            model().writeCheckpoint(file);
        }
    }

    /** MASON's hook for a run read from a checkpoint: the window continues it, injections included. */
    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        session = Session.resumed(model());
    }

    ParameterEditor parameters() {
        return parameters;
    }
}
