package entente.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps give the same files for any thread count, and a stopped or crashed sweep resumes to the same files. */
class SweepCommandTest {
    static final Path GRID = Path.of("src/test/resources/experiments/small-grid.yaml");
    static final Path RANDOM = Path.of("src/test/resources/experiments/small-random.yaml");

    @TempDir
    Path tmp;

    static Path sweep(Path spec, Path out, String... flags) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", spec.toString(), "--out", out.toString()));
        args.addAll(List.of(flags));
        Cli r = Cli.run(args.toArray(new String[0]));
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    /** Every file under dir, by relative path. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    static void assertSameFiles(Path a, Path b) throws IOException {
        assertEquals(files(a), files(b));
        for (Path f : files(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
    }

    @Test
    void oneThreadAndTwoThreadsWriteTheSameFiles() throws IOException {
        Path one = sweep(RANDOM, tmp.resolve("one"), "--threads", "1", "--series");
        Path two = sweep(RANDOM, tmp.resolve("two"), "--threads", "2", "--series");
        assertSameFiles(one, two);
        List<String> runs = Files.readAllLines(one.resolve(SweepDir.RUNS));
        assertEquals(401, runs.size(), "a header and one line per run");
        assertEquals(List.of(Path.of("series/series-00000.csv.gz"), Path.of("series/series-00001.csv.gz")),
                files(one).stream().filter(p -> p.startsWith("series")).toList());
        assertTrue(runs.get(1).startsWith("0,0,0,"), runs.get(1));
        assertTrue(!runs.get(1).split(",", 5)[4].equals(runs.get(2).split(",", 5)[4]),
                "two replications of a point differ (their seeds do)");
    }

    @Test
    void outcomesOfTheSweepFileBecomeColumnsOfRunsAndAnalysis() throws Exception {
        String spec = Files.readString(RANDOM).replace("samples: 200", "samples: 6")
                .replace("scenario: ../scenarios/six-states.yaml",
                        "scenario: " + Path.of("src/test/resources/scenarios/six-states.yaml").toAbsolutePath())
                + """
                outcomes:
                  - {name: prk-high, kind: threshold, series: escalation.PRK, above: 3}
                  - {name: first-drill, kind: time_to_event, type: JOINT_EXERCISE, origin: decision}
                """;
        Path file = Files.writeString(tmp.resolve("outcomes.yaml"), spec);
        Path out = sweep(file, tmp.resolve("sweep"));
        List<String> runs = Files.readAllLines(out.resolve(SweepDir.RUNS));
        assertTrue(runs.get(0).endsWith(",prk-high.probability,prk-high.day,first-drill.probability,first-drill.day"),
                runs.get(0));
        for (String line : runs.subList(1, runs.size())) {
            String[] f = line.split(",");
            double p = Double.parseDouble(f[f.length - 4]);
            double day = Double.parseDouble(f[f.length - 3]);
            assertTrue(p == 0 || p == 1, line);
            assertTrue(day >= 0 && day <= 74 && (p == 1 || day == 74), "a day of the 74, or all 74: " + line);
        }
        Cli a = Cli.run("analyze", out.toString());
        assertEquals(0, a.exit(), a.err());
        assertTrue(Files.readString(out.resolve("analysis/points.csv")).contains("prk-high.probability"));
    }

    @Test
    void aStoppedSweepWithACutLineResumesToTheSameFiles() throws Exception {
        Path whole = sweep(RANDOM, tmp.resolve("whole"), "--series");
        Path cut = tmp.resolve("cut");
        Sweep s = SweepSpecReader.read(RANDOM);
        AtomicInteger checks = new AtomicInteger();
        SweepRunner.Outcome o;
        try (SweepDir dir = SweepDir.open(cut, s, true)) {
            o = new SweepRunner(s, 2, true).run(dir, quiet(s), () -> checks.incrementAndGet() > 300);
        }
        assertTrue(o.stopped());
        assertEquals(300, o.done());
        assertEquals(301, Files.readAllLines(cut.resolve(SweepDir.RUNS)).size());
        // what a crash in the middle of writing leaves: half a line and an unfinished series part
        Files.writeString(cut.resolve(SweepDir.RUNS), "300,150,0,123456", StandardOpenOption.APPEND);
        Files.writeString(cut.resolve("series/.series-00001.csv.gz.partial"), "half a part");

        Cli r = Cli.run("sweep", RANDOM.toString(), "--out", cut.toString(), "--series");

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("resuming after 256"), "series parts are redone whole: " + r.out());
        assertSameFiles(whole, cut);
    }

    @Test
    void withoutSeriesTheSweepResumesAfterTheLastWholeLine() throws Exception {
        Path whole = sweep(GRID, tmp.resolve("whole"));
        Path cut = tmp.resolve("cut");
        Sweep s = SweepSpecReader.read(GRID);
        AtomicInteger checks = new AtomicInteger();
        try (SweepDir dir = SweepDir.open(cut, s, false)) {
            new SweepRunner(s, 1, false).run(dir, quiet(s), () -> checks.incrementAndGet() > 7);
        }
        Files.writeString(cut.resolve(SweepDir.RUNS), "7,2,1,99", StandardOpenOption.APPEND);

        Cli r = Cli.run("sweep", GRID.toString(), "--out", cut.toString(), "--threads", "2");

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("resuming after 7"), r.out());
        assertSameFiles(whole, cut);
        Cli again = Cli.run("sweep", GRID.toString(), "--out", cut.toString());
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("all 18 runs are already done"), again.out());
    }

    @Test
    void aFolderOfAnotherSpecOrSettingIsRefused() throws IOException {
        Path spec = tmp.resolve("grid.yaml");
        Files.writeString(spec, Files.readString(GRID).replace("../scenarios/six-states.yaml",
                Path.of("src/test/resources/scenarios/six-states.yaml").toAbsolutePath().toString()));
        Path out = sweep(spec, tmp.resolve("out"));
        byte[] before = Files.readAllBytes(out.resolve(SweepDir.RUNS));

        Cli series = Cli.run("sweep", spec.toString(), "--out", out.toString(), "--series");
        assertEquals(2, series.exit());
        assertTrue(series.err().contains("series: this folder holds a sweep made with series false, not true"),
                series.err());

        Files.writeString(spec, Files.readString(spec).replace("seed: 11", "seed: 12"));
        Cli changed = Cli.run("sweep", spec.toString(), "--out", out.toString());
        assertEquals(2, changed.exit());
        assertTrue(changed.err().contains("sweep_sha256: this folder holds a sweep made with sweep_sha256"),
                changed.err());
        assertTrue(changed.err().contains("use another --out, or the original file"), changed.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve(SweepDir.RUNS)), "nothing was mixed in");
    }

    @Test
    void sweepAndAnalyzeHaveHelp() {
        for (String cmd : List.of("sweep", "analyze")) {
            Cli r = Cli.run(cmd, "--help");
            assertEquals(0, r.exit());
            assertTrue(r.out().contains("Usage: entente " + cmd), r.out());
        }
    }

    private static Progress quiet(Sweep s) {
        return new Progress(new PrintWriter(Writer.nullWriter()), false, s.runs(), 0);
    }
}
