package entente.calibration;

import entente.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;

/**
 * What to fit: the scenario, the free parameters, the targets, and how: replications with
 * common random numbers (seed), the optimizer's budget, and the weight of the pull toward the
 * scenario's own values (the prior), which picks, among the points that meet the targets,
 * the one that changes the document-based values least.
 */
public record CalibrationSpec(Path file, Scenario scenario, Path scenarioFile, int replications, long seed,
                              int evaluations, double sigma, int population, double priorWeight, List<FreeParameter> free,
                              List<Target> targets) {

    public List<Target> inSample() {
        return targets.stream().filter(t -> !t.heldOut()).toList();
    }
}
