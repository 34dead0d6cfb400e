package entente.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Every table Entente writes or reads: UTF-8, a header row, '\n' line ends on every system. */
public final class Csv {
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();

    private Csv() {}

    /** A printer that has written the header; closing it closes the file. */
    public static CSVPrinter writer(Path file, List<String> header) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0]))
                .setRecordSeparator('\n').build();
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), format);
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
