package entente.calibration;

import static entente.calibration.RecoveryProblem.COHESION;
import static entente.calibration.RecoveryProblem.FREE;
import static entente.calibration.RecoveryProblem.LAUNCHES;
import static entente.calibration.RecoveryProblem.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter recovery: simulate with known parameters, fit to those outputs, get them back. */
class CalibratorTest {

    private static CalibrationSpec spec(List<Target> targets, int evaluations) {
        return new CalibrationSpec(null, S, null, 8, 17, evaluations, 0.3, 0, 0, FREE, targets);
    }

    private static Target around(String id, TargetStatistic stat, double value, double halfWidth) {
        return new Target(id, "", "simulated", stat, value - halfWidth, value + halfWidth, halfWidth, false);
    }

    @Test
    void recoversKnownParameters() {
        double[] truth = {-0.8, 0.6};
        Calibrator probe = new Calibrator(spec(List.of(around("l", LAUNCHES, 0, 1), around("c", COHESION, 0, 1)), 10), 2);
        Calibrator.Evaluation atTruth = probe.evaluate(truth);
        double launches = atTruth.means()[0];
        double cohesion = atTruth.means()[1];
        assertTrue(launches > 5, "the test scenario launches: " + launches);

        Calibrator fit = new Calibrator(spec(List.of(
                around("launches", LAUNCHES, launches, 0.5), around("cohesion", COHESION, cohesion, 0.005)), 400), 2);
        double[] start = fit.current();
        assertTrue(Math.abs(start[0] - truth[0]) > 0.5 && Math.abs(start[1] - truth[1]) > 0.2, "the fit starts away from the truth");
        Calibrator.Fit result = fit.fit(n -> { });
        double[] found = result.best().values();
        // tolerance: 10% of each parameter's range
        assertEquals(truth[0], found[0], 0.4, "test bias");
        assertEquals(truth[1], found[1], 0.095, "alpha");
        assertTrue(result.best().loss() < result.start().loss());
    }

    @Test
    void theFitIsTheSameOnAnyNumberOfThreads() {
        List<Target> targets = List.of(around("launches", LAUNCHES, 12, 0.5));
        CalibrationSpec spec = new CalibrationSpec(null, S, null, 4, 3, 30, 0.3, 0, 0.1, FREE.subList(0, 1), targets);
        double[] one = new Calibrator(spec, 1).fit(n -> { }).best().values();
        double[] two = new Calibrator(spec, 2).fit(n -> { }).best().values();
        assertEquals(one[0], two[0], 0.0);
    }

    @Test
    void heldOutTargetsDoNotEnterTheLoss() {
        Target held = new Target("h", "", "s", LAUNCHES, -2, -1, 1, true);
        Calibrator c = new Calibrator(spec(List.of(held), 10), 1);
        Calibrator.Evaluation e = c.evaluate(c.current());
        assertEquals(0.0, e.loss(), 0.0);
        assertTrue(e.means()[0] > -1, "it is still measured");
    }

    @Test
    void missIsTheDistanceToTheRangeInScaleUnits() {
        Target t = new Target("t", "", "s", LAUNCHES, 10, 20, 5, false);
        assertEquals(0, t.miss(15), 0);
        assertEquals(1, t.miss(25), 1e-12);
        assertEquals(2, t.miss(0), 1e-12);
        Target open = new Target("o", "", "s", LAUNCHES, 0, Double.POSITIVE_INFINITY, 0.1, false);
        assertEquals(0, open.miss(1e9), 0);
        assertEquals(">= 0.0", open.range());
    }
}
