package entente.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Every table Entente writes or reads: UTF-8, a header row, '\n' line ends on every system. */
public final class Csv {
    private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r]");
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    private Csv() {}

    /** A printer that has written the header; closing it closes the file. */
    public static CSVPrinter writer(Path file, List<String> header) throws IOException {
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                WRITE.builder().setHeader(header.toArray(new String[0])).build());
    }

    /**
     * For a table of millions of rows, written line by line from parts that {@link #row} quoted
     * once (a printer would quote every field of every row): the file with its header written,
     * as {@link #writer} writes it.
     */
    public static BufferedWriter lines(Path file, List<String> header) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            out.write(row(header.toArray()));
            out.write('\n');
            return out;
        } catch (IOException e) {
            out.close();
            throw e;
        }
    }

    /**
     * Fields as {@link #writer} writes them in a row, without the line end. A field that is not
     * empty is quoted alike wherever it stands in a row, so parts of rows may be joined by commas.
     */
    public static String row(Object... fields) {
        return WRITE.format(fields);
    }

    /**
     * A free-text field (an id, source or note from a scenario) as written: one that starts with
     * =, +, -, @, a tab or a return gets a leading apostrophe, so that a spreadsheet shows it as
     * text instead of running it as a formula. Apostrophes already in front count too, so that
     * {@link #plain} gives back exactly the text.
     */
    public static String text(String s) {
        return s != null && FORMULA.matcher(s).lookingAt() ? "'" + s : s;
    }

    /** A free-text field as it was before {@link #text}. */
    public static String plain(String s) {
        return s != null && s.startsWith("'") && FORMULA.matcher(s.substring(1)).lookingAt() ? s.substring(1) : s;
    }

    /** A table with its header names and rows. */
    public record Table(List<String> header, List<CSVRecord> rows) {}

    public static Table read(Path file) throws IOException {
        try (Reader in = new BufferedReader(new InputStreamReader(InputFiles.open(file), StandardCharsets.UTF_8));
             CSVParser p = READ.parse(in)) {
            return new Table(p.getHeaderNames(), p.getRecords());
        }
    }
}
