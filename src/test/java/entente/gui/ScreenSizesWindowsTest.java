package entente.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JRootPane;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window on a 1280 x 720 projector and a 1920 x 1080 screen, lettering scaled as
 * {@code entente gui} scales it: every control of the Events tab, the levers and the control
 * bar lies inside the window and inside whatever scrolls it. Writes screenshots to
 * target/gui-screenshots (the window on screen under xvfb-run when the screen is large
 * enough, else drawn off screen).
 */
class ScreenSizesWindowsTest {
    static final Path SHOTS = Path.of("target", "gui-screenshots");

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1920x1080"})
    void everyControlIsInsideTheWindow(String size) throws Exception {
        String[] wh = size.split("x");
        Dimension d = new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        GuideDriver.edt(() -> GuiFonts.scale(GuiFonts.forScreenHeight(d.height)));
        Files.createDirectories(SHOTS);
        AtomicReference<TeachingWindow> window = new AtomicReference<>();
        GuideDriver.edt(() -> window.set(open(Opening.startScreen(), d)));
        try {
            save(window.get(), "start-" + size);
            GuideDriver.edt(() -> window.get().close());
            GuideDriver.edt(() -> window.set(open(Opening.lesson("security-dilemma"), d)));
            TeachingView view = window.get().view();
            GuideDriver.edt(() -> {
                // a first run, then a second one paused two weeks after the drill, a suspension injected
                view.runner().runTo(LocalDate.of(2023, 12, 31));
                view.reset();
                view.runner().runTo(LocalDate.of(2022, 3, 21));
                view.showTab(TeachingView.EVENTS);
                GuideDriver.find(view.injection(), "quick pick");
                view.injection().fill(EventPresets.forScenario(view.gui().scenario()).stream()
                        .filter(p -> p.label().equals("US–South Korea exercises suspended")).findFirst().orElseThrow());
                view.injection().inject();
                view.runner().runTo(LocalDate.of(2022, 9, 30));
                view.refresh();
            });
            save(window.get(), "events-" + size);
            assertControlsInside(window.get(), d);
            GuideDriver.edt(() -> view.showTab(TeachingView.GUIDE));
            save(window.get(), "guide-" + size);
            GuideDriver.edt(() -> window.get().close());
            // the baseline: six states to tick in the Events tab, no levers
            GuideDriver.edt(() -> window.set(open(Opening.scenario(entente.TestScenarios.load(
                    entente.TestScenarios.BASELINE)), d)));
            GuideDriver.edt(() -> window.get().view().showTab(TeachingView.EVENTS));
            save(window.get(), "baseline-events-" + size);
            assertControlsInside(window.get(), d);
        } finally {
            GuideDriver.edt(() -> window.get().close());
        }
    }

    private static void assertControlsInside(TeachingWindow w, Dimension d) throws Exception {
        GuideDriver.edt(() -> {
            JRootPane root = w.root();
            assertEquals(d, root.getSize(), "the window has the screen's size");
            List<String> outside = new ArrayList<>();
            TeachingView view = w.view();
            for (Container area : List.of(view.injection(), view.levers(), view.controls())) {
                controls(area, outside, root);
            }
            assertTrue(outside.isEmpty(), d + ": controls outside the window or scrolled away: " + outside);
        });
    }

    /** Notes every control under c (a list or table: its scroll pane) that is not wholly visible in root. */
    private static void controls(Container c, List<String> outside, JRootPane root) {
        for (Component child : c.getComponents()) {
            if (!child.isVisible()) {
                continue;
            }
            boolean control = child instanceof AbstractButton || child instanceof JComboBox || child instanceof JSpinner
                    || child instanceof JTextField || child instanceof JSlider || "inject status".equals(child.getName());
            boolean scrolled = child instanceof JScrollPane s
                    && (s.getViewport().getView() instanceof JList || s.getViewport().getView() instanceof JTable);
            if (control || scrolled) {
                Rectangle r = SwingUtilities.convertRectangle(child.getParent(), child.getBounds(), root);
                if (!visible(child, r, root)) {
                    outside.add(name(child) + " at " + r);
                }
            }
            if (child instanceof Container k && !(child instanceof JComboBox) && !(child instanceof JSpinner) && !scrolled) {
                controls(k, outside, root);
            }
        }
    }

    /**
     * Inside the root pane and inside every container around it (a row too narrow for it clips
     * it; so does a viewport scrolled elsewhere).
     */
    private static boolean visible(Component c, Rectangle r, JRootPane root) {
        if (r.isEmpty() || !new Rectangle(root.getSize()).contains(r)) {
            return false;
        }
        for (Container p = c.getParent(); p != null && p != root; p = p.getParent()) {
            Rectangle shown = SwingUtilities.convertRectangle(p, new Rectangle(p.getSize()), root);
            if (!shown.contains(r)) {
                return false;
            }
        }
        return true;
    }

    private static String name(Component c) {
        String text = c instanceof AbstractButton b ? "'" + b.getText() + "'" : "";
        return c.getClass().getSimpleName() + (c.getName() != null ? " " + c.getName() : "") + text;
    }

    /** On screen when the screen is large enough for the size, else off screen. */
    static TeachingWindow open(Opening what, Dimension size) {
        Rectangle screen = GraphicsEnvironment.isHeadless() ? new Rectangle()
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        if (screen.width < size.width || screen.height < size.height) {
            return TeachingWindow.offScreen(what, null, size);
        }
        TeachingWindow w = TeachingWindow.open(what, null);
        w.frame().setBounds(0, 0, size.width, size.height);
        w.frame().validate();
        return w;
    }

    private static void save(TeachingWindow w, String name) throws Exception {
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        GuideDriver.edt(() -> {
            if (w.frame() == null) {
                TeachingWindow.layOut(w.root());
            } else {
                w.frame().validate();
            }
            img.set(w.picture());
        });
        assertNotBlank(img.get(), name);
        ImageIO.write(img.get(), "png", SHOTS.resolve(name + ".png").toFile());
    }

    /** Not blank: many colours, and a good share of pixels unlike the most common one. */
    static void assertNotBlank(BufferedImage img, String what) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                counts.merge(img.getRGB(x, y), 1, Integer::sum);
            }
        }
        int commonest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double total = (double) img.getWidth() * img.getHeight();
        assertTrue(counts.size() >= 50, what + " has only " + counts.size() + " colours");
        assertTrue(1 - commonest / total >= 0.10, what + " is mostly one colour");
    }
}
