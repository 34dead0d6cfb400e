package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each broken scenario gets one message naming file, line and field; exit 2; nothing written. */
class BadScenarioTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "syntax error       | 'end: 2022-12-31}'                  | 'end: 2022-12-31'               | ''                      | YAML syntax error",
        "unknown actor      | 'actors: [PRK], targets: [USA, JPN, KOR], intensity: 1.5' | 'actors: [PRC], targets: [USA, JPN, KOR], intensity: 1.5' | events.icbm.actors | unknown actor 'PRC'; did you mean 'PRK'?",
        "unknown event type | 'type: MISSILE_TEST, subtype: ICBM' | 'type: MISSLE_TEST, subtype: ICBM' | events.icbm.type   | unknown event type 'MISSLE_TEST'; did you mean 'MISSILE_TEST'?",
        "date outside       | 'date: 2022-03-24'                   | 'date: 2023-03-24'              | events.icbm.date        | outside the period",
        "missing field      | 'capability: 0.14, '                 | ''                              | actors.USA.capability   | missing field 'capability'",
        "wrong type         | 'spending: 3.5'                      | 'spending: high'                | actors.USA.spending     | expected a number, found 'high'",
        "treaty with itself | '[USA, KOR]'                         | '[USA, USA]'                    | treaties[2].parties     | a treaty of USA with itself",
        "out of range       | 'JPN: 0.8, KOR: 0.7'                 | 'JPN: 1.8, KOR: 0.7'            | actors.USA.affinity.JPN | outside -1 .. 1",
        "unknown field      | 'seed: 7'                            | 'sead: 7'                       | sead                    | unknown field 'sead'; did you mean 'seed'?",
    })
    void brokenScenario(String label, String find, String replace, String field, String message) throws IOException {
        String text = TestScenarios.text(TestScenarios.SIX_STATES);
        assertTrue(text.contains(find), "the test edit applies: " + find);
        String broken = text.replaceFirst(java.util.regex.Pattern.quote(find), replace);
        Path file = tmp.resolve("broken.yaml");
        Files.writeString(file, broken);
        int line = lineOf(broken, replace.isEmpty() ? text.substring(0, text.indexOf(find)) : null, replace);
        Path out = tmp.resolve("results").resolve("run");

        Cli r = Cli.run("run", file.toString(), "--out", out.toString());

        assertEquals(2, r.exit(), r.err());
        String[] lines = r.err().strip().split("\\R");
        assertEquals(1, lines.length, "one message: " + r.err());
        String msg = lines[0];
        assertTrue(msg.startsWith(file + ":" + line + ": "), "file and line first: " + msg + " (expected line " + line + ")");
        assertTrue(msg.contains(field + ": "), "names the field " + field + ": " + msg);
        assertTrue(msg.contains(message), msg);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out), "no run folder");
        assertTrue(!Files.exists(out.getParent()) || isEmpty(out.getParent()), "nothing half-written");
    }

    /** 1-based line of the edit: where {@code replace} stands, or where the removed text stood. */
    private static int lineOf(String broken, String before, String replace) {
        String prefix = before != null ? before : broken.substring(0, broken.indexOf(replace));
        int line = (int) prefix.chars().filter(c -> c == '\n').count() + 1;
        // a syntax error is reported where the parser notices it, past the unclosed brace
        return replace.equals("end: 2022-12-31") ? line + 1 : line;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
