package entente.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import entente.experiment.Sweep;
import entente.experiment.SweepDir;
import entente.experiment.SweepRunner;
import entente.experiment.SweepSpecReader;
import entente.util.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark's retries of failed tasks and what a dead driver left behind neither duplicate nor lose a run. */
class SparkRetryTest {
    private static final Path GRID = Path.of("src/test/resources/experiments/small-grid.yaml");
    /** Failures injected; a static field, so the tasks (same JVM in local mode) count here. */
    private static final AtomicInteger FAILURES = new AtomicInteger();

    @TempDir
    Path tmp;

    @Test
    void tasksThatFailAfterWritingTheirPartAreRetriedWithoutDuplicates() throws Exception {
        Sweep s = SweepSpecReader.read(GRID);
        SweepDir local = SweepDir.open(tmp.resolve("local"), s, true);
        new SweepRunner(s, 1, true).run(local, quiet(s), () -> false);

        SweepDir dir = SweepDir.open(tmp.resolve("spark"), s, true);
        Path parts = dir.path().resolve(SparkSweep.PARTS);
        Files.createDirectories(parts);
        // left by a driver that died: a dead attempt's temporary file and a part of another plan
        Files.writeString(parts.resolve(".runs-0000000003-0000000006.part.7.tmp"), "half a part");
        Files.writeString(parts.resolve("runs-0000000000-0000000005.part"), "a part of other ranges");
        FAILURES.set(0);
        // local[2,4]: two cores, a task may fail up to 4 times; odd tasks fail once, after their part is written
        PartTask.AfterPart failOnce = range -> {
            if (range.index() % 2 == 1 && TaskContext.get().attemptNumber() == 0) {
                FAILURES.incrementAndGet();
                throw new IOException("injected failure of task " + range.index() + " after its part was written");
            }
        };

        SweepRunner.Outcome o = new SparkSweep(s, dir, true).run("local[2,4]", 3, quiet(s), () -> false, failOnce);

        assertEquals(new SweepRunner.Outcome(18, 18, false), o);
        assertEquals(3, FAILURES.get(), "tasks 1, 3 and 5 of six failed once each");
        for (String f : new String[] {SweepDir.RUNS, "series/series-00000.csv.gz"}) {
            assertArrayEquals(Files.readAllBytes(local.path().resolve(f)), Files.readAllBytes(dir.path().resolve(f)), f);
        }
        assertFalse(Files.exists(parts), "the parts are gone once runs.csv holds them");
    }

    @Test
    void aStoppedSparkSweepKeepsWholeLinesAndResumesToTheSameFiles() throws Exception {
        Sweep s = SweepSpecReader.read(GRID);
        SweepDir local = SweepDir.open(tmp.resolve("local"), s, false);
        new SweepRunner(s, 1, false).run(local, quiet(s), () -> false);
        SweepDir dir = SweepDir.open(tmp.resolve("spark"), s, false);

        // Ctrl-C at once: the job is cancelled with whatever parts were done by then
        SweepRunner.Outcome stopped = new SparkSweep(s, dir, false).run("local[1]", 1, quiet(s), () -> true,
                PartTask.AfterPart.NONE);
        assertTrue(stopped.stopped(), "stopped after " + stopped.done() + " runs");
        List<String> lines = Files.readAllLines(dir.path().resolve(SweepDir.RUNS));
        assertEquals(stopped.done() + 1, lines.size(), "a header and the runs appended, whole");
        assertEquals(Files.readAllLines(local.path().resolve(SweepDir.RUNS)).subList(0, lines.size()), lines);

        dir.close(); // the stopped sweep gives its lock back, as the process that ran it would on exit
        SweepDir again = SweepDir.open(dir.path(), s, false);
        assertEquals(stopped.done(), again.done());
        new SparkSweep(s, again, false).run("local[2]", 4, quiet(s), () -> false, PartTask.AfterPart.NONE);
        assertArrayEquals(Files.readAllBytes(local.path().resolve(SweepDir.RUNS)),
                Files.readAllBytes(dir.path().resolve(SweepDir.RUNS)));
    }

    @Test
    void tasksAreWholePointsOfAboutFourPerCore() {
        assertEquals(250, RunRange.runsPerTask(0, 2000, 2, 1), "2000 runs on 2 cores: 8 tasks");
        assertEquals(240, RunRange.runsPerTask(0, 2000, 2, 40), "whole points of 40 replications");
        assertEquals(1000, RunRange.runsPerTask(0, 10_000_000, 100, 1), "at most 1,000 runs");
        assertEquals(3, RunRange.runsPerTask(0, 18, 2, 40), "part of a point when a task holds less than one");
        assertEquals(7, RunRange.runsPerTask(7, 18, 2, 3), "as asked");
        assertEquals(List.of(new RunRange(0, 7, 9), new RunRange(1, 9, 12), new RunRange(2, 12, 13)),
                RunRange.plan(7, 13, 3), "cut at multiples of the size, resuming after run 7");
    }

    private static Progress quiet(Sweep s) {
        return new Progress(new PrintWriter(Writer.nullWriter()), false, s.runs(), 0);
    }
}
