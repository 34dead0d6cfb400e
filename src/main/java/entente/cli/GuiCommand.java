package entente.cli;

import entente.gui.GuiFonts;
import entente.gui.Opening;
import entente.gui.TeachingWindow;
import entente.io.OutputGuard;
import entente.io.Png;
import entente.scenario.InputException;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import java.awt.AWTError;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente gui}: the teaching window, or a picture of it. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the teaching window: lessons with their guides, map, live charts, levers, event injection"
                + " (needs a display).",
                "With --snapshot it draws the window into a PNG and exits (no display needed)."})
final class GuiCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "scenario file to open (default: the start screen with the lessons)")
    Path scenarioFile;

    @Option(names = "--lesson", paramLabel = "NAME",
            description = "open a lesson: security-dilemma, balance-of-threat, seoul-hedging (docs/lessons/NAME.md)")
    String lesson;

    @Option(names = "--seed", description = "seed of the first run (default: the scenario's seed)")
    Long seed;

    @Option(names = "--font-scale", paramLabel = "F",
            description = "size of the lettering, 1 = Swing's own (default: 1 up to 864 pixels of screen height, then"
                    + " growing with it: 1.25 at 1080)")
    Float fontScale;

    @Option(names = "--snapshot", paramLabel = "FILE", description = "draw the window into this PNG file and exit")
    Path snapshot;

    @Option(names = "--until", paramLabel = "DATE", description = "with --snapshot: play the run to this date first")
    LocalDate until;

    @Option(names = "--size", paramLabel = "WxH", description = "with --snapshot: the window's size (default: ${DEFAULT-VALUE})")
    String size = "1280x720";

    @Option(names = "--earlier", paramLabel = "PATH=VALUE",
            description = "with --snapshot: play a whole run with these parameters first (repeat for several), so that"
                    + " the picture shows it faded behind the run")
    Map<String, Double> earlier = new LinkedHashMap<>();

    @Option(names = "--tab", paramLabel = "TAB",
            description = "with --snapshot: the tab to show on the right: Guide, Events, State or \"All parameters\"")
    String tab;

    @Override
    public Integer call() throws Exception {
        if (fontScale != null && (fontScale < 0.5f || fontScale > 4f)) {
            throw new BadInput("--font-scale must be between 0.5 and 4, found " + fontScale);
        }
        Opening what = opening();
        if (snapshot != null) {
            return snapshot(what);
        }
        if (until != null || tab != null || !earlier.isEmpty()) {
            throw new BadInput("--until, --tab and --earlier go with --snapshot");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInput("entente gui needs a display: none is available (is DISPLAY set? on a server, "
                    + "run it under xvfb-run, or draw a picture with --snapshot)");
        }
        AtomicReference<TeachingWindow> window = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                int height = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().height;
                GuiFonts.scale(fontScale != null ? fontScale : GuiFonts.forScreenHeight(height));
                window.set(TeachingWindow.open(what, seed));
            });
        } catch (AWTError e) { // a display is named but cannot be reached
            throw new BadInput("entente gui cannot open a window: " + e.getMessage());
        }
        window.get().awaitClose();
        return Main.OK;
    }

    private Opening opening() throws InputException {
        if (lesson != null && scenarioFile != null) {
            throw new BadInput("name a SCENARIO or a --lesson, not both");
        }
        try {
            Opening what = lesson != null ? Opening.lesson(lesson)
                    : scenarioFile != null ? Opening.scenario(ScenarioArgs.load(scenarioFile, null))
                    : Opening.startScreen();
            Scenario s = what.scenario();
            if (until != null && (s == null || until.isBefore(s.start()) || until.isAfter(s.end()))) {
                throw new BadInput("--until " + until + (s == null ? " needs a SCENARIO or a --lesson"
                        : " is outside the period of " + s.file() + " (" + s.start() + " .. " + s.end() + ")"));
            }
            return what;
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }

    private int snapshot(Opening what) throws Exception {
        String[] wh = size.split("x");
        int w;
        int h;
        try {
            w = Integer.parseInt(wh[0]);
            h = Integer.parseInt(wh[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new BadInput("--size must be WIDTHxHEIGHT in pixels, like 1280x720, not '" + size + "'");
        }
        if (wh.length != 2 || w < 640 || h < 480 || w > 7680 || h > 4320) {
            throw new BadInput("--size must be between 640x480 and 7680x4320, found " + size);
        }
        Path parent = snapshot.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new BadInput("--snapshot " + snapshot + ": the folder " + parent + " does not exist");
        }
        OutputGuard.file(snapshot, "--snapshot", scenarioFile == null ? List.of() : ScenarioReader.sources(scenarioFile),
                Png.SIGNATURE);
        if (tab != null && !List.of("Guide", "Events", "State", "All parameters").contains(tab)) {
            throw new BadInput("--tab must be Guide, Events, State or \"All parameters\", not '" + tab + "'");
        }
        for (Map.Entry<String, Double> e : earlier.entrySet()) {
            if (what.scenario() == null) {
                throw new BadInput("--earlier needs a SCENARIO or a --lesson");
            }
            try {
                what.scenario().parameters().with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new BadInput("--earlier " + e.getKey() + "=" + e.getValue() + ": " + ex.getMessage());
            }
        }
        SwingUtilities.invokeAndWait(() -> GuiFonts.scale(fontScale != null ? fontScale : GuiFonts.forScreenHeight(h)));
        AtomicReference<Exception> failed = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                TeachingWindow.snapshot(what, seed, earlier, until, new Dimension(w, h), tab, snapshot);
            } catch (Exception e) {
                failed.set(e);
            }
        });
        if (failed.get() != null) {
            throw failed.get();
        }
        return Main.OK;
    }
}
