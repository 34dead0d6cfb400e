package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each broken evidence file gets one message naming file, line and field; exit 2; nothing written. */
class BadEvidenceTest {
    static final String CODING = "actors: [USA, CHN, PRK, KOR, JPN, RUS]\nhedging_poles: [USA, CHN]\n";
    static final String CODING_WITH_PERIOD = CODING + """
            period: {start: 2021-10-01, end: 2023-04-30}
            changes:
              - {id: c.1, date: 2022-05-10, what: a new government, source: "ext: a named public source",
                 parameters: [actors.KOR.hedging, actors.KOR.affinity.*]}
              - {id: c.2, date: 2023-03-06, what: a settlement, source: "ext: a named public source",
                 parameters: [actors.KOR.affinity.JPN]}
            """;
    static final String CLAIMS = """
            about: a small, valid evidence file that each test breaks in one place
            claims:
              - {id: t.1, as_of: 2023-03-23, source: 000_95fd0df847feda01.txt#3, actor: KOR, target: PRK, dimension: threat,
                 value: +2, confidence: 0.9, paraphrase: "Seoul worries most about the North."}
              - {id: t.2, source: 002_eb3f67c7ea6fa721.txt#14, actor: CHN, target: PRK, dimension: commitment,
                 value: +1, confidence: 0.8, as_of: 2022-05-26, paraphrase: "Beijing shields Pyongyang at the UN."}
              - {id: t.3, source: "ext: a named public source", actor: RUS, dimension: asian_nato, value: -2,
                 confidence: 0.8, as_of: 2022-02-04, paraphrase: "Moscow opposes blocs in the Asia-Pacific."}
            """;

    @TempDir
    Path tmp;

    @Test
    void theValidFolderIsAccepted() throws IOException {
        Path dir = folder(CLAIMS);
        Cli r = Cli.run("derive", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("threat_sensitivity: 1.32"), r.out()); // 1 + 0.25 * 0.9 * 2 / (0.5 + 0.9)
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown document     | 000_95fd0df847feda01.txt#3  | 009_missing.txt#3           | claims.t.1.source     | unknown document '009_missing.txt'",
        "paragraph too high   | 002_eb3f67c7ea6fa721.txt#14 | 002_eb3f67c7ea6fa721.txt#99 | claims.t.2.source     | paragraph 99 is out of range: 002_eb3f67c7ea6fa721.txt has paragraphs 1..28",
        "paragraph zero       | 000_95fd0df847feda01.txt#3  | 000_95fd0df847feda01.txt#0  | claims.t.1.source     | paragraph 0 is out of range",
        "malformed source     | 'ext: a named public source' | 'a named public source'    | claims.t.3.source     | expected '<seed file>.txt#<paragraph>' or 'ext: <public source>'",
        "value above +2       | 'value: +2, confidence: 0.9' | 'value: +3, confidence: 0.9' | claims.t.1.value     | value 3 is outside -2 .. 2",
        "value below -2       | 'value: -2'                 | 'value: -5'                 | claims.t.3.value      | value -5 is outside -2 .. 2",
        "value not ordinal    | 'value: +1'                 | 'value: 1.5'                | claims.t.2.value      | expected a whole number, found '1.5'",
        "unknown actor        | 'actor: RUS'                | 'actor: URS'                | claims.t.3.actor      | unknown actor 'URS'",
        "unknown target       | 'target: PRK, dimension: threat' | 'target: DPRK, dimension: threat' | claims.t.1.target | unknown actor 'DPRK'",
        "claim about itself   | 'actor: CHN, target: PRK'   | 'actor: CHN, target: CHN'   | claims.t.2.target     | a claim of CHN about itself",
        "unknown dimension    | 'dimension: threat'         | 'dimension: treat'          | claims.t.1.dimension  | unknown dimension 'treat'; did you mean 'threat'? (dimensions: threat, affinity, dependence, commitment, posture, asian_nato)",
        "target on asian_nato | 'actor: RUS, dimension'     | 'actor: RUS, target: USA, dimension' | claims.t.3.target | asian_nato claims have no target",
        "posture on a state   | 'dimension: commitment'     | 'dimension: posture'        | claims.t.2.target     | a posture target is an event type, found 'PRK'",
        "confidence above 1   | 'confidence: 0.9, paraphrase' | 'confidence: 1.2, paraphrase' | claims.t.1.confidence | confidence 1.2 is outside 0 .. 1",
        "duplicate id         | 'id: t.2'                   | 'id: t.1'                   | claims[2].id          | duplicate id 't.1' (first at ",
        "unknown field        | 'as_of: 2022-05-26, paraphrase' | 'as_of: 2022-05-26, weight: 2, paraphrase' | claims[2].weight | unknown field 'weight'",
        "partisan above 0.3   | 'confidence: 0.8, as_of: 2022-02-04' | 'confidence: 0.8, partisan: true, as_of: 2022-02-04' | claims.t.3.confidence | confidence 0.8 is above 0.3, the most a partisan claim may have",
        "partisan not boolean | 'confidence: 0.8, as_of: 2022-02-04' | 'confidence: 0.3, partisan: yes, as_of: 2022-02-04' | claims.t.3.partisan | expected true or false, found 'yes'",
        "undated claim        | 'id: t.1, as_of: 2023-03-23,' | 'id: t.1,' | claims.t.1.as_of | missing field 'as_of'",
        "date not a date      | 'as_of: 2023-03-23' | 'as_of: March 2023' | claims.t.1.as_of | expected a date like 2022-06-29, found 'March 2023'",
    })
    void brokenEvidence(String label, String find, String replace, String field, String message) throws IOException {
        assertTrue(CLAIMS.contains(find), "the test edit applies: " + find);
        Path dir = folder(CLAIMS.replaceFirst(Pattern.quote(find), replace));
        Path file = dir.resolve("claims.yaml");
        int line = lineOf(CLAIMS, find);
        Path out = tmp.resolve("out").resolve("derived.yaml");

        Cli r = Cli.run("derive", dir.toString(), "-o", out.toString());

        assertOneProblem(r, file, line, field, message);
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(2, Cli.run("evidence", dir.toString()).exit(), "the table refuses the same evidence");
    }

    @Test
    void aPartisanClaimAtTheCapIsAccepted() throws IOException {
        Path dir = folder(CLAIMS.replace("confidence: 0.8, as_of: 2022-02-04", "confidence: 0.3, partisan: true, as_of: 2022-02-04"));
        Cli r = Cli.run("evidence", dir.toString(), "--actor", "RUS");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("t.3  -2  0.3P  2022-02-04"), "a partisan claim is marked P in the table: " + r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "end before start      | 'end: 2023-04-30' | 'end: 2020-01-01' | period.end | the end 2020-01-01 must come after the start 2021-10-01",
        "change after the end  | 'date: 2022-05-10' | 'date: 2024-01-01' | changes[1].date | must lie after the start 2021-10-01 and no later than the end 2023-04-30",
        "not a preference      | 'actors.KOR.hedging' | 'actors.KOR.capability' | changes[1].parameters | 'actors.KOR.capability' is not a derived preference",
        "unknown actor         | 'actors.KOR.hedging' | 'actors.ROK.hedging' | changes[1].parameters | unknown actor 'ROK'",
        "changes out of order  | 'date: 2023-03-06' | 'date: 2022-01-01' | changes[2].date | changes are listed in date order",
    })
    void brokenCodingFrame(String label, String find, String replace, String field, String message) throws IOException {
        assertTrue(CODING_WITH_PERIOD.contains(find), "the test edit applies: " + find);
        Path dir = folder(CLAIMS);
        Files.writeString(dir.resolve("coding.yaml"), CODING_WITH_PERIOD.replaceFirst(Pattern.quote(find), replace));
        assertEquals(0, Cli.run("derive", folderWithPeriod().toString()).exit(), "the unbroken frame is accepted");

        Cli r = Cli.run("derive", dir.toString());

        assertOneProblem(r, dir.resolve("coding.yaml"), lineOf(CODING_WITH_PERIOD, find), field, message);
    }

    /** Exit 2 and one line on stderr: file and line first, then the field and the message; no stack trace. */
    private static void assertOneProblem(Cli r, Path file, int line, String field, String message) {
        assertEquals(2, r.exit(), r.err());
        String[] lines = r.err().strip().split("\\R");
        assertEquals(1, lines.length, "one message: " + r.err());
        assertTrue(lines[0].startsWith(file + ":" + line + ": "), "file and line first: " + lines[0] + " (expected line " + line + ")");
        assertTrue(lines[0].contains(field + ": "), "names the field " + field + ": " + lines[0]);
        assertTrue(lines[0].contains(message), lines[0]);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path dir = folder(CLAIMS.replace("value: +2", "value: +3").replace("actor: RUS", "actor: URS"));
        Cli r = Cli.run("evidence", dir.toString());
        assertEquals(2, r.exit());
        String[] lines = r.err().strip().split("\\R");
        assertEquals(2, lines.length, r.err());
        assertTrue(lines[0].contains("claims.t.1.value") && lines[1].contains("claims.t.3.actor"), r.err());
    }

    @Test
    void aFolderWithoutItsCodingFrameIsRefused() throws IOException {
        Path dir = folder(CLAIMS);
        Files.delete(dir.resolve("coding.yaml"));
        Cli r = Cli.run("derive", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith(dir.resolve("coding.yaml") + ": missing: the coding frame"), r.err());
    }

    @Test
    void aMissingFolderIsRefused() {
        Cli r = Cli.run("evidence", tmp.resolve("nowhere").toString());
        assertEquals(2, r.exit());
        assertEquals(tmp.resolve("nowhere") + ": no such folder", r.err().strip());
    }

    @Test
    void badFlagsOfTheTableAreRefused() throws IOException {
        Path dir = folder(CLAIMS);
        Cli actor = Cli.run("evidence", dir.toString(), "--actor", "URS");
        assertEquals(2, actor.exit());
        assertTrue(actor.err().startsWith("--actor URS: not an actor of"), actor.err());
        Cli dim = Cli.run("evidence", dir.toString(), "--dimension", "mood");
        assertEquals(2, dim.exit());
        assertTrue(dim.err().startsWith("--dimension mood: unknown"), dim.err());
    }

    private Path folderWithPeriod() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("with-period"));
        Files.writeString(dir.resolve("coding.yaml"), CODING_WITH_PERIOD);
        Files.writeString(dir.resolve("claims.yaml"), CLAIMS);
        return dir;
    }

    private Path folder(String claims) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("evidence"));
        Files.writeString(dir.resolve("coding.yaml"), CODING);
        Files.writeString(dir.resolve("claims.yaml"), claims);
        return dir;
    }

    /** 1-based line on which the edited text stands (the text before it is unchanged). */
    private static int lineOf(String text, String find) {
        return (int) text.substring(0, text.indexOf(find)).chars().filter(c -> c == '\n').count() + 1;
    }
}
