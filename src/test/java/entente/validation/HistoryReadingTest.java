package entente.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.scenario.InputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryReadingTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedRecordHasTheMainSeriesOfTheReadme() throws InputException {
        History h = BaselineFitTest.shipped();
        // data/README.md, annual totals of the main series: 16 16 0 13 5 8 37 12
        int[] expected = {16, 16, 0, 13, 5, 8, 37, 12};
        for (int y = 2016; y <= 2023; y++) {
            int year = y;
            assertEquals(expected[y - 2016], h.launches().stream().filter(d -> d.getYear() == year).count(), "year " + y);
        }
        assertEquals(Split.HELD_OUT, h.holdout().split(YearMonth.of(2019, 5)));
        assertEquals(Split.IN_SAMPLE, h.holdout().split(YearMonth.of(2022, 8)));
        assertEquals(Split.NEITHER, h.holdout().split(YearMonth.of(2020, 6)));
        assertEquals(YearMonth.of(2016, 1), h.holdout().first());
        assertEquals(YearMonth.of(2023, 4), h.holdout().last());
        assertTrue(h.drills().stream().allMatch(d -> History.DRILLS_HELD.contains(d.status())));
        assertTrue(h.drills().stream().noneMatch(d -> d.start().equals(LocalDate.of(2018, 6, 18))), "a suspension is no drill");
    }

    /**
     * Issue 14, point 6: every row of the shipped tables names a public source with its date, or
     * says that it is an undated reference page.
     */
    @Test
    void everyRowOfTheShippedTablesNamesItsSourceWithADate() throws IOException, InputException {
        Pattern dated = Pattern.compile("(19|20)\\d\\d");
        for (String table : List.of("dprk-launches.csv", "allied-exercises.csv", "political-events.csv")) {
            try (Reader in = Files.newBufferedReader(Path.of("data", table));
                 CSVParser rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                int n = 0;
                for (CSVRecord row : rows) {
                    String source = row.get("source").trim();
                    assertTrue(source.length() >= 10 && (dated.matcher(source).find() || source.contains("undated reference page")),
                            table + " line " + (row.getRecordNumber() + 1) + ": source '" + source + "'");
                    assertTrue(row.get("url").startsWith("http"), table + " line " + (row.getRecordNumber() + 1) + ": url");
                    n++;
                }
                assertTrue(n >= 40, table + " has " + n + " rows");
            }
        }
        List<LocalDate> launches = BaselineFitTest.shipped().launches();
        assertEquals(YearMonth.of(2016, 2), YearMonth.from(launches.get(0)), "the launch table starts in 2016");
        assertEquals(YearMonth.of(2023, 4), YearMonth.from(launches.get(launches.size() - 1)), "and runs to April 2023");
    }

    @Test
    void aBadDateIsReportedWithFileLineAndColumn() throws IOException {
        Path launches = copy("dprk-launches.csv");
        List<String> lines = Files.readAllLines(launches);
        lines.set(4, lines.get(4).replaceFirst("^\\d{4}-\\d\\d-\\d\\d", "2016-13-45"));
        Files.write(launches, lines);
        InputException e = assertThrows(InputException.class, () -> read(launches));
        assertEquals(launches + ":5: date: expected a date like 2022-01-05, found '2016-13-45'", e.getMessage());
    }

    @Test
    void anUnknownKindAndAMissingColumnAreReported() throws IOException {
        Path launches = copy("dprk-launches.csv");
        String text = Files.readString(launches);
        Files.writeString(launches, text.replaceFirst(",SLV,", ",rocket,"));
        InputException e = assertThrows(InputException.class, () -> read(launches));
        assertEquals(launches + ":2: kind: unknown kind 'rocket' (see data/README.md for the kinds)", e.getMessage());
        Files.writeString(launches, text.replaceFirst("date,kind,", "day,kind,"));
        e = assertThrows(InputException.class, () -> read(launches));
        assertTrue(e.getMessage().startsWith(launches + ":1: missing column(s) date"), e.getMessage());
    }

    @Test
    void overlappingHeldOutAndInSampleMonthsAreRefused() throws IOException {
        Path holdout = tmp.resolve("holdout.yaml");
        Files.writeString(holdout, "held_out:\n  - {from: \"2019-05\", to: \"2019-12\"}\nin_sample:\n  - {from: \"2019-01\", to: \"2019-06\"}\n");
        InputException e = assertThrows(InputException.class, () -> Holdout.read(holdout));
        assertEquals(holdout + ":4: in_sample: in-sample months 2019-01..2019-06 overlap held-out months 2019-05..2019-12",
                e.getMessage());
    }

    @Test
    void aMissingFileIsOneLine() {
        Path missing = tmp.resolve("nothing.csv");
        InputException e = assertThrows(InputException.class, () -> read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    private Path copy(String name) throws IOException {
        for (String f : List.of("dprk-launches.csv", "allied-exercises.csv", "holdout.yaml")) {
            Files.copy(Path.of("data", f), tmp.resolve(f));
        }
        return tmp.resolve(name);
    }

    private History read(Path launches) throws InputException {
        return History.read(launches, Path.of("data/allied-exercises.csv"), Path.of("data/holdout.yaml"));
    }
}
