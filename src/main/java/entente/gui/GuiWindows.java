package entente.gui;

import entente.scenario.Scenario;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import javax.swing.JFrame;
import sim.display.Console;
import sim.display.Display2D;

/** Opens the GUI and arranges its windows to fill the screen: map and Console left, charts right. */
public final class GuiWindows {
    /** Milliseconds the Console waits between two days at first: a period of 577 days plays in about 30 s. */
    static final long PLAY_SLEEP_MS = 40;

    private GuiWindows() {}

    /** Opens the Console, map and charts for a scenario (call on the Swing thread); the Console is its controller. */
    public static EntenteGui open(Scenario s, long seed) {
        EntenteGui gui = new EntenteGui(s, seed);
        Console console = new Console(gui);
        console.setPlaySleep(PLAY_SLEEP_MS);
        // A lesson compares runs that differ in one parameter or one event: same seed each time
        // unless the class changes it in the Console tab.
        console.setIncrementSeedOnStop(false);
        console.setVisible(true);
        arrange(gui, console, GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        return gui;
    }

    static void arrange(EntenteGui gui, Console console, Rectangle screen) {
        int mapH = screen.height * 60 / 100;
        JFrame map = gui.map().frame();
        place(map, screen.x, screen.y, screen.width * 55 / 100, mapH);
        // The map keeps its shape: the left column is as wide as the map scaled to its height,
        // or the map is scaled down to 60% of the screen's width on a narrow screen.
        int leftW = fit(gui.map().display(), map, screen.width * 60 / 100);
        int chartH = screen.height / 2;
        place(map, screen.x, screen.y, leftW, mapH);
        place(console, screen.x, screen.y + mapH, leftW, screen.height - mapH);
        place(gui.charts().cohesionFrame(), screen.x + leftW, screen.y, screen.width - leftW, chartH);
        place(gui.charts().escalationFrame(), screen.x + leftW, screen.y + chartH, screen.width - leftW,
                screen.height - chartH);
    }

    private static void place(JFrame frame, int x, int y, int w, int h) {
        frame.setBounds(x, y, w, h);
        frame.validate();
    }

    /**
     * Scales the map so that the whole region shows in its window's height, and in maxWidth;
     * returns the window width that shows it whole.
     */
    private static int fit(Display2D display, JFrame frame, int maxWidth) {
        int margin = frame.getWidth() - display.display.getViewport().getWidth() + 2;
        double scale = Math.min(display.display.getViewport().getHeight() / display.insideDisplay.height,
                (maxWidth - margin) / display.insideDisplay.width);
        if (scale <= 0) {
            return frame.getWidth();
        }
        display.setScale(scale);
        return (int) Math.ceil(display.insideDisplay.width * scale) + margin;
    }
}
