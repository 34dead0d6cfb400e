package entente.output;

import entente.io.Csv;
import entente.model.RunRecord;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<Row> rows = new ArrayList<>();
        for (CSVRecord rec : Csv.read(file).rows()) {
            rows.add(new Row(rec.get("date"), rec.get("metric"), rec.get("actor"), rec.get("partner"),
                    Double.parseDouble(rec.get("value"))));
        }
        return rows;
    }
}
