package entente.output;

import entente.io.Csv;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/** Every event that fired, scheduled, chosen by a state or injected, with why it fired. */
public final class EventsCsv {
    public static final String[] HEADER = {"date", "id", "type", "actors", "targets", "intensity", "subtype",
        "overflight", "level", "origin", "source", "note", "why"};

    private EventsCsv() {}

    public static void write(RunRecord r, Path file) throws IOException {
        List<String> actors = r.actors();
        try (CSVPrinter csv = Csv.writer(file, List.of(HEADER))) {
            for (ModelEvent e : r.events()) {
                csv.printRecord(r.date(e.day()), Csv.text(e.id()), e.type(), names(e.actors(), actors),
                        names(e.targets(), actors), Numbers.format(e.intensity()),
                        e.subtype() == null ? "" : Csv.text(e.subtype()), e.overflight(),
                        Double.isNaN(e.level()) ? "" : Numbers.format(e.level()), e.origin().key(), Csv.text(e.source()),
                        Csv.text(e.note()), Csv.text(e.why()));
            }
        }
    }

    static String names(int[] indices, List<String> actors) {
        return Arrays.stream(indices).mapToObj(actors::get).collect(Collectors.joining(";"));
    }
}
