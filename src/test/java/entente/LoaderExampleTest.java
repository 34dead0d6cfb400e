package entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import entente.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Python loader of docs/loading.md runs on a fresh run and sweep and reads them right. */
class LoaderExampleTest {
    @TempDir
    Path tmp;

    @Test
    void thePythonExampleReadsARunAndASweep() throws Exception {
        assumeTrue(python3Works(), "python3 is not available");
        Path run = tmp.resolve("run");
        Path sweep = tmp.resolve("sweep");
        assertEquals(0, cli("run", "src/test/resources/scenarios/six-states.yaml", "--no-charts", "--out", run.toString()));
        assertEquals(0, cli("sweep", "src/test/resources/experiments/small-grid.yaml", "--out", sweep.toString()));
        Path script = Files.writeString(tmp.resolve("loader.py"), codeBlock("python"));

        Process p = new ProcessBuilder("python3", script.toString(), run.toString(), sweep.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);

        String[] first = out.lines().findFirst().orElseThrow().split(" ");
        assertEquals("365", first[1], out);
        assertEquals(first[4], first[7], "the last daily value is summary.json's final: " + out);
        String runs = out.lines().skip(1).findFirst().orElseThrow();
        String seed = Files.readAllLines(sweep.resolve("runs.csv")).get(1).split(",")[3].replace("\"", "");
        assertTrue(runs.startsWith("runs " + (Files.readAllLines(sweep.resolve("runs.csv")).size() - 1) + " seed " + seed
                + " "), "the seed arrives exact, as text: " + out);
    }

    private static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int cli(String... args) {
        StringWriter sink = new StringWriter();
        return Main.execute(new PrintWriter(sink), new PrintWriter(sink), args);
    }

    /** The first fenced block of the language in docs/loading.md. */
    static String codeBlock(String language) throws IOException {
        String doc = Files.readString(Path.of("docs/loading.md"));
        int start = doc.indexOf("```" + language + "\n");
        assertTrue(start >= 0, "a " + language + " block in docs/loading.md");
        start += language.length() + 4;
        return doc.substring(start, doc.indexOf("```", start));
    }
}
