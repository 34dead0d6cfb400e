package entente.gui;

import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.output.Charts;
import entente.scenario.Scenario;
import java.awt.Dimension;
import java.util.List;
import java.util.function.BiFunction;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.Timer;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import sim.display.Controller;
import sim.display.GUIState;

/**
 * The charts of the run so far, the same charts {@code entente run} writes: cohesion in one
 * window, escalation and hedging as tabs of another. They are redrawn a few times a second
 * while the model runs, rebuilt from the run's record while holding the schedule's lock (the
 * model does not step meanwhile), then shown.
 */
final class LiveCharts {
    /** How often the charts catch up with the model, in milliseconds. */
    static final int REFRESH_MS = 250;
    /**
     * The charts are drawn at most this large and scaled up to fill their windows, which makes
     * their lettering larger on a projector than in the 1200 x 700 files.
     */
    static final int DRAW_WIDTH = 760;
    static final int DRAW_HEIGHT = 470;

    private final GUIState gui;
    private final Chart cohesion = new Chart(Charts::cohesion);
    private final Chart escalation = new Chart(Charts::escalation);
    private final Chart hedging = new Chart(Charts::hedging);
    private final JFrame cohesionFrame;
    private final JFrame escalationFrame;
    private final Timer timer;
    private volatile boolean stale;

    /** A chart panel and how to make its chart from a run. */
    private record Chart(ChartPanel panel, BiFunction<RunRecord, Scenario, JFreeChart> make) {
        Chart(BiFunction<RunRecord, Scenario, JFreeChart> make) {
            this(new ChartPanel(null), make);
            panel.setMaximumDrawWidth(DRAW_WIDTH);
            panel.setMaximumDrawHeight(DRAW_HEIGHT);
            panel.setPreferredSize(new Dimension(880, 520));
        }
    }

    LiveCharts(EntenteGui gui, Controller controller) {
        this.gui = gui;
        cohesionFrame = frame(controller, "Entente — alliance cohesion", cohesion.panel());
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab("Escalation", escalation.panel());
        tabs.addTab("Hedging", hedging.panel());
        escalationFrame = frame(controller, "Entente — escalation and hedging", tabs);
        timer = new Timer(REFRESH_MS, e -> {
            if (stale) {
                refresh();
            }
        });
        timer.start();
    }

    private static JFrame frame(Controller controller, String title, java.awt.Component content) {
        JFrame frame = new JFrame(title);
        frame.getContentPane().add(content);
        frame.pack();
        controller.registerFrame(frame);
        frame.setVisible(true);
        return frame;
    }

    /** Called after each simulated day (on the model's thread): the charts are out of date. */
    void dayDone() {
        stale = true;
    }

    /** Rebuilds the charts from the record now (on the Swing thread). */
    void refresh() {
        stale = false;
        List<Chart> charts = List.of(cohesion, escalation, hedging);
        JFreeChart[] made = new JFreeChart[charts.size()];
        synchronized (gui.state.schedule) {
            EntenteModel m = (EntenteModel) gui.state;
            if (m.record() == null || m.record().days() == 0) {
                return;
            }
            for (int k = 0; k < made.length; k++) {
                made[k] = charts.get(k).make().apply(m.record(), m.scenario());
            }
        }
        for (int k = 0; k < made.length; k++) {
            charts.get(k).panel().setChart(made[k]);
        }
    }

    JFrame cohesionFrame() {
        return cohesionFrame;
    }

    JFrame escalationFrame() {
        return escalationFrame;
    }

    void quit() {
        timer.stop();
        cohesionFrame.dispose();
        escalationFrame.dispose();
    }
}
