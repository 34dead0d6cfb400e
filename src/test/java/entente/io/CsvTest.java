package entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    @TempDir
    Path tmp;

    @Test
    void rowsJoinedFromPartsAreThePrintersBytes() throws Exception {
        List<String> header = List.of("point", "a,b", "output", "mean");
        List<List<Object>> rows = List.of(List.of(0, "-0.5", "x.final", "1.25"), List.of(1, "2", "say \"hi\"", ""),
                List.of(2, "#3", " lead", "-7"));
        try (CSVPrinter p = Csv.writer(tmp.resolve("printer.csv"), header)) {
            for (List<Object> r : rows) {
                p.printRecord(r);
            }
        }
        try (BufferedWriter w = Csv.lines(tmp.resolve("lines.csv"), header)) {
            for (List<Object> r : rows) {
                // the first two fields as one part, the others each alone
                w.write(String.join(",", Csv.row(r.get(0), r.get(1)), Csv.row(r.get(2)), r.get(3).toString()));
                w.write('\n');
            }
        }
        assertEquals(Files.readString(tmp.resolve("printer.csv")), Files.readString(tmp.resolve("lines.csv")));
    }
}
