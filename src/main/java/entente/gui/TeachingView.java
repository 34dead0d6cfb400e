package entente.gui;

import entente.model.EntenteModel;
import entente.model.Metric;
import entente.model.RunRecord;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.Timer;

/**
 * The teaching window's content for one scenario (a lesson's or any other): the controls on
 * top; the map, the monitors and the charts on the left; the levers and the Guide, Events,
 * State and All parameters tabs on the right; a status line at the bottom. Opening it sets up
 * the first run and draws its first day.
 */
final class TeachingView extends JPanel {
    private static final long serialVersionUID = 1L;
    static final int REFRESH_MS = 100;
    static final String GUIDE = "Guide";
    static final String EVENTS = "Events";
    static final String STATE = "State";
    static final String ALL = "All parameters";

    private final Scenario scenario;
    private final Lesson lesson;
    private final EntenteGui gui;
    private final Runner runner;
    private final RunHistory history = new RunHistory();
    private final List<RunRecord.Key> watched;
    private final ControlBar controls;
    private final MapPanel map;
    private final MonitorPanel monitors;
    private final ChartTabs charts;
    private final LeverPanel levers;
    private final InjectionPanel injection;
    private final StatePanel state;
    private final ParameterTable parameters;
    private final JTabbedPane side = new JTabbedPane();
    private final JLabel status = new JLabel(" ");
    private final JLabel runLabel = new JLabel(" ");
    private final JSplitPane main;
    private final JSplitPane left;
    private final Timer timer;
    private java.awt.Dimension laidOut = new java.awt.Dimension();
    private String settings = "";
    private int savedInjections;
    private long shownVersion = -1;

    /** A view of a scenario; lesson may be null (then its levers are none and its guide the scenario's description). */
    TeachingView(Scenario s, Lesson lesson, long seed) {
        super(new BorderLayout());
        this.scenario = s;
        this.lesson = lesson;
        this.gui = new EntenteGui(s, seed);
        this.runner = new Runner(gui, seed);
        this.watched = watched(s, lesson);
        controls = new ControlBar(runner, s.start(), s.end(), PauseRule.forScenario(s), this::reset);
        map = new MapPanel(gui, this::select);
        monitors = new MonitorPanel(s, watched);
        charts = new ChartTabs(s, seed, watched, lesson == null ? Map.of() : lesson.axes());
        levers = new LeverPanel(lesson == null ? List.of() : lesson.levers(), gui.parameters(), seed,
                this::parametersChanged, this::seedChanged);
        injection = new InjectionPanel(gui, s, this::refresh, this::saveScenario, this::saveResults);
        state = new StatePanel(s, this::select);
        parameters = new ParameterTable(s, gui.parameters(), this::parametersChanged);
        side.setName("side");
        side.addTab(GUIDE, new GuidePanel(lesson != null ? lesson.markdown() : about(s)));
        side.addTab(EVENTS, injection);
        side.addTab(STATE, state);
        side.addTab(ALL, parameters);
        JPanel lower = new JPanel(new BorderLayout(0, 2));
        lower.add(monitors, BorderLayout.NORTH);
        lower.add(charts.component(), BorderLayout.CENTER);
        left = new JSplitPane(JSplitPane.VERTICAL_SPLIT, map, lower);
        left.setResizeWeight(0.44);
        left.setBorder(null);
        JPanel right = new JPanel(new BorderLayout(0, 2));
        right.add(levers, BorderLayout.NORTH);
        right.add(side, BorderLayout.CENTER);
        main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        main.setResizeWeight(0.62);
        main.setBorder(null);
        JPanel bottom = new JPanel(new BorderLayout(12, 0));
        bottom.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        status.setName("status");
        runLabel.setName("run");
        runLabel.setForeground(MapStyle.MUTED);
        bottom.add(status, BorderLayout.CENTER);
        bottom.add(runLabel, BorderLayout.EAST);
        add(controls, BorderLayout.NORTH);
        add(main, BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        if (lesson != null) {
            charts.show(lesson.chart());
        }
        timer = new Timer(REFRESH_MS, e -> {
            if (runner.version() != shownVersion) {
                refresh();
            }
        });
        reset();
        timer.start();
    }

    /**
     * Gives the map and charts 62% of the width and the map 44% of their height whenever the
     * window's size changes (the split panes would otherwise follow their contents' sizes).
     */
    @Override
    public void doLayout() {
        if (!getSize().equals(laidOut) && getWidth() > 0) {
            laidOut = getSize();
            main.setDividerLocation((int) (getWidth() * 0.62));
            left.setDividerLocation((int) ((getHeight() - 80 * GuiFonts.factor()) * 0.44));
        }
        super.doLayout();
    }

    /** The lesson's watched series, or for any other scenario the blocs' cohesion and the regional index. */
    private static List<RunRecord.Key> watched(Scenario s, Lesson lesson) {
        if (lesson != null) {
            return lesson.watch().stream().map(SeriesNames::parse).toList();
        }
        List<RunRecord.Key> out = new ArrayList<>();
        for (String k : List.of(Metric.COHESION_TRILATERAL.key(), Metric.COHESION_COUNTER.key(), Metric.ESCALATION_INDEX.key())) {
            out.add(SeriesNames.parse(k));
        }
        return out;
    }

    /** The Guide tab of a scenario without a lesson: its title, description and where the lessons are. */
    private static String about(Scenario s) {
        return "# " + s.title() + "\n\n" + s.description() + "\n\n" + "From " + Format.longDate(s.start()) + " to "
                + Format.longDate(s.end()) + ", " + s.days() + " days; states: "
                + s.actors().stream().map(a -> a.name() + " (" + a.id() + ")").collect(Collectors.joining(", "))
                + ".\n\nThis scenario has no lesson: every number of the model is in the **All parameters** tab."
                + " The lessons are in the **Lessons** menu.";
    }

    /** A new run: the one before stays on the charts, faded, and in the monitors' comparison. */
    void reset() {
        replaceRun(runner::reset);
    }

    /** The current run goes to the faded history and {@code start} puts another in its place. */
    private void replaceRun(Runnable start) {
        runner.pause();
        synchronized (gui.lock()) {
            RunRecord r = gui.model().record();
            history.keep(settings + injectedNote(), r, watched);
        }
        start.run();
        settings = settings(gui.model().scenario().parameters(), runner.seed());
        savedInjections = gui.session().injected().size();
        map.newRun(gui.model());
        levers.refresh();
        parameters.refresh();
        charts.newRun(history.runs());
        injection.newRun();
        controls.reset.setFont(controls.reset.getFont().deriveFont(Font.PLAIN));
        refresh();
    }

    private String injectedNote() {
        Session s = gui.session();
        int n = s == null ? 0 : s.injected().size();
        return n == 0 ? "" : ", " + n + " injected";
    }

    /** The settings of a run in a few words: the levers' values, and the seed when it is not the scenario's. */
    private String settings(Parameters p, long seed) {
        List<String> parts = new ArrayList<>();
        if (lesson != null) {
            lesson.levers().forEach(l -> parts.add(l.describe(p.get(l.paths().get(0)))));
        } else {
            long changed = p.asMap().entrySet().stream()
                    .filter(e -> !e.getValue().equals(scenario.parameters().asMap().get(e.getKey()))).count();
            parts.add(changed == 0 ? "as the scenario" : changed + " parameter(s) changed");
        }
        if (seed != scenario.seed()) {
            parts.add("seed " + seed);
        }
        return String.join(", ", parts);
    }

    /** A lever or a parameter moved: before the first Play the run restarts with it; later Reset starts one. */
    private void parametersChanged() {
        levers.refresh();
        parameters.refresh();
        if (runner.status() == Runner.Status.READY) {
            reset();
        } else {
            controls.reset.setFont(controls.reset.getFont().deriveFont(Font.BOLD));
            say("Changed for the next run: press Reset to start it.");
        }
    }

    private void seedChanged(long seed) {
        runner.setSeed(seed);
        parametersChanged();
    }

    void select(String id) {
        map.select(id);
        state.select(id);
        side.setSelectedComponent(state);
        refresh();
    }

    /** Redraws everything from the model: map, charts, monitors, the chosen state, the controls. */
    void refresh() {
        shownVersion = runner.version();
        synchronized (gui.lock()) {
            EntenteModel m = gui.model();
            charts.update(m.record());
            monitors.update(m.record(), history.previous());
            state.update(m);
        }
        map.repaint();
        controls.update();
        status.setText(runner.message());
        status.setForeground(MapStyle.TEXT);
        runLabel.setText("run " + history.current() + ": " + settings + injectedNote());
    }

    private void say(String message) {
        status.setText(message);
        status.setForeground(new Color(0x8A4B00));
    }

    /** Events injected in the current run since it was last saved. */
    int unsavedInjections() {
        Session s = gui.session();
        return s == null ? 0 : s.injected().size() - savedInjections;
    }

    void saveScenario() {
        Session s = gui.session();
        Path file = SaveDialogs.choose(this, "Save the session as a scenario", Path.of("scenarios", "sessions"),
                s.scenario().name() + "-seed" + s.model().seed() + ".yaml");
        if (file != null) {
            saveScenarioTo(file);
        }
    }

    /** Saves the session as a scenario that replays it; its injected events count as saved. */
    void saveScenarioTo(Path file) {
        try {
            gui.saveScenario(file);
            savedInjections = gui.session().injected().size();
            injection.say(InjectionPanel.OK, "Saved " + file + ": replay it with ./entente run " + file);
        } catch (IOException | RuntimeException e) {
            injection.say(InjectionPanel.ERROR, "Could not save: " + e.getMessage());
        }
    }

    void saveResults() {
        Session s = gui.session();
        Path folder = SaveDialogs.choose(this, "Save the results of the run so far", Path.of("results"),
                s.scenario().name() + "-seed" + s.model().seed());
        if (folder != null) {
            try {
                gui.saveResults(folder);
                injection.say(InjectionPanel.OK, "Wrote " + folder + " (tables, summary, charts)");
            } catch (IOException | RuntimeException e) {
                injection.say(InjectionPanel.ERROR, "Could not save: " + e.getMessage());
            }
        }
    }

    void saveCheckpoint() {
        Session s = gui.session();
        Path file = SaveDialogs.choose(this, "Save the run so far, to continue it later", Path.of("results"),
                s.scenario().name() + "-seed" + s.model().seed() + "-" + runner.lastDate() + ".checkpoint");
        if (file != null) {
            saveCheckpointTo(file);
        }
    }

    void saveCheckpointTo(Path file) {
        runner.pause();
        try {
            gui.saveCheckpoint(file);
            injection.say(InjectionPanel.OK, "Saved " + file + ": continue it with File > Continue a saved run…"
                    + " or ./entente run --resume " + file);
        } catch (IOException | RuntimeException e) {
            injection.say(InjectionPanel.ERROR, "Could not save: " + e.getMessage());
        }
    }

    void openCheckpoint() {
        Path file = SaveDialogs.open(this, "Continue a saved run", Path.of("results"));
        if (file != null) {
            continueRun(file);
        }
    }

    /** Continues a run of this scenario saved as a checkpoint; the current run stays on the charts, faded. */
    void continueRun(Path file) {
        EntenteModel m;
        try {
            m = EntenteModel.readCheckpoint(file);
        } catch (IOException e) {
            say("Could not continue " + file + ": " + e.getMessage());
            return;
        }
        if (!m.scenario().name().equals(scenario.name())) {
            say(file + " is a run of " + m.scenario().name() + ", not of " + scenario.name() + ": open that scenario first.");
            return;
        }
        replaceRun(() -> runner.resumed(m));
    }

    /** Stops playing and the redraws: the window closes or shows another scenario. */
    void close() {
        timer.stop();
        runner.pause();
    }

    void showTab(String name) {
        side.setSelectedIndex(side.indexOfTab(name));
    }

    // What tests and snapshots reach: the controls a user works, and what the window shows.

    EntenteGui gui() {
        return gui;
    }

    Runner runner() {
        return runner;
    }

    ControlBar controls() {
        return controls;
    }

    MapPanel map() {
        return map;
    }

    ChartTabs charts() {
        return charts;
    }

    LeverPanel levers() {
        return levers;
    }

    InjectionPanel injection() {
        return injection;
    }

    StatePanel state() {
        return state;
    }

    ParameterTable parameters() {
        return parameters;
    }

    JTabbedPane side() {
        return side;
    }

    /** The number of earlier runs drawn faded on the charts. */
    int runsShown() {
        return history.runs().size();
    }

    String status() {
        return status.getText();
    }

    Lesson lesson() {
        return lesson;
    }
}
