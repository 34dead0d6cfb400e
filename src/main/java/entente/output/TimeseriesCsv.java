package entente.output;

import entente.io.Csv;
import entente.model.RunRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The run's daily series as one tidy long table: date, metric, actor, partner, value. */
public final class TimeseriesCsv {
    public static final String[] HEADER = {"date", "metric", "actor", "partner", "value"};

    /** One row of the table. */
    public record Row(String date, String metric, String actor, String partner, double value) {}

    private TimeseriesCsv() {}

    public static void write(RunRecord r, Path file) throws IOException {
        List<RunRecord.Key> keys = r.keys();
        try (CSVPrinter csv = Csv.writer(file, List.of(HEADER))) {
            for (int day = 0; day < r.days(); day++) {
                String date = r.date(day).toString();
                for (RunRecord.Key k : keys) {
                    csv.printRecord(date, k.metric(), k.actor(), k.partner(), Numbers.format(r.value(k, day)));
                }
            }
        }
    }

    public static List<Row> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setSkipHeaderRecord(true).build();
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : format.parse(in)) {
                rows.add(new Row(rec.get(0), rec.get(1), rec.get(2), rec.get(3), Double.parseDouble(rec.get(4))));
            }
        }
        return rows;
    }
}
