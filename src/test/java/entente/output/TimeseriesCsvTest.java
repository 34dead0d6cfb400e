package entente.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeseriesCsvTest {
    @TempDir
    Path tmp;

    @Test
    void roundTripKeepsEveryValueToSixDecimals() throws IOException {
        RunRecord r = EntenteModel.run(TestScenarios.load(TestScenarios.SIX_STATES), 3);
        Path file = tmp.resolve("timeseries.csv");
        TimeseriesCsv.write(r, file);
        List<TimeseriesCsv.Row> rows = TimeseriesCsv.read(file);
        assertEquals(r.days() * r.keys().size(), rows.size());
        int i = 0;
        for (int day = 0; day < r.days(); day++) {
            for (RunRecord.Key k : r.keys()) {
                TimeseriesCsv.Row row = rows.get(i++);
                assertEquals(r.date(day).toString(), row.date());
                assertEquals(k, new RunRecord.Key(row.metric(), row.actor(), row.partner()));
                assertEquals(r.value(k, day), row.value(), 5e-7);
            }
        }
    }

    @Test
    void numbersArePlainAndRounded() {
        assertEquals("0", Numbers.format(1e-9));
        assertEquals("0.000001", Numbers.format(1e-6));
        assertEquals("-2.5", Numbers.format(-2.5));
        assertEquals("10", Numbers.format(10.0000001));
        assertEquals("0.333333", Numbers.format(1.0 / 3));
    }
}
