package entente.classroom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom game end to end in a real browser: src/test/browser/classroom.mjs drives
 * headless Chromium through playwright-core (installed here with npm ci) — a teacher page and
 * three team pages play five turns, one team times out, one reloads mid-turn, the debrief is
 * produced — and then the saved game, replayed headless, must give the game's events.csv byte
 * for byte. Skipped where node or Chromium is missing. Set ENTENTE_SHOTS=DIR to keep screenshots.
 */
class ClassroomBrowserTest {
    private static final Path HARNESS = Path.of("src/test/browser");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static int nodeMajor(String version) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("v(\\d+)\\.").matcher(version);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Runs a program with a time limit (killing it and its children after); returns exit code and output. */
    private Object[] run(List<String> command, Path dir, long seconds, String... env) throws IOException, InterruptedException {
        Path log = Files.createTempFile(tmp, "out", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        for (int k = 0; k + 1 < env.length; k += 2) {
            pb.environment().put(env[k], env[k + 1]);
        }
        Process p = pb.start();
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        return new Object[] {done ? p.exitValue() : -1, Files.readString(log, StandardCharsets.UTF_8)};
    }

    @Test
    void aClassPlaysInTheBrowserAndTheSavedGameReplaysExactly() throws Exception {
        assumeTrue(onPath("node") && onPath("npm"), "node and npm are not installed");
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        Object[] version = run(List.of("node", "--version"), HARNESS, 30);
        assumeTrue(nodeMajor((String) version[1]) >= 20, "playwright-core needs Node 20 or later, found " + version[1]);
        if (!Files.isRegularFile(HARNESS.resolve("node_modules/playwright-core/package.json"))) {
            Object[] npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), HARNESS, 300);
            assumeTrue((int) npm[0] == 0, "npm ci could not install playwright-core:\n" + npm[1]);
        }
        Path dir = tmp.resolve("game");
        try (ClassroomServer s = ClassroomServer.start(Games.CRISIS, List.of("USA", "KOR", "PRK"), null, 7, 120, dir,
                "127.0.0.1", 0)) {
            String token = s.teacherUrl().substring(s.teacherUrl().indexOf('#') + 1);
            List<String> env = new ArrayList<>();
            String shots = System.getenv("ENTENTE_SHOTS");
            if (shots != null) {
                env.add("SHOTS");
                env.add(Path.of(shots).toAbsolutePath().toString());
            }
            Object[] node = run(List.of("node", "classroom.mjs", s.joinUrl(), token, s.joinCode(), CHROMIUM.toString()), HARNESS, 300,
                    env.toArray(new String[0]));
            System.out.println(node[1]);
            assertEquals(0, (int) node[0], "the browser test failed:\n" + node[1]);
            assertTrue(((String) node[1]).contains(" passed, 0 failed"), (String) node[1]);
        }
        String game = Files.readString(dir.resolve("class/events.csv"));
        assertTrue(game.contains(",team,"), "the teams' moves are in events.csv");
        assertTrue(Files.readString(dir.resolve(Debrief.REPORT)).contains("agent stand-in for team PRK (no choice by the deadline, turn 3)"),
                "the late team's stand-in is marked (in events.csv too when the agent acted rather than did nothing)");
        assertTrue(game.contains(",injected,"), "the teacher's event is there");
        Path replay = tmp.resolve("replay");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", dir.resolve("scenario.yaml").toString(),
                "--out", replay.toString(), "--no-charts");
        assertEquals(0, code, err.toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("class/events.csv")), Files.readAllBytes(replay.resolve("events.csv")),
                "the saved game replays to the same events.csv");
    }
}
