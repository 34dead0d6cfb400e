package entente.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import entente.util.Seeds;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped baseline against the failures issue 14's audit found in it: the invasion of
 * Ukraine lowered what Tokyo feared from Russia, the ROK's government change did nothing,
 * escalation sat at its ceiling, and diplomacy had no route to restraint.
 */
class BaselineHistoryTest {
    private static final int SEEDS = 8;
    private static final long MASTER = 20211001;
    private static Scenario baseline;
    private static final List<RunRecord> RUNS = new ArrayList<>();

    @BeforeAll
    static void runs() {
        baseline = TestScenarios.load(TestScenarios.BASELINE);
        for (int r = 0; r < SEEDS; r++) {
            RUNS.add(EntenteModel.run(baseline, Seeds.forRun(MASTER, r)));
        }
    }

    private static int day(String date) {
        return (int) (LocalDate.parse(date).toEpochDay() - baseline.start().toEpochDay());
    }

    /** The mean over the runs of a series' mean over the days from..to (inclusive). */
    private static double mean(List<RunRecord> runs, String metric, String actor, String partner, String from, String to) {
        double sum = 0;
        for (RunRecord r : runs) {
            double[] s = r.series(metric, actor, partner);
            for (int d = day(from); d <= day(to); d++) {
                sum += s[d] / (day(to) - day(from) + 1);
            }
        }
        return sum / runs.size();
    }

    @Test
    void theInvasionOfUkraineRaisesWhatTheAlliesFearFromRussiaAndDrawsChinaToIt() {
        for (String ally : List.of("JPN", "KOR", "USA")) {
            double before = mean(RUNS, "threat", ally, "RUS", "2021-12-01", "2022-02-23");
            double after = mean(RUNS, "threat", ally, "RUS", "2022-02-24", "2022-05-31");
            assertTrue(after > 1.5 * before, ally + "'s threat from Russia: " + before + " before, " + after + " after");
            double lasting = mean(RUNS, "affinity", ally, "RUS", "2023-01-01", "2023-04-30");
            assertTrue(lasting < mean(RUNS, "affinity", ally, "RUS", "2022-02-23", "2022-02-23"),
                    ally + "'s relations with Russia stay worse than before the war");
        }
        assertTrue(mean(RUNS, "affinity", "CHN", "RUS", "2022-05-31", "2022-05-31")
                > mean(RUNS, "affinity", "CHN", "RUS", "2022-02-23", "2022-02-23"), "China moves toward Russia");
        for (RunRecord r : RUNS) {
            assertTrue(r.events().stream().anyMatch(e -> e.type() == EventType.INVASION && e.day() == day("2022-02-24")));
        }
    }

    @Test
    void theDatedChangesTakeEffectOnTheirDatesAndNotBefore() {
        List<RunRecord.FiredChange> expected = List.of(
                new RunRecord.FiredChange(day("2022-02-24"), "ukraine-war", sourceOf("ukraine-war")),
                new RunRecord.FiredChange(day("2022-05-10"), "rok-government", sourceOf("rok-government")),
                new RunRecord.FiredChange(day("2023-03-06"), "rok-japan-settlement", sourceOf("rok-japan-settlement")));
        RUNS.forEach(r -> assertEquals(expected, r.changes()));
        Scenario noYoon = baseline.withParameters(baseline.parameters().with("changes.rok-government.enabled", 0));
        RunRecord without = EntenteModel.run(noYoon, Seeds.forRun(MASTER, 0));
        double[] with = RUNS.get(0).series("hedging", "KOR", "");
        double[] moon = without.series("hedging", "KOR", "");
        for (int d = 0; d < day("2022-05-10"); d++) {
            assertEquals(moon[d], with[d], 0, "day " + d + " is before Yoon's inauguration");
        }
        assertTrue(with[with.length - 1] > moon[moon.length - 1] + 0.1,
                "Yoon's government moves Seoul toward Washington: " + moon[moon.length - 1] + " -> " + with[with.length - 1]);
    }

    private static String sourceOf(String change) {
        return baseline.changes().stream().filter(c -> c.id().equals(change)).findFirst().orElseThrow().source();
    }

    @Test
    void noRunSitsAtTheCeilingAndTheIndexDoesNotPeakOnTheLastDay() {
        int peaksAtTheEnd = 0;
        for (RunRecord r : RUNS) {
            for (String actor : r.actors()) {
                for (double x : r.series("escalation", actor, "")) {
                    assertTrue(x < 0.8 * 10, actor + " at " + x + ", near the ceiling of 10");
                }
            }
            double[] index = r.series("escalation_index", "", "");
            double peak = java.util.Arrays.stream(index).max().orElseThrow();
            peaksAtTheEnd += index[index.length - 1] == peak ? 1 : 0;
        }
        assertTrue(peaksAtTheEnd < SEEDS, "the regional index peaks on the last day in every run");
    }

    @Test
    void diplomacyInsteadOfDrillsRestrainsTheDprkAsIn2018() {
        Scenario talks = TestScenarios.load(Path.of("scenarios/validation/diplomacy-2022.yaml"));
        int base = 0;
        int variant = 0;
        for (int r = 0; r < SEEDS; r++) {
            base += launchDays(RUNS.get(r), "2022-02-01", "2022-12-31");
            variant += launchDays(EntenteModel.run(talks, Seeds.forRun(MASTER, r)), "2022-02-01", "2022-12-31");
        }
        assertTrue(variant <= 0.25 * base, "launch days in Feb-Dec 2022: " + base + " in the baseline, " + variant
                + " with talks instead of drills (2018: none)");
    }

    private static int launchDays(RunRecord r, String from, String to) {
        return (int) r.events().stream()
                .filter(e -> e.origin() == EventOrigin.DECISION && e.type() == EventType.MISSILE_TEST)
                .mapToInt(ModelEvent::day).filter(d -> d >= day(from) && d <= day(to)).distinct().count();
    }
}
