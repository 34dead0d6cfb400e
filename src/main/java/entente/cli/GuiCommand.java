package entente.cli;

import entente.gui.EntenteGui;
import entente.gui.GuiFonts;
import entente.gui.GuiWindows;
import entente.scenario.Scenario;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente gui}: the teaching GUI on a scenario. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the teaching GUI: map, live charts, parameters, event injection (needs a display).")
final class GuiCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "scenario file (default: ${DEFAULT-VALUE})")
    Path scenarioFile = Path.of("scenarios", "baseline-2021-2023.yaml");

    @Option(names = "--seed", description = "first seed in the Console (default: the scenario's seed)")
    Long seed;

    @Option(names = "--font-scale", description = "size of the window lettering, 1 = Swing's own (default: ${DEFAULT-VALUE})")
    float fontScale = 1.25f;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInput("entente gui needs a display: none is available (is DISPLAY set? on a server, "
                    + "run it under xvfb-run)");
        }
        if (fontScale < 0.5f || fontScale > 4f) {
            throw new BadInput("--font-scale must be between 0.5 and 4, found " + fontScale);
        }
        Scenario s = ScenarioArgs.load(scenarioFile, null);
        AtomicReference<EntenteGui> gui = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                GuiFonts.scale(fontScale);
                gui.set(GuiWindows.open(s, seed == null ? s.seed() : seed));
            });
        } catch (AWTError e) { // a display is named but cannot be reached
            throw new BadInput("entente gui cannot open a window: " + e.getMessage());
        }
        // Closing the Console ends the program (MASON exits); until then the windows run the show.
        gui.get().awaitClose();
        return Main.OK;
    }
}
