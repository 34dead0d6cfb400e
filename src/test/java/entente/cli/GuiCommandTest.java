package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Without a display the GUI refuses with one clear line, exit code 2 (tests run headless). */
class GuiCommandTest {
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
    }
}
