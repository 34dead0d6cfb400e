package entente.gui;

import entente.model.EntenteModel;
import entente.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javax.swing.JTabbedPane;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The teaching GUI, kept apart from the model as MASON intends: a map of the region, live
 * charts, the model's parameters as sliders, an Events tab to inject events, and the standard
 * Console (play, pause, step, speed, seed). Each start builds a fresh model from the scenario
 * with the parameters set in the Model tab and the Console's seed, so that a run without
 * injections is the same as {@code entente run} with that seed.
 */
public final class EntenteGui extends GUIState {
    private final Scenario scenario;
    private final ParameterEditor parameters;
    private final CountDownLatch closed = new CountDownLatch(1);
    private Session session;
    private MapView map;
    private LiveCharts charts;
    private InjectionPanel injection;

    public EntenteGui(Scenario scenario, long seed) {
        super(new EntenteModel(scenario, seed));
        this.scenario = scenario;
        this.parameters = new ParameterEditor(scenario);
    }

    /** The window title MASON shows. */
    public static String getName() {
        return "Entente — alliances and escalation in Northeast Asia";
    }

    public EntenteModel model() {
        return (EntenteModel) state;
    }

    /** The current run and what was injected into it; null before the first start. */
    public Session session() {
        return session;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        map = new MapView(this, controller);
        charts = new LiveCharts(this, controller);
        if (controller instanceof Console console) {
            injection = new InjectionPanel(this, scenario);
            JTabbedPane tabs = console.getTabPane();
            tabs.addTab("Events", injection);
            tabs.setSelectedComponent(injection);
        }
    }

    @Override
    public void start() {
        // The Console has just set the seed on the old model; the new one takes it over.
        state = new EntenteModel(scenario.withParameters(parameters.pending()), state.seed());
        super.start();
        session = new Session(model());
        if (map != null) {
            map.reset(model());
            scheduleRepeatingImmediatelyAfter(s -> charts.dayDone());
            charts.refresh();
        }
        if (injection != null) {
            injection.clearLog();
        }
    }

    /** One simulated day; false (the Console stops) once the scenario's period is over. */
    @Override
    public boolean step() {
        EntenteModel m = model();
        if (m.record() == null || m.today() >= m.scenario().days()) {
            return false;
        }
        return super.step();
    }

    /** The Model tab: every parameter of the registry as a slider or pop-up. */
    @Override
    public Inspector getInspector() {
        Inspector i = new SimpleInspector(parameters.rows(), this, "Parameters (apply at the next start)", 200);
        i.setVolatile(true); // the state and event-type pop-ups change what the rows below them show
        return i;
    }

    /** Injects an event into the run now; see {@link Session#inject}. */
    public Scenario.Event inject(Session.Request r) {
        if (session == null) {
            throw new IllegalArgumentException("start the run first (press play or step)");
        }
        synchronized (state.schedule) {
            return session.inject(r);
        }
    }

    public void saveScenario(Path file) throws IOException {
        synchronized (state.schedule) {
            session.saveScenario(file);
        }
    }

    public void saveResults(Path folder) throws IOException {
        synchronized (state.schedule) {
            session.saveResults(folder);
        }
    }

    ParameterEditor parameters() {
        return parameters;
    }

    MapView map() {
        return map;
    }

    LiveCharts charts() {
        return charts;
    }

    InjectionPanel injection() {
        return injection;
    }

    @Override
    public void quit() {
        super.quit();
        if (map != null) {
            map.quit();
            charts.quit();
        }
        closed.countDown();
    }

    /** Waits until the user closes the Console. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }
}
