package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.io.OutputMarker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --out never deletes what Entente did not write; every output folder carries Entente's marker. */
class OutputSafetyTest {
    private static final String SIX = TestScenarios.SIX_STATES.toString();

    @TempDir
    Path tmp;

    private static void refusedAndIntact(Path root, String expected, String... args) {
        Map<String, String> before = Trees.of(root);
        Cli r = Cli.run(args);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(before, Trees.of(root), "nothing written or deleted");
    }

    @Test
    void runNeverReplacesAFileAFolderOfSomeoneElseOrAFolderHoldingItsInput() throws IOException {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "mine");
        refusedAndIntact(tmp, "--out " + notes + ": is a file, not a folder", "run", SIX, "--out", notes.toString());
        Path home = Files.createDirectories(tmp.resolve("home/docs"));
        Files.writeString(home.resolve("letter.txt"), "dear");
        refusedAndIntact(tmp, "was not written by Entente", "run", SIX, "--out", home.getParent().toString());
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Path copy = Files.copy(TestScenarios.SIX_STATES, scenarios.resolve("six.yaml"));
        refusedAndIntact(tmp, "holds " + copy + ", an input of this command", "run", copy.toString(), "--out", scenarios.toString());

        // a marked folder that holds the scenario (as a sweep folder holds scenario.yaml) is not replaced either
        Path run = tmp.resolve("run");
        assertEquals(0, Cli.run("run", SIX, "--until", "2022-01-10", "--out", run.toString(), "--no-charts").exit());
        Path inside = Files.copy(TestScenarios.SIX_STATES, run.resolve("scenario.yaml"));
        refusedAndIntact(tmp, "an input of this command", "run", inside.toString(), "--out", run.toString());

        // nor one holding a parent it extends
        Path parentDir = tmp.resolve("parents");
        assertEquals(0, Cli.run("run", SIX, "--until", "2022-01-10", "--out", parentDir.toString(), "--no-charts").exit());
        Files.copy(TestScenarios.SIX_STATES, parentDir.resolve("six.yaml"));
        Path child = Files.writeString(tmp.resolve("child.yaml"), "extends: parents/six.yaml\nname: child\n");
        refusedAndIntact(tmp, "holds " + parentDir.resolve("six.yaml").toAbsolutePath().normalize(),
                "run", child.toString(), "--out", parentDir.toString());
    }

    @Test
    void analyzeNeverReplacesTheSweepItAnalyses() throws IOException {
        Path sweep = SweepCommandTest.sweep(SweepCommandTest.GRID, tmp.resolve("sweep"));
        refusedAndIntact(tmp, "an input of this command", "analyze", sweep.toString(), "--out", sweep.toString());
        refusedAndIntact(tmp, "holds Entente's sweep output, not a run output", "run", SIX, "--out", sweep.toString());
    }

    @Test
    void everyOutputFolderCarriesTheMarkerAndIsReplacedByItsKind() throws IOException {
        Path run = tmp.resolve("run");
        Path compare = tmp.resolve("compare");
        Path sweep = tmp.resolve("sweep");
        assertEquals(0, Cli.run("run", SIX, "--until", "2022-01-31", "--out", run.toString()).exit());
        assertEquals(0, Cli.run("compare", SIX, SIX, "-r", "2", "--until", "2022-01-31", "--no-charts",
                "--out", compare.toString()).exit());
        SweepCommandTest.sweep(SweepCommandTest.GRID, sweep);
        assertEquals(0, Cli.run("analyze", sweep.toString()).exit());
        assertEquals(Optional.of("run"), OutputMarker.kind(run));
        assertEquals(Optional.of("compare"), OutputMarker.kind(compare));
        assertEquals(Optional.of("sweep"), OutputMarker.kind(sweep));
        assertEquals(Optional.of("analysis"), OutputMarker.kind(sweep.resolve("analysis")));
        assertEquals(0, Cli.run("analyze", sweep.toString()).exit(), "its own analysis is replaced");
        assertEquals(0, Cli.run("run", SIX, "--until", "2022-01-31", "--out", run.toString()).exit());
        refusedAndIntact(tmp, "holds Entente's compare output", "run", SIX, "--out", compare.toString());
    }

    @Test
    void reportAndDeriveNeverReplaceAFileEntenteDidNotWrite() throws IOException {
        Path run = tmp.resolve("run");
        assertEquals(0, Cli.run("run", SIX, "--until", "2022-01-31", "--out", run.toString()).exit());
        Path page = Files.writeString(tmp.resolve("page.html"), "<p>my page</p>");
        refusedAndIntact(tmp, "--out " + page + ": exists and was not written by Entente", "report", run.toString(),
                "-o", page.toString());
        refusedAndIntact(tmp, "exists and was not written by Entente", "report", run.toString(),
                "-o", run.resolve("summary.json").toString());
        assertEquals(0, Cli.run("report", run.toString()).exit());
        assertEquals(0, Cli.run("report", run.toString()).exit(), "its own report is replaced");
        Path notes = Files.writeString(tmp.resolve("notes.yaml"), "mine: 1\n");
        refusedAndIntact(tmp, "--out " + notes + ": exists and was not written by Entente", "derive",
                "scenarios/evidence", "--output", notes.toString());
        Path derived = tmp.resolve("derived.yaml");
        assertEquals(0, Cli.run("derive", "scenarios/evidence", "--output", derived.toString()).exit());
        assertEquals(0, Cli.run("derive", "scenarios/evidence", "--output", derived.toString()).exit());
    }

    /**
     * The check, as a user would meet it: in a throwaway copy of a project, with a
     * scenario, a .git folder and notes, {@code run --out .}, {@code --out ''} and, from
     * results/, {@code --out ..} exit 2 with one line and leave every file as it was.
     */
    @Test
    void inAThrowawayCopyOutDotExitsTwoAndTheCopyIsIntact() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        Files.createDirectories(copy.resolve("scenarios"));
        Files.copy(TestScenarios.BASELINE, copy.resolve("scenarios/baseline-2021-2023.yaml"));
        Files.createDirectories(copy.resolve(".git/objects"));
        Files.writeString(copy.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(copy.resolve("notes.txt"), "my notes\n");
        Files.createDirectories(copy.resolve("results"));
        Map<String, String> before = Trees.of(copy);
        String scenario = "scenarios/baseline-2021-2023.yaml";
        List<String> lines = new ArrayList<>();
        lines.add(child(copy, "current folder", "run", scenario, "--out", "."));
        lines.add(child(copy, "current folder", "run", scenario, "--out", ""));
        lines.add(child(copy.resolve("results"), "holds the current folder", "run", "../" + scenario, "--out", ".."));
        assertEquals(before, Trees.of(copy), "the copy is intact");
        System.out.println("throwaway copy: " + String.join(" | ", lines));
    }

    /** Runs entente in a child JVM in {@code dir}; expects exit 2 and one line; returns what it measured. */
    private String child(Path dir, String expected, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path err = tmp.resolve("child-" + System.nanoTime() + ".err");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
        long ms = (System.nanoTime() - start) / 1_000_000;
        String message = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(expected), message);
        return String.join(" ", args) + " -> exit 2 in " + ms + " ms: " + message.strip();
    }

    @Test
    void noHiddenLeftoversAfterARefusal() throws IOException {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "mine");
        Cli.run("run", SIX, "--out", notes.toString());
        try (Stream<Path> s = Files.list(tmp)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".")));
        }
    }
}
