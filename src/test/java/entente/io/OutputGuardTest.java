package entente.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an output may replace: only what Entente wrote, never an input, the root or the current folder. */
class OutputGuardTest {
    @TempDir
    Path tmp;

    private static String refused(Path target, OutputKind kind, List<Path> inputs) {
        return assertThrows(Refused.class, () -> OutputGuard.folder(target, "--out", kind, inputs)).getMessage();
    }

    @Test
    void theCurrentFolderItsAncestorsAndTheRootAreRefused() {
        assertTrue(refused(Path.of("."), OutputKind.RUN, List.of()).contains("is the current folder"));
        assertTrue(refused(Path.of(""), OutputKind.RUN, List.of()).startsWith("--out '': is the current folder"));
        assertTrue(refused(Path.of(".."), OutputKind.RUN, List.of()).contains("holds the current folder"));
        assertTrue(refused(Path.of("src/.."), OutputKind.RUN, List.of()).contains("is the current folder"));
        assertTrue(refused(Path.of("/"), OutputKind.RUN, List.of()).contains("is the root folder"));
    }

    @Test
    void aPlainFileIsNotReplacedByAFolder() throws IOException {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertTrue(refused(notes, OutputKind.RUN, List.of()).contains("is a file, not a folder"));
    }

    @Test
    void aFolderWithoutTheMarkerIsReplacedOnlyWhenEmpty() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertDoesNotThrow(() -> OutputGuard.folder(empty, "--out", OutputKind.RUN, List.of()));
        assertDoesNotThrow(() -> OutputGuard.folder(tmp.resolve("new/deeper"), "--out", OutputKind.RUN, List.of()));
        Path mine = Files.createDirectory(tmp.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "years of work");
        String m = refused(mine, OutputKind.RUN, List.of());
        assertTrue(m.contains("was not written by Entente") && m.contains(mine.toString()), m);
        Files.writeString(mine.resolve(OutputMarker.FILE), "kind: run\n"); // not Entente's own text
        refused(mine, OutputKind.RUN, List.of());
    }

    @Test
    void aMarkedFolderIsReplacedOnlyByTheSameKindOfOutput() throws IOException {
        Path run = tmp.resolve("run");
        RunFolder.write(run, OutputKind.RUN, dir -> Files.writeString(dir.resolve("summary.json"), "{}"));
        assertEquals(Optional.of("run"), OutputMarker.kind(run));
        assertDoesNotThrow(() -> OutputGuard.folder(run, "--out", OutputKind.RUN, List.of()));
        assertTrue(refused(run, OutputKind.SWEEP, List.of()).contains("holds Entente's run output, not a sweep output"));
    }

    @Test
    void aFolderHoldingAnInputIsRefused() throws IOException {
        Path run = tmp.resolve("run");
        RunFolder.write(run, OutputKind.RUN, dir -> Files.writeString(dir.resolve("scenario.yaml"), "name: x"));
        Path input = run.resolve("scenario.yaml");
        String m = refused(run, OutputKind.RUN, List.of(input));
        assertTrue(m.contains("holds " + input + ", an input of this command"), m);
        Path link = Files.createSymbolicLink(tmp.resolve("alias"), run);
        refused(link, OutputKind.RUN, List.of(input)); // the same folder by another name
    }

    @Test
    void aSingleFileIsReplacedOnlyIfItCarriesItsSignature() throws IOException {
        Path mine = Files.writeString(tmp.resolve("notes.html"), "<p>my notes</p>");
        String m = assertThrows(Refused.class, () -> OutputGuard.file(mine, "--out", List.of(), "<meta name=\"generator\"")).getMessage();
        assertTrue(m.startsWith("--out " + mine + ": exists and was not written by Entente"), m);
        Path own = Files.writeString(tmp.resolve("report.html"), "<head><meta name=\"generator\" content=\"Entente\">");
        assertDoesNotThrow(() -> OutputGuard.file(own, "--out", List.of(), "<meta name=\"generator\""));
        assertThrows(Refused.class, () -> OutputGuard.file(tmp, "--out", List.of(), "x"), "a folder is not a file");
        Path evidence = Files.createDirectory(tmp.resolve("evidence"));
        assertThrows(Refused.class, () -> OutputGuard.file(evidence.resolve("new.yaml"), "-o", List.of(evidence), "x"),
                "a new file inside an input folder would be read as input next time");
    }

    @Test
    void aNewWriteClearsWhatAKilledOneLeftBeside() throws IOException {
        Path target = tmp.resolve("out");
        Path partial = Files.createDirectories(tmp.resolve(".out.partial-123/sub"));
        Path old = Files.createDirectories(tmp.resolve(".out.old-456"));
        Path other = Files.createDirectories(tmp.resolve(".other.partial-1"));
        Path file = Files.writeString(tmp.resolve(".out.partial-789"), "half a file");
        RunFolder.write(target, OutputKind.RUN, dir -> Files.writeString(dir.resolve("a.csv"), "a\n"));
        assertFalse(Files.exists(partial.getParent()));
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(file));
        assertTrue(Files.exists(other), "another output's leftovers are its own business");
        try (Stream<Path> s = Files.list(target)) {
            assertEquals(List.of(".entente-output", "a.csv"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void createNeverReplaces() throws IOException {
        Path target = tmp.resolve("sweep");
        assertTrue(RunFolder.create(target, OutputKind.SWEEP, dir -> Files.writeString(dir.resolve("a"), "first")));
        Files.delete(target.resolve(OutputMarker.FILE)); // as if another process's folder
        assertThrows(Refused.class, () -> RunFolder.create(target, OutputKind.SWEEP, dir -> Files.writeString(dir.resolve("a"), "2")));
        assertEquals("first", Files.readString(target.resolve("a")));
    }
}
