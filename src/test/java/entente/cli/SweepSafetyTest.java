package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.experiment.Sweep;
import entente.experiment.SweepDir;
import entente.experiment.SweepSpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per sweep folder, and a resume that trusts only what it can verify of runs.csv:
 * what a crash leaves at the end is repaired (and the resumed sweep equals one never stopped),
 * anything else is refused with the line and the reason.
 */
class SweepSafetyTest {
    private static final Path GRID = SweepCommandTest.GRID;

    @TempDir
    static Path shared;
    static Path whole;

    @TempDir
    Path tmp;

    @BeforeAll
    static void wholeSweep() {
        whole = SweepCommandTest.sweep(GRID, shared.resolve("whole"));
    }

    @Test
    void aSecondWriterIsToldWhichProcessHoldsTheFolder() throws Exception {
        Path dir = tmp.resolve("busy");
        Sweep s = SweepSpecReader.read(GRID);
        try (SweepDir held = SweepDir.open(dir, s, false)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path err = tmp.resolve("child.err");
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "sweep", GRID.toString(), "--out", dir.toString()).redirectError(err.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            String message = Files.readString(err);
            assertEquals(2, child.exitValue(), message);
            assertEquals(dir + ": sweep folder is in use by process " + ProcessHandle.current().pid()
                    + " (another entente sweep is writing it: wait for it to finish, or stop it)", message.strip());
            Cli same = Cli.run("sweep", GRID.toString(), "--out", dir.toString());
            assertEquals(2, same.exit(), "a second writer in the same process too");
            assertEquals(1, Files.readAllLines(dir.resolve(SweepDir.RUNS)).size(), "nothing written by either");
        }
        SweepCommandTest.sweep(GRID, dir);
        SweepCommandTest.assertSameFiles(whole, dir);
    }

    /** A copy of the whole sweep with runs.csv edited. */
    private Path edited(String name, UnaryOperator<String> edit) throws IOException {
        Path dir = tmp.resolve(name);
        try (Stream<Path> files = Files.walk(whole)) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(whole.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path runs = dir.resolve(SweepDir.RUNS);
        Files.writeString(runs, edit.apply(Files.readString(runs, StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
        return dir;
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static String edit(String text, int line, UnaryOperator<String> how) {
        List<String> l = lines(text);
        l.set(line - 1, how.apply(l.get(line - 1)));
        return String.join("\n", l);
    }

    private void refused(String name, UnaryOperator<String> edit, String message) throws IOException {
        Path dir = edited(name, edit);
        Map<String, String> before = Trees.of(dir);
        Cli r = Cli.run("sweep", GRID.toString(), "--out", dir.toString());
        assertEquals(2, r.exit(), name + ": " + r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(dir.resolve(SweepDir.RUNS) + ":"), r.err());
        assertTrue(r.err().contains(message), name + ": " + r.err());
        assertTrue(r.err().contains("runs.csv cannot be trusted"), r.err());
        Map<String, String> after = Trees.of(dir);
        after.remove(".sweep.lock");
        before.remove(".sweep.lock");
        assertEquals(before, after, "nothing changed");
    }

    private void repaired(String name, UnaryOperator<String> edit, String warning) throws IOException {
        Path dir = edited(name, edit);
        Cli r = Cli.run("sweep", GRID.toString(), "--out", dir.toString());
        assertEquals(0, r.exit(), name + ": " + r.err());
        assertTrue(r.err().contains("entente: warning: ") && r.err().contains(warning), name + ": " + r.err());
        SweepCommandTest.assertSameFiles(whole, dir);
    }

    @Test
    void editedForgedDuplicatedOrDamagedLinesAreRefused() throws IOException {
        refused("value", t -> edit(t, 7, l -> l.substring(0, l.lastIndexOf(',') + 1) + "0.999"),
                "runs.csv:7: the values of run 5 differ from those the sweep wrote (the line was edited)");
        refused("duplicate", t -> edit(t, 4, l -> l + "\n" + l), "runs.csv:5: run 2 appears twice (lines 4 and 5)");
        refused("forged-id", t -> edit(t, 7, l -> "9" + l.substring(1)),
                "runs.csv:7: expected run 5 here, found run 9 (lines out of order, or forged)");
        refused("design", t -> edit(t, 7, l -> {
            String[] f = l.split(",", -1);
            f[4] = "7.5"; // the first factor's value
            return String.join(",", f);
        }),
                "the point, replication, seed or factor values of run 5 are not those of the sweep's design");
        refused("nul-middle", t -> edit(t, 5, l -> l.substring(0, 8) + "\0\0\0" + l.substring(11)),
                "runs.csv:5: NUL bytes in a line");
        refused("cut-middle", t -> edit(t, 5, l -> "\0\0\0\0"), "NUL bytes before whole lines");
        refused("header-less", t -> t.substring(t.indexOf('\n') + 1), "runs.csv:1: the header differs");
        refused("columns", t -> edit(t, 6, l -> l + ",1"), "runs.csv:6: run 4 has");
        refused("extra", t -> t + lines(t).get(18) + "\n", "the sweep has 18 runs, but runs.csv goes on");
    }

    @Test
    void whatACrashLeavesAtTheEndIsRepaired() throws IOException {
        repaired("cut", t -> t.substring(0, t.length() - 30), "a line cut short");
        repaired("nul-tail", t -> t.substring(0, t.lastIndexOf('\n', t.length() - 2) + 1) + "\0".repeat(60),
                "a line cut short");
        repaired("nul-lines", t -> t + "\0\0\0\n\0\0", "NUL bytes");
        repaired("empty", t -> "", "was missing or empty: wrote its header");
    }

    @Test
    void linesWithoutTheirDigestAreRunAgain() throws IOException {
        Path dir = edited("digests", t -> t);
        Path digests = dir.resolve(".runs.digests");
        List<String> d = Files.readAllLines(digests);
        Files.write(digests, d.subList(0, d.size() - 3));
        Cli r = Cli.run("sweep", GRID.toString(), "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("resuming after 15"), r.out());
        assertTrue(r.err().contains("dropped 3 line(s) at the end (runs written after the last recorded digest"), r.err());
        SweepCommandTest.assertSameFiles(whole, dir);
    }
}
