package entente.calibration;

import entente.TestScenarios;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.Factor;
import entente.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;

/** A small recovery problem both calibrators are tested on: two free parameters, launches and cohesion. */
final class RecoveryProblem {
    private RecoveryProblem() {}

    static final Scenario S = TestScenarios.load(TestScenarios.SIX_STATES);
    static final LocalDate FROM = LocalDate.parse("2022-01-01");
    static final LocalDate TO = LocalDate.parse("2022-12-31");
    static final List<Factor> FREE = List.of(
            new Factor("test-bias", List.of("actions.prk-srbm.utility.bias"), -3, 1, ""),
            new Factor("alpha", List.of("dynamics.alpha"), 0.05, 1.0, ""));
    static final TargetStatistic LAUNCHES = new TargetStatistic(TargetStatistic.Kind.COUNT, null,
            EventType.MISSILE_TEST, "PRK", EventOrigin.DECISION, FROM, TO, null);
    static final TargetStatistic COHESION = new TargetStatistic(TargetStatistic.Kind.CHANGE,
            new RunRecord.Key("cohesion_trilateral", "", ""), null, null, null, FROM, TO, null);
}
