package entente.validation;

import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.scenario.ScenarioReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public record the backtest scores against: the DPRK's launch days of the main series
 * (data/dprk-launches.csv), the starts of allied drills that took place
 * (data/allied-exercises.csv) and the held-out declaration (data/holdout.yaml), with the
 * SHA-256 of each file read, by path, for the manifest.
 */
public record History(List<LocalDate> launches, List<Drill> drills, Holdout holdout, Map<String, String> files) {
    /**
     * The kinds counted (data/README.md, "main series"): ballistic (incl. hypersonic), satellite
     * launches and cruise missiles. SAM, rocket-artillery and unknown rows are context only.
     */
    public static final Set<String> MAIN_SERIES = Set.of("SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "hypersonic",
            "ballistic-unknown", "SLV", "cruise");
    private static final Set<String> CONTEXT = Set.of("SAM", "rocket-artillery", "unknown");
    /** Drills that took place; postponed, suspended and cancelled rows are decisions, not drills. */
    public static final Set<String> DRILLS_HELD = Set.of("held", "scaled-down");
    private static final Set<String> NOT_HELD = Set.of("postponed", "suspended", "cancelled");

    /** An allied drill that took place: its first day, name and status. */
    public record Drill(LocalDate start, String name, String status) {}

    public static History read(Path launchFile, Path exerciseFile, Path holdoutFile) throws InputException {
        List<Problem> problems = new ArrayList<>();
        List<LocalDate> launches = launches(HistoryTable.read(launchFile, List.of("date", "kind"), problems));
        List<Drill> drills = drills(HistoryTable.read(exerciseFile, List.of("start", "name", "status"), problems));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Holdout holdout = Holdout.read(holdoutFile);
        Map<String, String> files = new LinkedHashMap<>();
        for (Path p : List.of(launchFile, exerciseFile, holdoutFile)) {
            files.put(p.toString(), ScenarioReader.sha256(YamlFile.text(p).getBytes(StandardCharsets.UTF_8)));
        }
        return new History(launches, drills, holdout, files);
    }

    private static List<LocalDate> launches(HistoryTable t) {
        List<LocalDate> out = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (HistoryTable.Row r : t.rows()) {
            LocalDate date = t.date(r, "date");
            String kind = r.get("kind");
            if (!MAIN_SERIES.contains(kind) && !CONTEXT.contains(kind)) {
                t.problem(r, "kind", "unknown kind '" + kind + "' (see data/README.md for the kinds)");
            }
            if (date == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(date, r.line());
            if (first != null) {
                t.problem(r, "date", "a second row for " + date + " (line " + first + "); the table has one row per day");
            } else if (MAIN_SERIES.contains(kind)) {
                out.add(date);
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }

    private static List<Drill> drills(HistoryTable t) {
        List<Drill> out = new ArrayList<>();
        for (HistoryTable.Row r : t.rows()) {
            LocalDate start = t.date(r, "start");
            String status = r.get("status");
            if (!DRILLS_HELD.contains(status) && !NOT_HELD.contains(status)) {
                t.problem(r, "status", "unknown status '" + status + "' (held, scaled-down, postponed, suspended, cancelled)");
            } else if (start != null && DRILLS_HELD.contains(status)) {
                out.add(new Drill(start, r.get("name"), status));
            }
        }
        out.sort(java.util.Comparator.comparing(Drill::start));
        return List.copyOf(out);
    }

    /** The drills' first days, in order. */
    public List<LocalDate> drillStarts() {
        return drills.stream().map(Drill::start).toList();
    }
}
