package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a display the window refuses with one clear line, exit code 2 (tests run headless);
 * --snapshot draws it into a PNG anyway; bad options get one line and exit code 2.
 */
class GuiCommandTest {
    @TempDir
    Path tmp;

    @Test
    void withoutADisplayItSaysSoAndExitsWithBadInput() {
        Cli r = Cli.run("gui", "src/test/resources/scenarios/six-states.yaml");
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("needs a display") && r.err().contains("xvfb-run"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void isListedInTheHelp() {
        assertTrue(Cli.run("--help").out().contains("gui"));
        assertTrue(Cli.run("gui", "--help").out().contains("--snapshot"));
    }

    @Test
    void aSnapshotIsAPictureOfTheWindowAtItsSize() throws IOException {
        Path png = tmp.resolve("window.png");
        Cli r = Cli.run("gui", "--lesson", "security-dilemma", "--until", "2022-06-30", "--earlier",
                "dynamics.reactivity=0.012", "--size", "1280x720", "--tab", "Events", "--snapshot", png.toString());
        assertEquals(0, r.exit(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
        Path start = tmp.resolve("start.png");
        assertEquals(0, Cli.run("gui", "--snapshot", start.toString(), "--size", "1920x1080").exit());
        assertEquals(1920, ImageIO.read(start.toFile()).getWidth());
    }

    @Test
    void badOptionsGetOneLineAndNothingIsWritten() {
        Path png = tmp.resolve("w.png");
        String[][] cases = {
            {"no lesson 'nope'", "gui", "--lesson", "nope", "--snapshot", png.toString()},
            {"--size must be WIDTHxHEIGHT", "gui", "--size", "big", "--snapshot", png.toString()},
            {"--size must be between", "gui", "--size", "100x100", "--snapshot", png.toString()},
            {"--tab must be", "gui", "--lesson", "seoul-hedging", "--tab", "Map", "--snapshot", png.toString()},
            {"is outside the period", "gui", "--lesson", "seoul-hedging", "--until", "2020-01-01", "--snapshot",
                png.toString()},
            {"--earlier dynamics.nope=1.0: unknown parameter", "gui", "--lesson", "seoul-hedging", "--earlier",
                "dynamics.nope=1", "--snapshot", png.toString()},
            {"does not exist", "gui", "--snapshot", tmp.resolve("missing/w.png").toString()},
            {"not both", "gui", "--lesson", "seoul-hedging", "scenarios/baseline-2021-2023.yaml"},
            {"go with --snapshot", "gui", "--until", "2022-01-01", "--lesson", "security-dilemma"},
        };
        for (String[] c : cases) {
            Cli r = Cli.run(java.util.Arrays.copyOfRange(c, 1, c.length));
            assertEquals(Main.BAD_INPUT, r.exit(), String.join(" ", c) + ": " + r.err());
            assertTrue(r.err().contains(c[0]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertFalse(Files.exists(png));
    }
}
