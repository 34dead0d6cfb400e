package entente.gui;

import entente.io.Png;
import entente.scenario.InputException;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The teaching window: a menu of lessons, the start screen or the view of one scenario, and
 * quitting that asks before injected events are lost. It lives in a frame on screen, or in a
 * root pane of its own, off screen, to be drawn into a picture ({@link #snapshot}).
 */
public final class TeachingWindow {
    static final Path BASELINE = Path.of("scenarios", "baseline-2021-2023.yaml");

    /** Asks the user to choose one of some options; returns the index chosen, or -1. */
    interface Ask {
        int choose(Component parent, String question, String[] options);
    }

    private final JRootPane root;
    private final JFrame frame;
    private Ask ask = (parent, question, options) -> JOptionPane.showOptionDialog(parent, question,
            "Unsaved injected events", JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null, options,
            options[0]);
    private final CountDownLatch closed = new CountDownLatch(1);
    private TeachingView view;

    private TeachingWindow(JRootPane root, JFrame frame) {
        this.root = root;
        this.frame = frame;
        root.setJMenuBar(menus());
    }

    /** Opens the window on screen, as large as the screen (call on the Swing thread). */
    public static TeachingWindow open(Opening what, Long seed) {
        JFrame frame = new JFrame(EntenteGui.getName());
        TeachingWindow w = new TeachingWindow(frame.getRootPane(), frame);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                w.quit();
            }
        });
        w.show(what, seed);
        frame.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        frame.setVisible(true);
        return w;
    }

    /** The window off screen at a size (for pictures; works without a display). */
    static TeachingWindow offScreen(Opening what, Long seed, Dimension size) {
        TeachingWindow w = new TeachingWindow(new JRootPane(), null);
        w.show(what, seed);
        w.root.setSize(size);
        layOut(w.root);
        return w;
    }

    /**
     * Draws the window into a PNG and writes it (whole, or not at all): the lesson or scenario
     * played to a date (or just set up), at a size, with a tab of the right-hand side chosen.
     * When earlier is not empty, a whole run with those parameters is played first, so that
     * the picture shows it faded behind the run with the scenario's own.
     */
    public static void snapshot(Opening what, Long seed, Map<String, Double> earlier, LocalDate until, Dimension size,
                                String tab, Path file) throws IOException {
        TeachingWindow w = offScreen(what, seed, size);
        if (w.view != null) {
            if (!earlier.isEmpty()) {
                ParameterEditor p = w.view.gui().parameters();
                Map<String, Double> own = new java.util.HashMap<>();
                earlier.forEach((path, v) -> {
                    own.put(path, p.get(path));
                    p.set(path, v);
                });
                w.view.reset();
                w.view.runner().runTo(what.scenario().end());
                own.forEach(p::set);
                w.view.reset();
            }
            if (until != null) {
                w.view.runner().runTo(until);
            }
            if (tab != null) {
                w.view.showTab(tab);
            }
            w.view.refresh();
            w.view.close();
        }
        layOut(w.root);
        Png.write(w.picture(), file);
    }

    /** Lays out a component tree that has no window (off screen, nothing does it otherwise). */
    static void layOut(Component c) {
        if (c instanceof Container k) {
            k.doLayout();
            for (Component child : k.getComponents()) {
                layOut(child);
            }
        }
    }

    BufferedImage picture() {
        BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        root.printAll(g);
        g.dispose();
        return img;
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu lessons = new JMenu("Lessons");
        lessons.setMnemonic(KeyEvent.VK_L);
        lessons.add(item("Start screen", () -> {
            if (mayLeave()) {
                show(Opening.startScreen(), null);
            }
        }));
        lessons.addSeparator();
        for (Lesson l : Lessons.all()) {
            lessons.add(item(l.title(), () -> openLesson(l)));
        }
        lessons.addSeparator();
        lessons.add(item("The 2021–2023 baseline", this::openBaseline));
        lessons.add(item("Open a scenario file…", this::openFile));
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        file.add(item("Save session as scenario…", () -> {
            if (view != null) {
                view.saveScenario();
            }
        }));
        file.add(item("Save results…", () -> {
            if (view != null) {
                view.saveResults();
            }
        }));
        file.add(item("Save the run to continue later…", () -> {
            if (view != null) {
                view.saveCheckpoint();
            }
        }));
        file.add(item("Continue a saved run…", () -> {
            if (view != null) {
                view.openCheckpoint();
            }
        }));
        file.add(item("Save a picture of the window…", this::savePicture));
        file.addSeparator();
        JMenuItem quit = item("Quit", this::quit);
        quit.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Q, java.awt.event.InputEvent.CTRL_DOWN_MASK));
        file.add(quit);
        bar.add(lessons);
        bar.add(file);
        return bar;
    }

    private static JMenuItem item(String text, Runnable action) {
        JMenuItem i = new JMenuItem(text);
        i.addActionListener(e -> action.run());
        return i;
    }

    private void show(Opening what, Long seed) {
        if (view != null) {
            view.close();
            view = null;
        }
        JComponent content;
        if (what.scenario() == null) {
            content = new StartScreen(Lessons.all(), this::openLesson, this::openBaseline, this::openFile);
        } else {
            Scenario s = what.scenario();
            view = new TeachingView(s, what.lessonOrNull(), seed == null ? s.seed() : seed);
            content = view;
        }
        root.setContentPane(content);
        if (frame != null) {
            frame.setTitle(what.scenario() == null ? EntenteGui.getName() : what.scenario().title() + " — Entente");
        }
        root.revalidate();
        root.repaint();
    }

    private void openLesson(Lesson l) {
        if (mayLeave()) {
            try {
                show(Opening.lesson(l), null);
            } catch (InputException | IllegalArgumentException e) {
                error(e.getMessage());
            }
        }
    }

    private void openBaseline() {
        openScenario(Lessons.home().resolve(BASELINE));
    }

    private void openFile() {
        JFileChooser chooser = new JFileChooser(Lessons.home().resolve("scenarios").toAbsolutePath().toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Scenarios (*.yaml)", "yaml", "yml"));
        if (chooser.showOpenDialog(root) == JFileChooser.APPROVE_OPTION) {
            openScenario(chooser.getSelectedFile().toPath());
        }
    }

    private void openScenario(Path file) {
        if (mayLeave()) {
            try {
                show(Opening.scenario(ScenarioReader.read(file)), null);
            } catch (InputException e) {
                error(e.getMessage());
            }
        }
    }

    private void error(String message) {
        JOptionPane.showMessageDialog(root, message, "Cannot open", JOptionPane.ERROR_MESSAGE);
    }

    /** True when nothing unsaved would be lost, or the user saved it or chose to lose it. */
    private boolean mayLeave() {
        int unsaved = view == null ? 0 : view.unsavedInjections();
        if (unsaved == 0) {
            return true;
        }
        int choice = ask.choose(root, "You injected " + unsaved + " event(s) into this run and have not saved the"
                + " session. Save it as a scenario first, to replay it later?",
                new String[] {"Save first…", "Discard them", "Cancel"});
        if (choice == 0) {
            view.saveScenario();
            return view.unsavedInjections() == 0;
        }
        return choice == 1;
    }

    private void savePicture() {
        Path file = SaveDialogs.choose(root, "Save a picture of the window", Path.of("results"), "entente-window.png");
        if (file != null) {
            try {
                Png.write(picture(), file);
            } catch (IOException e) {
                error("Could not save the picture: " + e.getMessage());
            }
        }
    }

    /** Closes the window, after asking about unsaved injected events. */
    void quit() {
        if (mayLeave()) {
            close();
        }
    }

    /** Closes the window without asking (tests, snapshots). */
    void close() {
        if (view != null) {
            view.close();
        }
        if (frame != null) {
            frame.dispose();
        }
        closed.countDown();
    }

    /** Waits until the user closes the window. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Replaces the question asked before unsaved events are lost (tests answer it themselves). */
    void setAsk(Ask a) {
        ask = a;
    }

    /** True once the window was closed. */
    boolean isClosed() {
        return closed.getCount() == 0;
    }

    TeachingView view() {
        return view;
    }

    JRootPane root() {
        return root;
    }

    JFrame frame() {
        return frame;
    }
}
