package entente.output;

import entente.model.ModelEvent;
import entente.model.RunRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Every event that fired, scheduled, chosen by a state or injected, with why it fired. */
public final class EventsCsv {
    public static final String[] HEADER = {"date", "id", "type", "actors", "targets", "intensity", "subtype",
        "overflight", "level", "origin", "source", "note", "why"};

    private EventsCsv() {}

    public static void write(RunRecord r, Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').build();
        List<String> actors = r.actors();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, format)) {
            for (ModelEvent e : r.events()) {
                csv.printRecord(r.date(e.day()), e.id(), e.type(), names(e.actors(), actors), names(e.targets(), actors),
                        Numbers.format(e.intensity()), e.subtype() == null ? "" : e.subtype(), e.overflight(),
                        Double.isNaN(e.level()) ? "" : Numbers.format(e.level()), e.origin(), e.source(), e.note(),
                        e.why());
            }
        }
    }

    static String names(int[] indices, List<String> actors) {
        return Arrays.stream(indices).mapToObj(actors::get).collect(Collectors.joining(";"));
    }
}
