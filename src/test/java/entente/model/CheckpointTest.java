package entente.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import entente.TestScenarios;
import entente.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run saved mid-way and continued equals the run that never stopped, day for day. */
class CheckpointTest {
    @TempDir
    Path tmp;

    @Test
    void aResumedRunEqualsTheUninterruptedOne() throws IOException {
        Scenario s = TestScenarios.load(TestScenarios.BASELINE);
        RunRecord whole = EntenteModel.run(s, 99);

        EntenteModel first = EntenteModel.started(s, 99);
        first.runThrough(LocalDate.of(2022, 6, 30));
        Path file = tmp.resolve("mid.checkpoint");
        first.writeCheckpoint(file);
        assertEquals(LocalDate.of(2022, 7, 1), s.start().plusDays(first.today()), "stopped after the date");
        RunRecord resumed = EntenteModel.readCheckpoint(file).finishRun();

        assertEquals(whole.days(), resumed.days());
        assertEquals(whole.keys(), resumed.keys());
        for (RunRecord.Key k : whole.keys()) {
            assertArrayEquals(whole.series(k), resumed.series(k), k.toString());
        }
        assertEquals(whole.events().size(), resumed.events().size());
        for (int i = 0; i < whole.events().size(); i++) {
            ModelEvent a = whole.events().get(i);
            ModelEvent b = resumed.events().get(i);
            assertEquals(a.day() + " " + a.id() + " " + a.why(), b.day() + " " + b.id() + " " + b.why());
        }
    }

    @Test
    void aFileThatIsNoCheckpointIsRefusedWithAReason() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "my notes");
        IOException e = assertThrows(IOException.class, () -> EntenteModel.readCheckpoint(file));
        assertEquals(true, e.getMessage().contains("not an Entente checkpoint"), e.getMessage());
    }
}
