package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.experiment.SweepDir;
import entente.experiment.SweepSpecReader;
import entente.scenario.ScenarioWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs over every command, as a user or an attacker would give them. For each: the
 * exit code, one line that names the file or option (plus warnings, each on its own line), no
 * stack trace, nothing written or deleted outside the intended output (the project's inputs and
 * every file the case made are as they were), and an answer within 30 seconds.
 */
class HostileInputBatteryTest {
    private static final String SIX = TestScenarios.SIX_STATES.toString();
    private static final String SECRET = "s3cr3t-token-that-must-not-be-shown";
    private static final List<Path> PROJECT = List.of(Path.of("scenarios"), Path.of("experiments"), Path.of("data"));

    /** What a case holds open while the command runs (a sweep folder's lock). */
    private static final ThreadLocal<List<AutoCloseable>> HELD = new ThreadLocal<>();

    @TempDir
    Path tmp;

    /** What a case sets up in its folder, and the command line it then gives. */
    interface Setup {
        List<String> args(Path tmp) throws Exception;
    }

    /** @param fragment what the message must say (with {tmp} for the case's folder) */
    record Case(String name, int exit, String fragment, Setup setup) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case bad(String name, String fragment, Setup setup) {
        return new Case(name, 2, fragment, setup);
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        // ---- run: where it writes
        c.add(bad("run --out /", "--out /: is the root folder", t -> List.of("run", SIX, "--out", "/")));
        c.add(bad("run --bogus", "entente run: Unknown option: '--bogus'", t -> List.of("run", SIX, "--bogus")));
        c.add(bad("sweep without its file", "entente sweep: Missing required parameter: 'SPEC'", t -> List.of("sweep")));
        c.add(bad("run --out FILE", "{tmp}/notes.txt: is a file, not a folder", t -> {
            write(t, "notes.txt", "mine");
            return List.of("run", SIX, "--out", t.resolve("notes.txt").toString());
        }));
        c.add(bad("run --out a user's folder", "was not written by Entente", t -> {
            write(t, "home/thesis.tex", "years of work");
            return List.of("run", SIX, "--out", t.resolve("home").toString());
        }));
        c.add(bad("run --out the scenario's folder", "an input of this command", t -> {
            Path s = write(t, "scenarios/six.yaml", TestScenarios.text(TestScenarios.SIX_STATES));
            return List.of("run", s.toString(), "--out", t.resolve("scenarios").toString());
        }));
        c.add(bad("run --checkpoint onto the scenario", "exists and is not an Entente checkpoint", t -> {
            Path s = write(t, "six.yaml", TestScenarios.text(TestScenarios.SIX_STATES));
            return List.of("run", s.toString(), "--until", "2022-02-01", "--checkpoint", s.toString(),
                    "--out", t.resolve("out").toString());
        }));
        // ---- run: what it reads
        c.add(bad("scenario is a FIFO", "{tmp}/pipe.yaml: cannot read: {tmp}/pipe.yaml is not a regular file", t -> {
            fifo(t.resolve("pipe.yaml"));
            return List.of("run", t.resolve("pipe.yaml").toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("scenario is /dev/zero", "/dev/zero is not a regular file", t -> List.of("validate", "/dev/zero")));
        c.add(bad("scenario is a folder", "is a folder, not a file", t -> List.of("validate", t.toString())));
        c.add(bad("scenario of 21 MB", "input files may be at most 20 MB", t -> {
            Path big = t.resolve("big.yaml");
            Files.write(big, new byte[21 << 20]);
            return List.of("run", big.toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("a 200 MB one-line file", "input files may be at most 20 MB", t -> {
            Path big = t.resolve("line.yaml");
            try (var out = Files.newOutputStream(big)) {
                byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 200; i++) {
                    out.write(block);
                }
            }
            return List.of("validate", big.toString());
        }));
        c.add(bad("no such scenario", "{tmp}/none.yaml: no such file", t -> List.of("run", t.resolve("none.yaml").toString())));
        c.add(bad("self-referencing anchor", "{tmp}/loop.yaml:2: a YAML anchor contains an alias to itself", t -> {
            Path s = write(t, "loop.yaml", "name: loop\ndescription: &a [*a]\n");
            return List.of("run", s.toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("anchor loop in a mapping", "a YAML anchor contains an alias to itself", t -> {
            Path s = write(t, "loop2.yaml", "name: loop\nactors: &a {USA: *a}\n");
            return List.of("validate", s.toString());
        }));
        c.add(bad("extends a secret file", "is not a scenario file: extends names a .yaml file", t -> {
            write(t, "etc/shadow", "root:" + SECRET + ":19000:0:99999:7:::\n");
            Path s = write(t, "a/b/x.yaml", "extends: ../../etc/shadow\nname: x\n");
            return List.of("validate", s.toString());
        }));
        c.add(bad("a .yaml that is not YAML", "{tmp}/notes.yaml:1: expected a mapping (key: value lines), found plain text",
                t -> List.of("validate", write(t, "notes.yaml", SECRET + " and more words\n").toString())));
        c.add(bad("period to the year 9999", "longer than 100 years", t -> {
            Path s = write(t, "long.yaml", TestScenarios.text(TestScenarios.SIX_STATES).replace("end: 2022-12-31", "end: 9999-12-31"));
            return List.of("run", s.toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("period to year 999999999", "period.end: expected a date", t -> {
            Path s = write(t, "far.yaml", TestScenarios.text(TestScenarios.SIX_STATES).replace("end: 2022-12-31", "end: 999999999-12-31"));
            return List.of("run", s.toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("10,000 states", "10000 states, more than the 100", t -> {
            StringBuilder y = new StringBuilder("name: many\nperiod: {start: 2022-01-01, end: 2022-12-31}\nactors:\n");
            for (int i = 0; i < 10_000; i++) {
                y.append("  ").append((char) ('A' + i / 676)).append((char) ('A' + i / 26 % 26)).append((char) ('A' + i % 26))
                        .append(": {capability: 0.1}\n");
            }
            return List.of("validate", write(t, "many.yaml", y.toString()).toString());
        }));
        c.add(bad("20,001 events", "20001 events, more than the 20000", t -> {
            StringBuilder y = new StringBuilder(TestScenarios.quietSixStates()).append("events:\n");
            for (int i = 0; i < 20_001; i++) {
                y.append("  - {id: e").append(i).append(", date: 2022-02-01, type: SUMMIT, actors: [USA, JPN]}\n");
            }
            return List.of("validate", write(t, "events.yaml", y.toString()).toString());
        }));
        c.add(bad("paragraph 99999999999999", "is out of range: 004_311248fc4ce4dd4c.txt has paragraphs 1..14", t -> {
            Path s = write(t, "cite.yaml", TestScenarios.text(TestScenarios.SIX_STATES)
                    .replaceFirst("source: \"ext: test\"", "source: 004_311248fc4ce4dd4c.txt#99999999999999"));
            return List.of("validate", s.toString());
        }));
        c.add(bad("--until outside the period", "--until 2030-01-01 is outside the period",
                t -> List.of("run", SIX, "--until", "2030-01-01", "--out", t.resolve("out").toString())));
        c.add(bad("--resume a text file", "is not an Entente checkpoint", t -> {
            Path f = write(t, "run.ckpt", "not a checkpoint at all");
            return List.of("run", "--resume", f.toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("--resume a FIFO", "--resume {tmp}/p.ckpt: no such file", t -> {
            fifo(t.resolve("p.ckpt"));
            return List.of("run", "--resume", t.resolve("p.ckpt").toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("run over the output budget", "would write about", t -> {
            Path s = write(t, "wide.yaml", ScenarioWriter.toYaml(SyntheticRegion.of(60, 365 * 60), List.of()));
            return List.of("run", s.toString(), "--out", t.resolve("out").toString());
        }));
        c.add(new Case("a scenario that is not UTF-8 (a warning, and the run)", 0,
                "entente: warning: {tmp}/latin1.yaml:1: not UTF-8 text", t -> {
            Path s = t.resolve("latin1.yaml");
            Files.write(s, ("# Caf\u00e9 in Latin-1\n" + TestScenarios.text(TestScenarios.SIX_STATES))
                    .getBytes(StandardCharsets.ISO_8859_1));
            return List.of("run", s.toString(), "--until", "2022-01-10", "--no-charts", "--out", t.resolve("out").toString());
        }));
        // ---- compare
        c.add(bad("compare -r 0", "--replications must be at least 2", t -> List.of("compare", SIX, SIX, "-r", "0")));
        c.add(bad("compare -r 1000000000", "--replications must be at most 100000", t -> List.of("compare", SIX, SIX, "-r", "1000000000")));
        c.add(bad("compare with a FIFO variant", "is not a regular file", t -> {
            fifo(t.resolve("v.yaml"));
            return List.of("compare", SIX, t.resolve("v.yaml").toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("compare --out a user's folder", "was not written by Entente", t -> {
            write(t, "docs/a.txt", "mine");
            return List.of("compare", SIX, SIX, "-r", "2", "--out", t.resolve("docs").toString());
        }));
        // ---- sweep
        c.add(bad("sweep spec is a FIFO", "is not a regular file", t -> {
            fifo(t.resolve("spec.yaml"));
            return List.of("sweep", t.resolve("spec.yaml").toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("a design of 10^10 points", "points, more than the 1000000", t -> List.of("sweep",
                spec(t, "design: {type: grid}\nfactors:\n  - {path: dynamics.eta, range: [0.01, 0.03], steps: 100000}\n"
                        + "  - {path: dynamics.reactivity, range: [0.003, 0.007], steps: 100000}\n").toString(),
                "--out", t.resolve("out").toString())));
        c.add(bad("max_runs of 10^11", "max_runs: at most 10000000", t -> List.of("sweep",
                spec(t, "max_runs: 99999999999\ndesign: {type: random, samples: 4}\nfactors:\n"
                        + "  - {path: dynamics.eta, range: [0.01, 0.03]}\n").toString(), "--out", t.resolve("out").toString())));
        c.add(bad("a sweep of 10 million runs", "would write about", t -> List.of("sweep",
                spec(t, "max_runs: 10000000\nreplications: 10\ndesign: {type: random, samples: 1000000}\nfactors:\n"
                        + "  - {path: dynamics.eta, range: [0.01, 0.03]}\n").toString(), "--out", t.resolve("out").toString())));
        c.add(bad("sweep spec with an anchor loop", "a YAML anchor contains an alias to itself", t -> List.of("sweep",
                write(t, "loop-spec.yaml", "name: x\nfactors: &f [*f]\n").toString(), "--out", t.resolve("out").toString())));
        c.add(bad("sweep --out a user's folder", "was not written by Entente", t -> {
            write(t, "mine/a.txt", "mine");
            return List.of("sweep", SweepCommandTest.GRID.toString(), "--out", t.resolve("mine").toString());
        }));
        c.add(bad("a second writer of a sweep folder", "sweep folder is in use by process " + ProcessHandle.current().pid(), t -> {
            HELD.get().add(SweepDir.open(t.resolve("busy"), SweepSpecReader.read(SweepCommandTest.GRID), false));
            return List.of("sweep", SweepCommandTest.GRID.toString(), "--out", t.resolve("busy").toString());
        }));
        c.add(bad("a sweep whose runs.csv was edited", "runs.csv:2: the values of run 0 differ", t -> {
            Path dir = SweepCommandTest.sweep(SweepCommandTest.GRID, t.resolve("s"));
            Path runs = dir.resolve(SweepDir.RUNS);
            List<String> lines = new ArrayList<>(Files.readAllLines(runs));
            lines.set(1, lines.get(1).substring(0, lines.get(1).lastIndexOf(',') + 1) + "42");
            Files.write(runs, lines);
            return List.of("sweep", SweepCommandTest.GRID.toString(), "--out", dir.toString());
        }));
        // ---- analyze
        c.add(bad("analyze no folder", "{tmp}/none: no such sweep folder", t -> List.of("analyze", t.resolve("none").toString())));
        c.add(bad("analyze S --out S", "an input of this command", t -> {
            Path dir = SweepCommandTest.sweep(SweepCommandTest.GRID, t.resolve("s"));
            return List.of("analyze", dir.toString(), "--out", dir.toString());
        }));
        c.add(bad("analyze a corrupt sweep.json", "{tmp}/s/sweep.json:1: not valid JSON", t -> {
            write(t, "s/sweep.json", "{\"name\": " + SECRET);
            write(t, "s/runs.csv", "run,point\n");
            return List.of("analyze", t.resolve("s").toString());
        }));
        c.add(bad("analyze without runs.csv", "{tmp}/s: no runs.csv, so not a whole sweep folder", t -> {
            Path dir = SweepCommandTest.sweep(SweepCommandTest.GRID, t.resolve("s"));
            Files.delete(dir.resolve(SweepDir.RUNS));
            return List.of("analyze", dir.toString(), "--out", t.resolve("a").toString());
        }));
        // ---- report
        c.add(bad("report on a folder that is not Entente's", "not an Entente results folder", t -> {
            write(t, "x/a.txt", "a");
            return List.of("report", t.resolve("x").toString());
        }));
        c.add(bad("report -o a user's file", "--out {tmp}/page.html: exists and was not written by Entente", t -> {
            assertEquals(0, Cli.run("run", SIX, "--until", "2022-01-10", "--no-charts", "--out", t.resolve("run").toString()).exit());
            write(t, "page.html", "<p>my page</p>");
            return List.of("report", t.resolve("run").toString(), "-o", t.resolve("page.html").toString());
        }));
        c.add(bad("report with a FIFO summary.json", "{tmp}/r: not an Entente results folder: no summary.json", t -> {
            Files.createDirectories(t.resolve("r"));
            fifo(t.resolve("r/summary.json"));
            return List.of("report", t.resolve("r").toString(), "-o", t.resolve("r.html").toString());
        }));
        // ---- validate, params, show
        c.add(bad("params of /dev/zero", "/dev/zero is not a regular file", t -> List.of("params", "/dev/zero")));
        c.add(bad("validate an empty file", "{tmp}/empty.yaml: the file is empty", t -> List.of("validate",
                write(t, "empty.yaml", "").toString())));
        // ---- evidence and derive
        c.add(bad("derive -o a user's file", "--out {tmp}/mine.yaml: exists and was not written by Entente", t -> {
            write(t, "mine.yaml", "mine: 1\n");
            return List.of("derive", "scenarios/evidence", "--output", t.resolve("mine.yaml").toString());
        }));
        c.add(bad("derive -o into the evidence folder", "an input of this command", t -> {
            Path ev = t.resolve("evidence");
            copyTree(Path.of("scenarios/evidence"), ev);
            return List.of("derive", ev.toString(), "--output", ev.resolve("derived.yaml").toString());
        }));
        c.add(bad("evidence folder with a FIFO", "is not a regular file", t -> {
            Path ev = t.resolve("evidence");
            copyTree(Path.of("scenarios/evidence"), ev);
            fifo(ev.resolve("zz-pipe.yaml"));
            return List.of("evidence", ev.toString());
        }));
        // ---- screen
        c.add(bad("screen a FIFO", "is not a regular file", t -> {
            fifo(t.resolve("s.yaml"));
            return List.of("screen", t.resolve("s.yaml").toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("screen with 10^4 trajectories per path and 10^5 replications", "more than 10000000",
                t -> List.of("screen", SIX, "--by", "path", "--trajectories", "10000", "-r", "100000",
                        "--out", t.resolve("out").toString())));
        c.add(bad("screen into the scenarios folder", "scenarios",
                t -> List.of("screen", SIX, "--trajectories", "2", "--out", "scenarios")));
        // ---- calibrate
        c.add(bad("calibration with two free parameters of one name", "duplicate name 'drill-response'", t -> {
            String spec = Files.readString(Path.of("scenarios/calibration/baseline-targets.yaml"))
                    .replace("../baseline-2021-2023.yaml", Path.of("scenarios/baseline-2021-2023.yaml").toAbsolutePath().toString())
                    .replace("../history-2017-2019.yaml", Path.of("scenarios/history-2017-2019.yaml").toAbsolutePath().toString())
                    .replace("../../data/", Path.of("data").toAbsolutePath() + "/")
                    .replace("name: launch-bias", "name: drill-response");
            return List.of("calibrate", write(t, "cal.yaml", spec).toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("calibrate a FIFO", "is not a regular file", t -> {
            fifo(t.resolve("cal.yaml"));
            return List.of("calibrate", t.resolve("cal.yaml").toString());
        }));
        // ---- backtest
        c.add(bad("backtest --history /dev/zero", "/dev/zero is not a regular file",
                t -> List.of("backtest", "scenarios/baseline-2021-2023.yaml", "--history", "/dev/zero", "--out", t.resolve("out").toString())));
        c.add(bad("backtest --history a secret file", "its first line is not a header of column names", t -> {
            Path h = write(t, "passwd", "root:" + SECRET + ":0:0:root:/root:/bin/bash\n");
            write(t, "allied-exercises.csv", "date,name\n");
            return List.of("backtest", "scenarios/baseline-2021-2023.yaml", "--history", h.toString(), "--out", t.resolve("out").toString());
        }));
        c.add(bad("backtest -r 10^9", "--replications must be 1 to 100000",
                t -> List.of("backtest", "scenarios/baseline-2021-2023.yaml", "-r", "1000000000")));
        // ---- bench, gui, classroom
        c.add(bad("bench --days 100000000", "--days 100000000: at most 36600", t -> List.of("bench", "--days", "100000000")));
        c.add(bad("gui --snapshot over a user's file", "--snapshot {tmp}/photo.png: exists and was not written by Entente", t -> {
            write(t, "photo.png", "my holiday");
            return List.of("gui", SIX, "--snapshot", t.resolve("photo.png").toString());
        }));
        c.add(bad("gui --font-scale 100", "--font-scale must be between 0.5 and 4", t -> List.of("gui", "--font-scale", "100",
                "--snapshot", t.resolve("x.png").toString())));
        c.add(bad("classroom --out a user's folder", "was not written by Entente", t -> {
            write(t, "class/roster.txt", "names");
            return List.of("classroom", SIX, "--port", "0", "--out", t.resolve("class").toString());
        }));
        c.add(bad("classroom --port 99999", "--port must be 0 to 65535", t -> List.of("classroom", "--port", "99999")));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersInOneLineAndTouchesNothing(Case k) throws Exception {
        List<AutoCloseable> held = new ArrayList<>();
        HELD.set(held);
        try {
            List<String> args = k.setup().args(tmp);
            Map<String, String> before = Trees.of(tmp);
            List<Map<String, String>> project = PROJECT.stream().map(Trees::of).toList();
            List<String> root = rootNames();
            Cli r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run(args.toArray(new String[0])));
            String where = k.name() + ": " + r.err();
            assertEquals(k.exit(), r.exit(), where + r.out());
            List<String> lines = r.err().lines().filter(l -> !l.startsWith("entente: warning: ")).toList();
            assertTrue(k.exit() == 0 ? lines.isEmpty() : lines.size() == 1, "one line: " + where);
            assertTrue(r.err().contains(k.fragment().replace("{tmp}", tmp.toString())), where);
            assertFalse(r.err().contains("\tat ") || r.err().matches("(?s).*\\b\\w+(Exception|Error)\\b.*"), "no stack trace: " + where);
            assertFalse(r.err().contains(SECRET) || r.out().contains(SECRET), "never shows a file that is not an input: " + where);
            assertEquals(project, PROJECT.stream().map(Trees::of).toList(), "the project's inputs are untouched");
            assertEquals(root, rootNames(), "nothing new in the working folder");
            Map<String, String> after = Trees.of(tmp);
            if (k.exit() == 0) {
                after.keySet().removeIf(p -> p.startsWith("out"));
                before.keySet().removeIf(p -> p.startsWith("out"));
            }
            after.keySet().removeIf(p -> p.endsWith(".sweep.lock"));
            before.keySet().removeIf(p -> p.endsWith(".sweep.lock"));
            assertEquals(before, after, "nothing written or deleted outside the intended output: " + k.name());
        } finally {
            for (AutoCloseable c : held) {
                c.close();
            }
        }
    }

    private static List<String> rootNames() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(""))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("target")).sorted().toList();
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    /** A sweep file over the six-state test scenario, cut to a month, with the given design and factors. */
    private static Path spec(Path dir, String rest) throws IOException {
        return write(dir, "spec.yaml", "name: hostile\nscenario: " + TestScenarios.SIX_STATES.toAbsolutePath()
                + "\nuntil: 2022-01-31\n" + rest);
    }

    private static void fifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assertEquals(0, mk.waitFor(), "mkfifo");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
