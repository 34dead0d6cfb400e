package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.experiment.SweepDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep whose process is killed outright (SIGKILL) resumes to the files of a sweep that never stopped. */
class SweepCrashTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledSweepResumesToTheSameFiles() throws Exception {
        Path killed = tmp.resolve("killed");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sweep", SweepCommandTest.RANDOM.toString(), "--out", killed.toString(), "--series", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lines(killed.resolve(SweepDir.RUNS)) < 300 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertTrue(child.isAlive(), "the sweep is still running when killed: " + Files.readString(tmp.resolve("child.log")));
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            child.waitFor();
        }
        long done = lines(killed.resolve(SweepDir.RUNS)) - 1;
        assertTrue(done >= 299 && done < 400, "killed midway, after " + done + " runs");

        Cli r = Cli.run("sweep", SweepCommandTest.RANDOM.toString(), "--out", killed.toString(), "--series");
        assertEquals(0, r.exit(), r.err());
        // the runs of the unfinished second series part (256 runs each) are done again
        assertTrue(r.out().contains("resuming after 256"), r.out());

        Path whole = SweepCommandTest.sweep(SweepCommandTest.RANDOM, tmp.resolve("whole"), "--series");
        SweepCommandTest.assertSameFiles(whole, killed);
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        return Files.readString(file).chars().filter(c -> c == '\n').count();
    }
}
