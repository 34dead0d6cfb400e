package entente.calibration;

import entente.scenario.Factor;
import entente.model.EntenteModel;
import entente.model.Recording;
import entente.model.RunInputs;
import entente.model.RunRecord;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.util.ParallelMap;
import entente.util.Seeds;
import entente.util.Stats;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Fits the free parameters of a calibration spec with CMA-ES (Commons Math). Each trial point
 * runs the same replications with the same seeds (common random numbers), so the loss is a
 * deterministic function of the parameters and two trials differ only by what they change.
 * The search runs on [0, 1] per parameter, mapped to its bounds, so one sigma fits all.
 * A small pull toward the scenario's own values makes the answer unique where many points
 * meet every target: the one nearest the document-based values.
 */
public final class Calibrator {
    /** How well a point meets each target: mean over replications and its 95% CI half-width. */
    public record Evaluation(double[] values, double loss, double[] means, double[] halfWidths) {}

    /** The fit: the starting point, the best point and the loss after each evaluation. */
    public record Fit(Evaluation start, Evaluation best, double[] lossHistory) {}

    private final CalibrationSpec spec;
    private final int threads;
    /** What every run of an evaluation records: the series its targets read. */
    private final Recording recording;
    /** The spec's scenarios resolved once; a trial resolves only its numbers on them. */
    private final List<RunInputs> resolved;

    public Calibrator(CalibrationSpec spec, int threads) {
        this.spec = spec;
        this.threads = threads;
        this.recording = Recording.daily(spec.targets().stream().flatMap(t -> t.statistic().seriesRead().stream()).toList());
        this.resolved = spec.scenarios().stream().map(RunInputs::of).toList();
    }

    /** The (first) scenario with the free parameters set to values. */
    public Scenario at(double[] values) {
        return at(values, 0);
    }

    /** Scenario {@code k} of the spec with the free parameters set to values. */
    public Scenario at(double[] values, int k) {
        return spec.scenarios().get(k).withParameters(parameters(values, k));
    }

    private Parameters parameters(double[] values, int k) {
        Parameters p = spec.scenarios().get(k).parameters();
        List<Factor> free = spec.free();
        for (int i = 0; i < free.size(); i++) {
            for (String path : free.get(i).paths()) {
                p = p.with(path, values[i]);
            }
        }
        return p;
    }

    /** Loss: squared misses of in-sample targets plus the pull toward the scenario's own values. */
    public Evaluation evaluate(double[] values) {
        Evaluation e = evaluate(values, spec.seed(), spec.replications());
        double loss = e.loss();
        double[] prior = current();
        for (int i = 0; i < values.length; i++) {
            Factor f = spec.free().get(i);
            loss += spec.priorWeight() * Math.pow((values[i] - prior[i]) / (f.max() - f.min()), 2);
        }
        return new Evaluation(e.values(), loss, e.means(), e.halfWidths());
    }

    /**
     * Every target's mean over {@code replications} runs seeded from {@code seed}, and as loss
     * the squared misses of the in-sample targets alone (no pull toward the scenario's values).
     */
    public Evaluation evaluate(double[] values, long seed, int replications) {
        int count = spec.scenarios().size();
        List<RunInputs> scenarios = new java.util.ArrayList<>();
        for (int k = 0; k < count; k++) {
            scenarios.add(resolved.get(k).with(parameters(values, k)));
        }
        List<Target> targets = spec.targets();
        // run i is replication i % replications of scenario i / replications; each target reads its scenario's runs
        List<double[]> runs = ParallelMap.map(count * replications, threads, i -> {
            int k = i / replications;
            // the first scenario keeps the seeds a spec of one scenario has always had
            long scenarioSeed = k == 0 ? seed : Seeds.forRun(seed, k);
            RunRecord rec = EntenteModel.run(scenarios.get(k), Seeds.forRun(scenarioSeed, i % replications), recording);
            return targets.stream().mapToDouble(t -> t.scenario() == k ? t.statistic().of(rec) : Double.NaN).toArray();
        });
        double[] means = new double[targets.size()];
        double[] half = new double[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            int target = t;
            int from = targets.get(t).scenario() * replications;
            Stats.Summary st = Stats.summarize(runs.subList(from, from + replications).stream()
                    .mapToDouble(run -> run[target]).toArray());
            means[t] = st.mean();
            half[t] = replications > 1 ? st.high() - st.mean() : 0;
        }
        return new Evaluation(values.clone(), misses(targets, means), means, half);
    }

    /** The sum of squared misses (in scale units) of the in-sample targets. */
    public static double misses(List<Target> targets, double[] means) {
        double sum = 0;
        for (int k = 0; k < targets.size(); k++) {
            if (!targets.get(k).heldOut()) {
                sum += Math.pow(targets.get(k).miss(means[k]), 2);
            }
        }
        return sum;
    }

    /** The scenario's own values of the free parameters (the first path of each), clamped into bounds. */
    public double[] current() {
        return spec.free().stream().mapToDouble(f -> Math.max(f.min(), Math.min(f.max(),
                spec.scenario().parameters().get(f.paths().get(0))))).toArray();
    }

    /** Runs CMA-ES from the scenario's current values; progress gets the number of evaluations done. */
    public Fit fit(IntConsumer progress) {
        List<Factor> free = spec.free();
        int d = free.size();
        Evaluation start = evaluate(current());
        Evaluation[] best = {start};
        double[] history = new double[spec.evaluations()];
        int[] done = {0};
        ObjectiveFunction objective = new ObjectiveFunction(u -> {
            Evaluation e = evaluate(fromUnit(u));
            if (e.loss() < best[0].loss()) {
                best[0] = e;
            }
            if (done[0] < history.length) {
                history[done[0]] = best[0].loss();
            }
            progress.accept(++done[0]);
            return e.loss();
        });
        double[] sigma = new double[d];
        Arrays.fill(sigma, spec.sigma());
        int population = spec.population() > 0 ? spec.population() : 4 + (int) (3 * Math.log(d));
        CMAESOptimizer cmaes = new CMAESOptimizer(spec.evaluations(), 0, true, 0, 0,
                new MersenneTwister(spec.seed()), false, null);
        try {
            if (start.loss() > 0) {
                cmaes.optimize(new MaxEval(spec.evaluations()), objective, GoalType.MINIMIZE,
                        new InitialGuess(toUnit(start.values())), new SimpleBounds(new double[d], ones(d)),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(population));
            }
        } catch (TooManyEvaluationsException e) {
            // the budget is spent; the best point seen is the answer
        }
        return new Fit(start, best[0], Arrays.copyOf(history, Math.min(done[0], history.length)));
    }

    private double[] fromUnit(double[] u) {
        double[] v = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            Factor f = spec.free().get(i);
            v[i] = f.min() + Math.max(0, Math.min(1, u[i])) * (f.max() - f.min());
        }
        return v;
    }

    private double[] toUnit(double[] v) {
        double[] u = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            Factor f = spec.free().get(i);
            u[i] = (v[i] - f.min()) / (f.max() - f.min());
        }
        return u;
    }

    private static double[] ones(int d) {
        double[] o = new double[d];
        Arrays.fill(o, 1);
        return o;
    }
}
