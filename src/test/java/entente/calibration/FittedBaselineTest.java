package entente.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped baseline carries the fitted values: it meets every in-sample target. */
class FittedBaselineTest {
    @Test
    void theBaselineMeetsItsInSampleTargets() throws Exception {
        CalibrationSpec spec = CalibrationSpecReader.read(Path.of("scenarios", "calibration", "baseline-targets.yaml"));
        Calibrator c = new Calibrator(spec, 2);
        Calibrator.Evaluation e = c.evaluate(c.current());
        for (int k = 0; k < spec.targets().size(); k++) {
            Target t = spec.targets().get(k);
            if (!t.heldOut()) {
                assertTrue(t.contains(e.means()[k]), t.id() + ": simulated mean " + e.means()[k] + ", target " + t.range());
            }
        }
    }
}
