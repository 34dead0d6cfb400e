package entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Free text that a spreadsheet would run as a formula is written as text, and read back exactly. */
class SpreadsheetSafeCsvTest {
    @TempDir
    Path tmp;

    @Test
    void formulasBecomeTextAndComeBackExactly() {
        for (String s : List.of("=1+1", "+33 1 23", "-drill", "@SUM(A1)", "\tx", "'=already quoted", "''=two", "plain",
                "it's", "'plain", "")) {
            assertEquals(s, Csv.plain(Csv.text(s)), s);
        }
        assertEquals("'=1+1", Csv.text("=1+1"));
        assertEquals("''=x", Csv.text("'=x"));
        assertEquals("plain", Csv.text("plain"));
        assertEquals("'plain", Csv.text("'plain"), "an apostrophe before plain text is the text's own");
    }

    @Test
    void eventsCsvCarriesTheNoteAsTextAndTheReportShowsItAsWritten() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), TestScenarios.text(TestScenarios.SIX_STATES)
                .replaceFirst("source: \"ext: test\"", "source: \"ext: test\", note: \"=HYPERLINK(\\\\\"http://x\\\\\")\""));
        Path out = tmp.resolve("run");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", scenario.toString(),
                "--no-charts", "--report", "--out", out.toString());
        assertEquals(0, code, err.toString());
        String events = Files.readString(out.resolve("events.csv"));
        assertTrue(events.contains("'=HYPERLINK("), events);
        assertTrue(!events.contains(",=HYPERLINK(") && !events.contains(",\"=HYPERLINK("), "never a bare formula");
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains(">=HYPERLINK(") && !report.contains("'=HYPERLINK("), "the report shows the note as written");
    }
}
