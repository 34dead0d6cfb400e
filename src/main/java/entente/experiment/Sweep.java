package entente.experiment;

import entente.calibration.Posterior;
import entente.model.RunInputs;
import entente.scenario.Factor;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.util.Seeds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked sweep, ready to run: the scenario, the design's points, replications and master
 * seed, and what to keep of each run. Run r is replication r % replications of point
 * r / replications, so the runs of a point are neighbours.
 *
 * @param file           the sweep file, as named on the command line
 * @param checksum       SHA-256 of the sweep file, which a resumed sweep must match
 * @param replications   runs per point (with a posterior: draws x replications per draw)
 * @param commonSeeds    replication k of every point uses the same seed (common random numbers)
 * @param draws          the posterior the points are run across, or null
 */
public record Sweep(String file, String checksum, String name, String title, Scenario scenario, long seed,
                    int replications, boolean commonSeeds, List<Factor> factors, Design design,
                    RunMetrics metrics, Draws draws) {

    public Sweep(String file, String checksum, String name, String title, Scenario scenario, long seed,
                 int replications, boolean commonSeeds, List<Factor> factors, Design design, RunMetrics metrics) {
        this(file, checksum, name, title, scenario, seed, replications, commonSeeds, factors, design, metrics, null);
    }

    /**
     * Policies across uncertainties: every point runs with each of {@code sets} (equally
     * weighted draws of a posterior ensemble) for {@code perDraw} replications; replication q
     * of a point belongs to draw q / perDraw.
     *
     * @param file the posterior file as the sweep file names it, with its SHA-256
     */
    public record Draws(String file, String sha256, Posterior posterior, double[][] sets, int perDraw) {
        public int count() {
            return sets.length;
        }
    }

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
        return scenario.withParameters(at(point, scenario.parameters()));
    }

    /**
     * The scenario a run runs: its point's factor values, on top of its draw's parameter set
     * when the sweep runs across a posterior (a factor that scales a value scales the drawn one).
     */
    public Scenario scenarioFor(int run) {
        return scenario.withParameters(parametersFor(run));
    }

    private Parameters parametersFor(int run) {
        if (draws == null) {
            return at(point(run), scenario.parameters());
        }
        double[] set = draws.sets()[replication(run) / draws.perDraw()];
        return at(point(run), draws.posterior().apply(scenario.parameters(), set, null));
    }

    /**
     * The run's scenario resolved for the model. The runs of a point (and draw) are neighbours,
     * so each thread keeps the last one it resolved: a point is resolved about once, not once
     * per replication, and only its numbers, on the scenario's structure resolved once.
     */
    public RunInputs inputsFor(int run) {
        int draw = draws == null ? 0 : replication(run) / draws.perDraw();
        Resolved last = LAST.get();
        if (last == null || last.sweep != this || last.point != point(run) || last.draw != draw) {
            RunInputs base = last != null && last.sweep == this ? last.base : RunInputs.of(scenario);
            last = new Resolved(this, base, point(run), draw, base.with(parametersFor(run)));
            LAST.set(last);
        }
        return last.inputs;
    }

    /** The inputs a thread resolved last, and for which sweep, point and draw; the sweep's scenario resolved as it is. */
    private record Resolved(Sweep sweep, RunInputs base, int point, int draw, RunInputs inputs) {}

    private static final ThreadLocal<Resolved> LAST = new ThreadLocal<>();

    private Parameters at(int point, Parameters base) {
        Map<String, Double> changes = new LinkedHashMap<>();
        double[] values = design.values()[point];
        for (int k = 0; k < factors.size(); k++) {
            factors.get(k).set(base, values[k], changes);
        }
        return base.with(changes);
    }
}
