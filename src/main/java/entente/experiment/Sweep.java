package entente.experiment;

import entente.scenario.Factor;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.util.Seeds;
import java.util.List;

/**
 * A checked sweep, ready to run: the scenario, the design's points, replications and master
 * seed, and what to keep of each run. Run r is replication r % replications of point
 * r / replications, so the runs of a point are neighbours.
 *
 * @param file           the sweep file, as named on the command line
 * @param checksum       SHA-256 of the sweep file, which a resumed sweep must match
 * @param commonSeeds    replication k of every point uses the same seed (common random numbers)
 */
public record Sweep(String file, String checksum, String name, String title, Scenario scenario, long seed,
                    int replications, boolean commonSeeds, List<Factor> factors, Design design,
                    RunMetrics metrics) {

    public int runs() {
        return design.size() * replications;
    }

    public int point(int run) {
        return run / replications;
    }

    public int replication(int run) {
        return run % replications;
    }

    /** The run's seed: from the master seed and the run's index (or replication) alone. */
    public long seed(int run) {
        return Seeds.forRun(seed, commonSeeds ? replication(run) : run);
    }

    /** The scenario with the point's factor values set. */
    public Scenario scenarioAt(int point) {
        Parameters base = scenario.parameters();
        Parameters p = base;
        double[] values = design.values()[point];
        for (int k = 0; k < factors.size(); k++) {
            p = factors.get(k).apply(base, p, values[k]);
        }
        return scenario.withParameters(p);
    }
}
