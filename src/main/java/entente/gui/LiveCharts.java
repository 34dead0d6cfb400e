package entente.gui;

import entente.model.EntenteModel;
import entente.output.Charts;
import java.awt.Dimension;
import java.util.function.BiFunction;
import javax.swing.JFrame;
import javax.swing.Timer;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import sim.display.Controller;
import sim.display.GUIState;

/**
 * The cohesion and escalation charts of the run so far, the same charts {@code entente run}
 * writes, redrawn a few times a second while the model runs. They are rebuilt from the run's
 * record while holding the schedule's lock (the model does not step meanwhile), then shown.
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
    private final Chart cohesion;
    private final Chart escalation;
    private final Timer timer;
    private volatile boolean stale;

    /** One chart window. */
    private record Chart(JFrame frame, ChartPanel panel, BiFunction<RunRecord, Scenario, JFreeChart> make) {}

    LiveCharts(EntenteGui gui, Controller controller) {
        this.gui = gui;
        cohesion = chart(controller, "Entente — alliance cohesion", Charts::cohesion);
        escalation = chart(controller, "Entente — escalation", Charts::escalation);
        timer = new Timer(REFRESH_MS, e -> {
            if (stale) {
                refresh();
            }
        });
        timer.start();
    }

    private static Chart chart(Controller controller, String title,
                               BiFunction<RunRecord, Scenario, JFreeChart> make) {
        ChartPanel panel = new ChartPanel(null);
        panel.setMaximumDrawWidth(DRAW_WIDTH);
        panel.setMaximumDrawHeight(DRAW_HEIGHT);
        panel.setPreferredSize(new Dimension(880, 520));
        JFrame frame = new JFrame(title);
        frame.getContentPane().add(panel);
        frame.pack();
        controller.registerFrame(frame);
        frame.setVisible(true);
        return new Chart(frame, panel, make);
    }

    /** Called after each simulated day (on the model's thread): the charts are out of date. */
    void dayDone() {
        stale = true;
    }

    /** Rebuilds both charts from the record now (on the Swing thread). */
    void refresh() {
        stale = false;
        JFreeChart c;
        JFreeChart e;
        synchronized (gui.state.schedule) {
            EntenteModel m = (EntenteModel) gui.state;
            if (m.record() == null || m.record().days() == 0) {
                return;
            }
            c = cohesion.make().apply(m.record(), m.scenario());
            e = escalation.make().apply(m.record(), m.scenario());
        }
        cohesion.panel().setChart(c);
        escalation.panel().setChart(e);
    }

    JFrame cohesionFrame() {
        return cohesion.frame();
    }

    JFrame escalationFrame() {
        return escalation.frame();
    }

    void quit() {
        timer.stop();
        cohesion.frame().dispose();
        escalation.frame().dispose();
    }
}
