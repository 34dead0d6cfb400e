package entente.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.io.OutputMarker;
import entente.io.Refused;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's "save results" follows the same rule as --out: only what Entente wrote is replaced. */
class SaveResultsSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void savingOverAUsersFolderOrTheScenarioIsRefused() throws Exception {
        Path scenario = Files.createDirectories(tmp.resolve("mine")).resolve("six.yaml");
        Files.copy(TestScenarios.SIX_STATES, scenario);
        EntenteGui gui = new EntenteGui(TestScenarios.load(scenario), 11);
        gui.start();
        for (int day = 0; day < 20; day++) {
            assertTrue(gui.step());
        }
        String m = assertThrows(Refused.class, () -> gui.saveResults(tmp.resolve("mine"))).getMessage();
        assertTrue(m.contains("an input of this command") || m.contains("was not written by Entente"), m);
        assertEquals(1, Files.list(tmp.resolve("mine")).count(), "the scenario alone, untouched");
        Path saved = tmp.resolve("saved");
        gui.saveResults(saved);
        assertEquals(Optional.of("run"), OutputMarker.kind(saved));
        gui.saveResults(saved); // its own results are replaced
    }
}
