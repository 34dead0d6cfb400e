package entente.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --until D --checkpoint F} then {@code run --resume F} writes what one run writes. */
class CheckpointCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aResumedRunWritesTheSameTablesAsOneRun() throws IOException {
        String scenario = TestScenarios.BASELINE.toString();
        Path file = tmp.resolve("baseline.checkpoint");
        Cli whole = Cli.run("run", scenario, "--no-charts", "--out", tmp.resolve("whole").toString());
        assertEquals(0, whole.exit(), whole.err());
        Cli first = Cli.run("run", scenario, "--no-charts", "--until", "2022-05-31", "--checkpoint", file.toString(),
                "--out", tmp.resolve("first").toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("entente run --resume " + file), first.out());
        Cli rest = Cli.run("run", "--resume", file.toString(), "--no-charts", "--out", tmp.resolve("rest").toString());
        assertEquals(0, rest.exit(), rest.err());
        for (String table : new String[] {"timeseries.csv", "events.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole").resolve(table)),
                    Files.readAllBytes(tmp.resolve("rest").resolve(table)), table);
        }
    }

    @Test
    void checkpointsNeedADateAndNeverReplaceOtherFiles() throws IOException {
        String scenario = TestScenarios.BASELINE.toString();
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "mine");
        Cli noDate = Cli.run("run", scenario, "--checkpoint", tmp.resolve("x.checkpoint").toString());
        assertEquals(2, noDate.exit());
        assertTrue(noDate.err().contains("give --until too"), noDate.err());
        Cli overwrite = Cli.run("run", scenario, "--until", "2022-01-31", "--checkpoint", notes.toString(),
                "--out", tmp.resolve("o").toString());
        assertEquals(2, overwrite.exit());
        assertTrue(overwrite.err().contains("is not an Entente checkpoint"), overwrite.err());
        assertEquals("mine", Files.readString(notes));
        Cli bad = Cli.run("run", "--resume", notes.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("not an Entente checkpoint"), bad.err());
        Cli both = Cli.run("run", scenario, "--resume", notes.toString());
        assertEquals(2, both.exit());
    }
}
