package entente.classroom;

import entente.model.RunRecord;
import entente.scenario.EventType;
import entente.scenario.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What happened, for the debrief's comparison: DPRK launch days and allied drills held, from the
 * history tables in data/ as the backtest reads them ({@link entente.validation.History}), and
 * the same counts in a run.
 */
final class History {
    private static final List<String> ALLIES = List.of("USA", "KOR", "JPN");
    private static final Path DATA = Path.of("data");

    private final entente.validation.History record;

    private History(entente.validation.History record) {
        this.record = record;
    }

    /** The tables under ./data, or null where they are not (a server started elsewhere). */
    static History locate() throws InputException {
        Path launches = DATA.resolve("dprk-launches.csv");
        Path drills = DATA.resolve("allied-exercises.csv");
        Path holdout = DATA.resolve("holdout.yaml");
        if (!Files.isRegularFile(launches) || !Files.isRegularFile(drills) || !Files.isRegularFile(holdout)) {
            return null;
        }
        return new History(entente.validation.History.read(launches, drills, holdout));
    }

    long launchDays(LocalDate from, LocalDate to) {
        return record.launches().stream().filter(d -> within(d, from, to)).count();
    }

    long alliedDrills(LocalDate from, LocalDate to) {
        return record.drills().stream().filter(d -> within(d.start(), from, to)).count();
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
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
