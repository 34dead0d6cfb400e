package entente.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One spec over several scenarios, monthly targets from the public record, launch days and their dispersion. */
class HistoryTargetsTest {
    @TempDir
    Path tmp;

    private Path spec(String targets) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String f : List.of("dprk-launches.csv", "allied-exercises.csv", "holdout.yaml")) {
            Files.copy(Path.of("data", f), data.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        String six = TestScenarios.text(TestScenarios.SIX_STATES);
        Files.writeString(scenarios.resolve("a.yaml"), six);
        String options = six.substring(six.indexOf("actions:"), six.indexOf("events:"));
        Files.writeString(scenarios.resolve("b.yaml"), (TestScenarios.quietSixStates() + options)
                .replace("name: six-states", "name: six-states-2019")
                .replace("period: {start: 2022-01-01, end: 2022-12-31}", "period: {start: 2019-01-15, end: 2019-12-31}"));
        return Files.writeString(scenarios.resolve("spec.yaml"), """
                scenarios: [a.yaml, b.yaml]
                replications: 2
                free:
                  - {name: bias, paths: [actions.prk-srbm.utility.bias], min: -3, max: 1}
                targets:
                """ + targets);
    }

    private static final String MONTHLY = """
              - id: months
                scenario: b.yaml
                source: "data/dprk-launches.csv"
                history: {launches: ../data/dprk-launches.csv, actor: PRK, type: MISSILE_TEST, tolerance: 0.5}
              - id: bursts
                scenario: a.yaml
                source: "ext: test"
                statistic: {kind: dispersion, type: MISSILE_TEST, actor: PRK, origin: decision, from: 2022-01-01, to: 2022-08-31}
                at_least: 1.5
            """;

    @Test
    void aHistoryTargetIsOneTargetPerDeclaredMonthOfItsScenario() throws Exception {
        CalibrationSpec s = CalibrationSpecReader.read(spec(MONTHLY));
        assertEquals(2, s.scenarios().size());
        assertEquals("six-states", s.scenario().name(), "the first scenario is the one fitted values extend");
        List<Target> months = s.targets().stream().filter(t -> t.group().equals("months")).toList();
        // 2019-01 is cut by the start (15 Jan): February..December, in-sample to April, held out from May
        assertEquals(11, months.size());
        assertEquals("months-2019-02", months.get(0).id());
        assertEquals(3, months.stream().filter(t -> !t.heldOut()).count());
        assertTrue(months.stream().allMatch(t -> t.scenario() == 1));
        Target august = months.stream().filter(t -> t.id().equals("months-2019-08")).findFirst().orElseThrow();
        assertTrue(august.heldOut());
        assertEquals(4.5, august.atLeast(), 1e-12, "five launch days in August 2019, minus the tolerance");
        assertEquals(0, (months.get(0).atLeast() + months.get(0).atMost()) / 2, 1e-12, "none in February 2019: the range is centred on the record");
        assertEquals(5.5, august.atMost(), 1e-12);
        assertEquals(0, s.targets().stream().filter(t -> t.id().equals("bursts")).findFirst().orElseThrow().scenario());
        Calibrator.Evaluation e = new Calibrator(s, 1).evaluate(new double[] {-1});
        assertEquals(s.targets().size(), e.means().length);
        assertTrue(java.util.Arrays.stream(e.means()).allMatch(Double::isFinite));
    }

    @Test
    void withSeveralScenariosEachTargetNamesOneOfThem() throws Exception {
        InputException none = assertThrows(InputException.class, () -> CalibrationSpecReader.read(spec("""
                  - id: x
                    source: "ext: test"
                    statistic: {kind: days, type: MISSILE_TEST, from: 2022-01-01, to: 2022-03-31}
                    at_least: 1
                """)));
        assertTrue(none.getMessage().contains("targets[1].scenario: the spec has several scenarios"), none.getMessage());
        InputException wrong = assertThrows(InputException.class, () -> CalibrationSpecReader.read(spec("""
                  - id: x
                    scenario: c.yaml
                    source: "ext: test"
                    statistic: {kind: days, type: MISSILE_TEST, from: 2022-01-01, to: 2022-03-31}
                    at_least: 1
                """)));
        assertTrue(wrong.getMessage().contains("'c.yaml' is not among the spec's scenarios (a.yaml, b.yaml)"), wrong.getMessage());
        InputException kind = assertThrows(InputException.class, () -> CalibrationSpecReader.read(spec("""
                  - id: x
                    scenario: a.yaml
                    source: "ext: test"
                    statistic: {kind: dispersal, type: MISSILE_TEST, from: 2022-01-01, to: 2022-03-31}
                    at_least: 1
                """)));
        assertTrue(kind.getMessage().contains("did you mean 'dispersion'?"), kind.getMessage());
    }

    @Test
    void launchDaysCountDaysAndDispersionIsTheMonthlyVarianceOverTheMean() {
        String text = TestScenarios.quietSixStates() + """
                events:
                  - {id: a1, date: 2022-01-03, type: MISSILE_TEST, subtype: SRBM, actors: [PRK], targets: [KOR], source: "ext: test"}
                  - {id: a2, date: 2022-01-03, type: MISSILE_TEST, subtype: CRUISE, actors: [PRK], targets: [KOR], source: "ext: test"}
                  - {id: a3, date: 2022-01-20, type: MISSILE_TEST, subtype: SRBM, actors: [PRK], targets: [KOR], source: "ext: test"}
                  - {id: b1, date: 2022-03-09, type: MISSILE_TEST, subtype: ICBM, actors: [PRK], targets: [KOR], source: "ext: test"}
                """;
        RunRecord r = EntenteModel.run(TestScenarios.parse(text), 1);
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2022, 4, 30);
        TargetStatistic.Kind days = TargetStatistic.Kind.DAYS;
        assertEquals(3, new TargetStatistic(days, null, EventType.MISSILE_TEST, "PRK", null, from, to, null).of(r));
        assertEquals(4, new TargetStatistic(TargetStatistic.Kind.COUNT, null, EventType.MISSILE_TEST, "PRK", null, from, to, null).of(r));
        assertEquals(2, new TargetStatistic(days, null, EventType.MISSILE_TEST, "PRK", null, List.of("SRBM"), from, to, null).of(r));
        assertEquals(0, new TargetStatistic(days, null, EventType.MISSILE_TEST, "PRK", EventOrigin.DECISION, from, to, null).of(r));
        // monthly launch days 2, 0, 1, 0: mean 0.75, sample variance (1.5625 + 0.5625 + 0.0625 + 0.5625) / 3
        double expected = (1.5625 + 0.5625 + 0.0625 + 0.5625) / 3 / 0.75;
        assertEquals(expected, new TargetStatistic(TargetStatistic.Kind.DISPERSION, null, EventType.MISSILE_TEST, "PRK",
                null, from, to, null).of(r), 1e-12);
        assertFalse(expected == 1);
    }
}
