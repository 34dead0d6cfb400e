package entente.classroom;

import entente.io.Csv;
import entente.model.RunRecord;
import entente.scenario.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * What happened, for the debrief's comparison: DPRK launch days and allied exercises from the
 * history tables in data/ (see data/README.md for what a row counts), and the same counts in a run.
 */
final class History {
    /** data/README.md's "main series": ballistic kinds plus satellite launches and cruise missiles. */
    private static final Set<String> MAIN_SERIES = Set.of("SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "hypersonic",
            "ballistic-unknown", "SLV", "cruise");
    private static final List<String> ALLIES = List.of("USA", "KOR", "JPN");

    private final List<CSVRecord> launches;
    private final List<CSVRecord> exercises;

    private History(List<CSVRecord> launches, List<CSVRecord> exercises) {
        this.launches = launches;
        this.exercises = exercises;
    }

    /** The tables under ./data, or null where they are not (a server started elsewhere). */
    static History locate() throws IOException {
        Path data = Path.of("data");
        Path l = data.resolve("dprk-launches.csv");
        Path x = data.resolve("allied-exercises.csv");
        if (!Files.isRegularFile(l) || !Files.isRegularFile(x)) {
            return null;
        }
        return new History(Csv.read(l).rows(), Csv.read(x).rows());
    }

    long launchDays(LocalDate from, LocalDate to) {
        return launches.stream().filter(r -> MAIN_SERIES.contains(r.get("kind")) && within(r.get("date"), from, to)).count();
    }

    long alliedExercises(LocalDate from, LocalDate to) {
        return exercises.stream().filter(r -> r.get("status").equals("held") && within(r.get("start"), from, to)).count();
    }

    private static boolean within(String date, LocalDate from, LocalDate to) {
        LocalDate d = LocalDate.parse(date);
        return !d.isBefore(from) && !d.isAfter(to);
    }

    static long launches(RunRecord r) {
        int prk = r.actors().indexOf("PRK");
        return r.events().stream().filter(e -> e.type() == EventType.MISSILE_TEST && has(e.actors(), prk)).count();
    }

    static long allied(RunRecord r) {
        return r.events().stream().filter(e -> e.type() == EventType.JOINT_EXERCISE && ALLIES.stream()
                .anyMatch(a -> has(e.actors(), r.actors().indexOf(a)))).count();
    }

    private static boolean has(int[] actors, int i) {
        return Arrays.stream(actors).anyMatch(a -> a == i);
    }

}
