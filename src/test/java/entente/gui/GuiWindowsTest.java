package entente.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import entente.TestScenarios;
import entente.model.ModelEvent;
import entente.scenario.EventOrigin;
import entente.scenario.Scenario;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import sim.display.Console;
import sim.display.Display2D;

/**
 * Opens the real windows (needs a display, e.g. xvfb-run; skipped without one), plays a few
 * weeks of the baseline, injects an ICBM test from the Events tab, steps on, and writes
 * screenshots of the map, the charts and the whole screen to target/gui-screenshots.
 */
class GuiWindowsTest {
    static final Path SHOTS = Path.of("target", "gui-screenshots");

    interface EdtTask<T> {
        T run() throws Exception;
    }

    static <T> T onEdt(EdtTask<T> task) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(task.run());
            } catch (Exception e) {
                failed.set(e);
            }
        });
        if (failed.get() != null) {
            throw failed.get();
        }
        return out.get();
    }

    @Test
    void playInjectStepAndScreenshot() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run the GUI test under xvfb-run");
        Scenario s = TestScenarios.load(TestScenarios.BASELINE);
        EntenteGui gui = onEdt(() -> {
            GuiFonts.scale(1.25f);
            return GuiWindows.open(s, s.seed());
        });
        Console console = (Console) gui.controller;
        try {
            onEdt(() -> {
                console.pressPlay();
                return null;
            });
            long deadline = System.currentTimeMillis() + 120_000;
            while (gui.session() == null || gui.model().today() < 28) {
                assertTrue(System.currentTimeMillis() < deadline, "the Console should play four weeks within two minutes");
                Thread.sleep(50);
            }
            onEdt(() -> {
                console.pressPause();
                return null;
            });
            int injectedOn = gui.model().today();
            Scenario.Event e = onEdt(() -> {
                InjectionPanel panel = gui.injection();
                panel.fill(EventPresets.forScenario(s).stream()
                        .filter(p -> p.label().equals("North Korea tests an ICBM")).findFirst().orElseThrow());
                return panel.inject();
            });
            assertNotNull(e, "the Events tab injects the ICBM test");
            onEdt(() -> {
                console.setNumStepsPerStepButtonPress(14);
                console.pressPlay(); // paused: the play button steps 14 days
                gui.charts().refresh();
                return null;
            });
            assertEquals(injectedOn + 14, gui.model().today());
            ModelEvent fired = gui.model().record().events().stream()
                    .filter(m -> m.id().equals(e.id())).findFirst().orElseThrow();
            assertEquals(EventOrigin.INJECTED, fired.origin());
            assertEquals(injectedOn, fired.day());
            screenshots(gui, console);
        } finally {
            onEdt(() -> {
                console.pressStop();
                gui.quit();
                console.dispose();
                Console.allControllers.remove(console); // closing it the user's way would exit the JVM
                return null;
            });
        }
    }

    private static void screenshots(EntenteGui gui, Console console) throws Exception {
        Files.createDirectories(SHOTS);
        File map = SHOTS.resolve("map.png").toFile();
        onEdt(() -> {
            gui.map().display().takeSnapshot(map, Display2D.TYPE_PNG);
            return null;
        });
        assertNotBlank(ImageIO.read(map), "map");
        List<JFrame> frames = List.of(gui.map().frame(), console, gui.charts().cohesionFrame(),
                gui.charts().escalationFrame());
        BufferedImage cohesion = onEdt(() -> paint(gui.charts().cohesionFrame().getContentPane()));
        assertNotBlank(cohesion, "cohesion chart");
        ImageIO.write(cohesion, "png", SHOTS.resolve("cohesion.png").toFile());
        BufferedImage screen = onEdt(() -> composite(frames));
        assertNotBlank(screen, "screen");
        ImageIO.write(screen, "png", SHOTS.resolve("screen.png").toFile());
    }

    static BufferedImage paint(Component c) {
        BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        c.printAll(g);
        g.dispose();
        return img;
    }

    /** The windows painted where they stand on the screen. */
    static BufferedImage composite(List<JFrame> frames) {
        Rectangle all = new Rectangle();
        for (JFrame f : frames) {
            all = all.union(f.getBounds());
        }
        BufferedImage img = new BufferedImage(all.width, all.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (JFrame f : frames) {
            Graphics2D fg = (Graphics2D) g.create(f.getX() - all.x, f.getY() - all.y, f.getWidth(), f.getHeight());
            f.getRootPane().printAll(fg);
            fg.dispose();
        }
        g.dispose();
        return img;
    }

    /** Not blank: many colours, and a good share of pixels unlike the most common one. */
    static void assertNotBlank(BufferedImage img, String what) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                counts.merge(img.getRGB(x, y), 1, Integer::sum);
            }
        }
        int commonest = new ArrayList<>(counts.values()).stream().mapToInt(Integer::intValue).max().orElse(0);
        double total = (double) img.getWidth() * img.getHeight();
        assertTrue(counts.size() >= 50, what + " has only " + counts.size() + " colours");
        assertTrue(1 - commonest / total >= 0.10, what + " is mostly one colour");
    }
}
