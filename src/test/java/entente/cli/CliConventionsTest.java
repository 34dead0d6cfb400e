package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;

/** The same conventions in every command: -o/--out, --version, one-line misuse, completion, sweep overrides. */
class CliConventionsTest {
    private static List<String> commands() {
        return Main.commandLine().getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
    }

    @Test
    void everyCommandAnswersVersion() {
        Cli top = Cli.run("--version");
        assertTrue(top.out().startsWith("entente "), top.out());
        for (String cmd : commands()) {
            for (String flag : List.of("--version", "-V")) {
                Cli r = Cli.run(cmd, flag);
                assertEquals(0, r.exit(), cmd + " " + flag + ": " + r.err());
                assertEquals(top.out(), r.out(), cmd + " " + flag + " prints the version");
            }
        }
    }

    @Test
    void everyOutputIsSpelledOutWithItsShortForm() {
        List<String> wrong = new ArrayList<>();
        int outputs = 0;
        for (var e : Main.commandLine().getSubcommands().entrySet()) {
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                List<String> names = List.of(o.names());
                if (names.contains("--out")) {
                    outputs++;
                    if (!names.equals(List.of("-o", "--out"))) {
                        wrong.add(e.getKey() + " " + names);
                    }
                } else if (!o.hidden() && (names.contains("-o") || names.contains("--output"))) {
                    wrong.add(e.getKey() + " " + names + " (another spelling of the output)");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(outputs >= 9, "run, compare, sweep, analyze, calibrate, classroom, backtest, report, derive: " + outputs);
    }

    @Test
    void theOldSpellingStillWorksWithoutBeingListed(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("derived.yaml");
        Cli r = Cli.run("derive", "scenarios/evidence", "--output", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.size(file) > 0);
        assertTrue(!Cli.run("derive", "--help").out().contains("--output"), "hidden from the help");
    }

    @Test
    void aCommandLineThatDoesNotParseIsOneLineAndExit2() {
        record Case(String[] args, String says) {}
        List<Case> cases = List.of(
                new Case(new String[] {"run", "x.yaml", "--seeed"}, "entente run: Unknown option: '--seeed' (did you mean --seed?)"),
                new Case(new String[] {"sweep"}, "entente sweep: Missing required parameter: 'SPEC'"),
                new Case(new String[] {"run", "x.yaml", "--seed", "abc"}, "entente run: Invalid value for option '--seed'"),
                new Case(new String[] {"compare", "a.yaml", "b.yaml", "--bogus"}, "entente compare: Unknown option: '--bogus'"),
                new Case(new String[] {"--bogus"}, "entente: Unknown option: '--bogus'"));
        for (Case c : cases) {
            Cli r = Cli.run(c.args());
            String what = String.join(" ", c.args()) + " -> " + r.err();
            assertEquals(Main.BAD_INPUT, r.exit(), what);
            assertEquals(1, r.err().lines().count(), "one line: " + what);
            assertTrue(r.err().startsWith(c.says()), what);
            assertTrue(r.err().strip().endsWith("--help'"), "points to the help: " + what);
            assertEquals("", r.out(), "no usage on stdout: " + what);
        }
    }

    /** The generated script completes commands and options in a real bash, as a shell user types them. */
    @Test
    void theCompletionScriptCompletesCommandsAndOptions(@TempDir Path tmp) throws Exception {
        Cli r = Cli.run("completion");
        assertEquals(0, r.exit(), r.err());
        Path script = tmp.resolve("entente-completion.bash");
        Files.writeString(script, r.out(), StandardCharsets.UTF_8);
        assertEquals("sweep", complete(script, "entente", "swe"));
        String options = complete(script, "entente", "sweep", "--re");
        assertTrue(options.contains("--replications") && options.contains("--report"), options);
        assertTrue(complete(script, "entente", "run", "-").contains("--out"));
    }

    /** What bash offers after typing {@code words} and a tab. */
    private static String complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        String program = "source '" + script + "'; COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_entente; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash answers");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return String.join(" ", out.strip().lines().map(String::strip).sorted().toList());
    }

    @Test
    void sweepTakesReplicationsAndSeedFromTheCommandLine(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("sweep");
        Cli r = Cli.run("sweep", SweepCommandTest.GRID.toString(), "-r", "1", "--seed", "9007199254740993", "-o", dir.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("sweep.json").toFile());
        assertEquals(1, manifest.path("replications").asInt());
        assertEquals(9007199254740993L, manifest.path("seed").asLong());
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals(1 + 6, runs.size(), "2 x 3 points, one replication each");
        // a seed beyond 2^53 is text in the table, so that spreadsheets and R do not round it
        int quoted = 0;
        for (String line : runs.subList(1, runs.size())) {
            String seed = line.split(",")[3];
            if (seed.startsWith("\"")) {
                quoted++;
            } else {
                assertTrue(Math.abs(Long.parseLong(seed)) <= 1L << 53, line);
            }
        }
        assertTrue(quoted > 0, "per-run seeds spread over 64 bits, some beyond 2^53");

        Cli other = Cli.run("sweep", SweepCommandTest.GRID.toString(), "-r", "1", "--seed", "5", "-o", dir.toString());
        assertEquals(Main.BAD_INPUT, other.exit());
        assertTrue(other.err().contains("seed") && other.err().contains("--seed"), other.err());

        Cli none = Cli.run("sweep", SweepCommandTest.GRID.toString(), "-r", "0", "-o", tmp.resolve("none").toString());
        assertEquals(Main.BAD_INPUT, none.exit());
        assertEquals("--replications must be at least 1, found 0", none.err().strip());
    }
}
