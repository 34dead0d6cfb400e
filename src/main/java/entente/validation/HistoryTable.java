package entente.validation;

import entente.scenario.InputException;
import entente.scenario.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One of the tables under data/, read with the line of every row, so that a bad value is
 * reported as file:line: column: problem.
 */
final class HistoryTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();

    /** A row and the line it starts on. */
    record Row(int line, CSVRecord values) {
        String get(String column) {
            return values.get(column).trim();
        }
    }

    private final String file;
    private final List<Row> rows;
    private final List<Problem> problems;

    private HistoryTable(String file, List<Row> rows, List<Problem> problems) {
        this.file = file;
        this.rows = rows;
        this.problems = problems;
    }

    /** Reads the table and checks that it has the columns; problems are collected for later. */
    static HistoryTable read(Path path, List<String> columns, List<Problem> problems) throws InputException {
        String file = path.toString();
        String text = YamlFile.text(path);
        List<Row> rows = new ArrayList<>();
        try (CSVParser p = FORMAT.parse(new StringReader(text))) {
            List<String> missing = columns.stream().filter(Predicate.not(p.getHeaderNames()::contains)).toList();
            if (!missing.isEmpty()) {
                throw new InputException(new Problem(file, 1, "", "missing column(s) " + String.join(", ", missing)
                        + header(p.getHeaderNames())));
            }
            int line = 1;
            int scanned = 0;
            for (CSVRecord r : p) {
                for (; scanned < r.getCharacterPosition(); scanned++) {
                    line += text.charAt(scanned) == '\n' ? 1 : 0;
                }
                if (r.isConsistent()) {
                    rows.add(new Row(line, r));
                } else {
                    problems.add(new Problem(file, line, "", "expected " + p.getHeaderNames().size()
                            + " fields as in the header, found " + r.size()));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the parser's message may quote the file, which need not be a table at all
            throw new InputException(new Problem(file, 0, "", "not a readable CSV table (a quote, a duplicate column "
                    + "name or the encoding is wrong)"));
        }
        return new HistoryTable(file, rows, problems);
    }

    /** The header's names, if they look like column names; a file that is not a table is not quoted. */
    private static String header(List<String> names) {
        return names.stream().allMatch(n -> n.matches("[A-Za-z0-9_ .-]{1,40}"))
                ? " (the header has: " + String.join(", ", names) + ")" : " (its first line is not a header of column names)";
    }

    List<Row> rows() {
        return rows;
    }

    /** The date in a column, or null and a problem naming the line. */
    LocalDate date(Row r, String column) {
        String s = r.get(column);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(r, column, "expected a date like 2022-01-05, found '" + s + "'");
            return null;
        }
    }

    void problem(Row r, String column, String message) {
        problems.add(new Problem(file, r.line(), column, message));
    }
}
