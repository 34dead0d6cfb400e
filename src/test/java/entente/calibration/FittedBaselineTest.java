package entente.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped scenarios carry the fitted values: the stylized facts fitted are met, and month by
 * month their launch days are nearer the record's in-sample months than a flat rate at the
 * record's own in-sample mean (which knows the answer's level, not its timing).
 */
class FittedBaselineTest {
    /**
     * The one in-sample target the fit misses, as docs/calibration.md reports: the 2021–2022
     * months come out a little less bursty (about 1.4) than the 1.5 asked for.
     */
    private static final String KNOWN_MISS = "prk-bursts-2021-2022";

    @Test
    void theFittedScenariosMeetTheirStylizedFactsAndBeatAFlatRateMonthByMonth() throws Exception {
        CalibrationSpec spec = CalibrationSpecReader.read(Path.of("scenarios", "calibration", "baseline-targets.yaml"));
        Calibrator c = new Calibrator(spec, 2);
        Calibrator.Evaluation e = c.evaluate(c.current());
        List<Target> targets = spec.targets();
        for (int k = 0; k < targets.size(); k++) {
            Target t = targets.get(k);
            if (t.heldOut() || !t.group().isEmpty()) {
                continue;
            }
            if (t.id().equals(KNOWN_MISS)) {
                assertTrue(e.means()[k] > 1.2 && !t.contains(e.means()[k]), "the reported miss: " + e.means()[k]);
            } else {
                assertTrue(t.contains(e.means()[k]), t.id() + ": simulated mean " + e.means()[k] + ", target " + t.range());
            }
        }
        double model = 0;
        double flat = 0;
        List<Integer> months = new java.util.ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            if (!targets.get(k).heldOut() && !targets.get(k).group().isEmpty()) {
                months.add(k);
            }
        }
        double recordMean = months.stream().mapToDouble(k -> record(targets.get(k))).average().orElseThrow();
        for (int k : months) {
            model += Math.abs(e.means()[k] - record(targets.get(k)));
            flat += Math.abs(recordMean - record(targets.get(k)));
        }
        assertTrue(months.size() > 30, "the in-sample months of both periods: " + months.size());
        assertTrue(model < flat, "mean absolute monthly error " + model / months.size() + " against a flat rate's "
                + flat / months.size());
    }

    private static double record(Target t) {
        return (t.atLeast() + t.atMost()) / 2;
    }
}
