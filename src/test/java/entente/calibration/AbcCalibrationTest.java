package entente.calibration;

import static entente.calibration.RecoveryProblem.COHESION;
import static entente.calibration.RecoveryProblem.FREE;
import static entente.calibration.RecoveryProblem.LAUNCHES;
import static entente.calibration.RecoveryProblem.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import entente.scenario.Factor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parameter recovery through the calibration spec on a small scenario: targets made from runs
 * at known parameter values (seeds ABC never uses); each truth must lie inside its 90 %
 * posterior interval, and the interval must be narrower than the prior.
 */
class AbcCalibrationTest {
    private static final CalibrationSpec.Abc ABC = new CalibrationSpec.Abc(120, 0.5, 0.05, 10, 2, 30, List.of());

    private static CalibrationSpec spec(List<Target> targets) {
        return new CalibrationSpec(null, S, null, 8, 17, 10, 0.3, 0, 0, FREE, targets, ABC);
    }

    private static Target around(String id, TargetStatistic stat, double value, double halfWidth, boolean heldOut) {
        return new Target(id, "", "simulated", stat, value - halfWidth, value + halfWidth, halfWidth, heldOut);
    }

    @Test
    void recoversKnownParametersOfASmallScenario() {
        double[] truth = {-1.2, 0.6};
        Calibrator probe = new Calibrator(spec(List.of(around("l", LAUNCHES, 0, 1, false),
                around("c", COHESION, 0, 1, false))), 2);
        Calibrator.Evaluation atTruth = probe.evaluate(truth, 99_999, 8);
        AbcCalibration abc = new AbcCalibration(spec(List.of(
                around("launches", LAUNCHES, atTruth.means()[0], 0.5, false),
                around("cohesion", COHESION, atTruth.means()[1], 0.005, false),
                around("cohesion-held-out", COHESION, atTruth.means()[1], 0.005, true))), 2);
        AbcCalibration.Outcome out = abc.run(g -> { });
        Posterior p = out.posterior();
        for (int k = 0; k < truth.length; k++) {
            Factor f = FREE.get(k);
            double lo = p.quantile(k, 0.05);
            double hi = p.quantile(k, 0.95);
            assertTrue(lo <= truth[k] && truth[k] <= hi, f.name() + ": truth " + truth[k] + " outside " + lo + " .. " + hi);
            assertTrue(hi - lo < 0.5 * (f.max() - f.min()), f.name() + ": the data narrowed the prior: " + lo + " .. " + hi);
        }
        assertEquals(3, out.checks().size(), "every target is checked, held-out ones too");
        for (AbcCalibration.Check c : out.checks()) {
            assertEquals(30, c.sorted().length, "one value per posterior draw");
            assertTrue(c.quantile(0.05) <= c.target().atMost() && c.quantile(0.95) >= c.target().atLeast(),
                    c.target().id() + ": the posterior predictive reaches the data it was made from");
        }
    }
}
