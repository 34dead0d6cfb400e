package entente.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.model.RunRecord;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.SwingUtilities;

/**
 * Follows a guide's steps with the window's own controls (buttons, boxes, sliders, the map) and
 * checks what the guide says the class will see: the lines drawn on the charts, the monitors,
 * the State tab, the status line. Each number and date a check names must also be in the
 * step's prose, so that the guide cannot say one thing while the test checks another.
 */
final class GuideDriver {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private final TeachingView view;
    private final String lesson;
    private final List<String> misses = new ArrayList<>();
    private GuideSteps.Step step;

    GuideDriver(TeachingView view, String lesson) {
        this.view = view;
        this.lesson = lesson;
    }

    void follow(GuideSteps.Step s) throws Exception {
        step = s;
        assertTrue(!s.commands().isEmpty(), where() + "has no check comment");
        for (String c : s.commands()) {
            command(c);
        }
    }

    private String where() {
        return lesson + " step " + step.number() + ": ";
    }

    private void command(String line) throws Exception {
        String[] w = line.split("\\s+");
        String rest = line.substring(w[0].length()).strip();
        switch (w[0]) {
            case "play" -> press(view.controls().play, "Play");
            case "resume" -> press(view.controls().play, "Resume");
            case "reset" -> press(view.controls().reset, null);
            case "step" -> press(view.controls().step, null);
            case "until" -> until(rest);
            case "pause" -> edt(() -> choose(view.controls().pauseOn, rest.replaceFirst("^on ", "")));
            case "lever" -> edt(() -> ((JSpinner) view.levers().box(w[1])).setValue(Double.parseDouble(w[2])));
            case "seed" -> edt(() -> ((JSpinner) find(view, "seed")).setValue(Long.parseLong(w[1])));
            case "parameter" -> edt(() -> view.parameters().set(w[1], Double.parseDouble(w[2])));
            case "inject" -> inject(rest);
            case "select" -> select(w[1]);
            case "chart" -> edt(() -> view.charts().show(rest));
            case "tab" -> edt(() -> view.showTab(rest));
            case "see" -> see(Arrays.copyOfRange(w, 1, w.length));
            default -> throw new AssertionError(where() + "unknown command '" + line + "'");
        }
    }

    /** Clicks a button, checking its name first when given, and waits until the run stops again. */
    private void press(javax.swing.JButton button, String expectedText) throws Exception {
        edt(() -> {
            if (expectedText != null) {
                assertEquals(expectedText, button.getText(), where() + "the button reads");
            }
            assertTrue(button.isEnabled(), where() + button.getText() + " is enabled");
            button.doClick();
        });
        long deadline = System.currentTimeMillis() + 180_000;
        while (view.runner().status() == Runner.Status.PLAYING) {
            assertTrue(System.currentTimeMillis() < deadline, where() + "the run should stop within three minutes");
            Thread.sleep(20);
        }
        edt(view::refresh);
    }

    private void until(String rest) throws Exception {
        edt(() -> {
            boolean on = !rest.equals("off");
            if (view.controls().untilOn.isSelected() != on) {
                view.controls().untilOn.doClick();
            }
            if (on) {
                LocalDate d = LocalDate.parse(rest);
                mentions(d);
                view.controls().setUntil(d);
            }
        });
    }

    private void inject(String label) throws Exception {
        edt(() -> {
            assertTrue(step.prose().contains(label), where() + "the prose names the quick pick '" + label + "'");
            view.showTab(TeachingView.EVENTS);
            choose((JComboBox<?>) find(view.injection(), "quick pick"), label);
            ((javax.swing.JButton) find(view.injection(), "inject")).doClick();
            String status = ((JLabel) find(view.injection(), "inject status")).getText();
            assertTrue(status.startsWith("It happens on"), where() + "injected: " + status);
        });
    }

    /** Clicks a state's circle on the map. */
    private void select(String id) throws Exception {
        edt(() -> {
            MapPanel map = view.map();
            Point2D c = map.centre(id);
            map.dispatchEvent(new MouseEvent(map, MouseEvent.MOUSE_PRESSED, System.currentTimeMillis(), 0,
                    (int) Math.round(c.getX()), (int) Math.round(c.getY()), 1, false, MouseEvent.BUTTON1));
            assertEquals(id, view.state().selected(), where() + "a click on " + id + " chooses it");
        });
    }

    /**
     * Checks what the class sees. A miss is noted and the guide followed on, so that one run
     * lists every number to update after the model changed.
     */
    private void see(String[] w) throws Exception {
        try {
            seeNow(w);
        } catch (AssertionError e) {
            misses.add(e.getMessage());
        }
    }

    /** What the class would not see as the guide says, one line each. */
    List<String> misses() {
        return List.copyOf(misses);
    }

    private void seeNow(String[] w) throws Exception {
        edt(() -> {
            switch (w[0]) {
                case "date" -> {
                    LocalDate d = LocalDate.parse(w[1]);
                    mentions(d);
                    assertTrue(view.status().contains(Format.longDate(d)), where() + "the status line says "
                            + view.status() + ", not " + Format.longDate(d));
                }
                case "runs" -> assertEquals(Integer.parseInt(w[1]), view.runsShown(), where() + "faded runs on the charts");
                case "state" -> {
                    String label = String.join(" ", Arrays.copyOfRange(w, 1, w.length - 1));
                    String shown = view.state().value(label);
                    assertNotNull(shown, where() + "the State tab has no row '" + label + "'");
                    close(number(shown), w[w.length - 1], view.state().selected() + " " + label);
                }
                default -> series(w);
            }
        });
    }

    /** {@code <series> highest|lowest|now <v> [on <date>]}, {@code <series> <date> <v>}, {@code <series> change <stat> <v>}. */
    private void series(String[] w) {
        RunRecord.Key key = SeriesNames.parse(w[0]);
        double[] v = view.charts().shown(key);
        String what = w[0] + " " + w[1];
        if (w[1].equals("change")) {
            JLabel label = (JLabel) find(view, w[0] + " " + w[2] + " change");
            close(number(label.getText()), w[3], "the monitor's change of " + w[0] + " " + w[2]);
            return;
        }
        if (v == null) {
            JLabel label = (JLabel) find(view, w[0] + " " + w[1]);
            close(number(label.getText()), w[2], "the monitor of " + what);
            return;
        }
        RunRecord r = view.gui().model().record();
        int day = switch (w[1]) {
            case "highest" -> MonitorPanel.Statistic.HIGHEST.day(v, v.length - 1);
            case "lowest" -> MonitorPanel.Statistic.LOWEST.day(v, v.length - 1);
            case "now" -> v.length - 1;
            default -> {
                LocalDate d = LocalDate.parse(w[1]);
                mentions(d);
                yield (int) (d.toEpochDay() - r.start().toEpochDay());
            }
        };
        assertTrue(day < v.length, where() + what + ": the chart has no value on that day yet");
        close(v[day], w[2], what + " (on " + r.date(day) + ")");
        if (w.length > 4 && w[3].equals("on")) {
            LocalDate d = LocalDate.parse(w[4]);
            mentions(d);
            assertEquals(d, r.date(day), where() + what + " is on " + r.date(day));
        }
    }

    /** The value as the guide writes it, to its last decimal; the guide's prose has it too. */
    private void close(double actual, String written, String what) {
        String plain = written.replace('−', '-');
        int dot = plain.indexOf('.');
        int decimals = dot < 0 ? 0 : plain.length() - dot - 1;
        double expected = Double.parseDouble(plain);
        assertTrue(Math.abs(actual - expected) <= 0.5 * Math.pow(10, -decimals) + 1e-9,
                where() + what + " is " + actual + ", the guide says " + written);
        String unsigned = plain.replaceFirst("^[-+]", "");
        assertTrue(step.prose().contains(unsigned), where() + "the prose should say " + written);
    }

    private void mentions(LocalDate d) {
        assertTrue(step.prose().contains(d.format(DAY_MONTH)), where() + "the prose should name " + d.format(DAY_MONTH));
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace('−', '-').replace("+", ""));
    }

    private static void choose(JComboBox<?> box, String label) {
        for (int i = 0; i < box.getItemCount(); i++) {
            Object item = box.getItemAt(i);
            if (item != null && item.toString().equals(label)) {
                box.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("no choice '" + label + "' in " + box.getName());
    }

    /** The component of that name under a container. */
    static Component find(Container root, String name) {
        Component c = findOrNull(root, name);
        assertNotNull(c, "no component named '" + name + "'");
        return c;
    }

    private static Component findOrNull(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container k) {
                Component found = findOrNull(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    interface EdtTask {
        void run() throws Exception;
    }

    static void edt(EdtTask task) throws Exception {
        Exception[] failed = new Exception[1];
        Error[] error = new Error[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                task.run();
            } catch (Exception e) {
                failed[0] = e;
            } catch (Error e) {
                error[0] = e;
            }
        });
        if (error[0] != null) {
            throw error[0];
        }
        if (failed[0] != null) {
            throw failed[0];
        }
    }
}
