package entente.calibration;

import entente.util.ParallelMap;
import entente.util.Seeds;
import entente.util.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bayesian calibration of a calibration spec by ABC ({@link AbcSmc}): uniform priors on every
 * parameter the spec's ABC samples (its {@code free} ones and those under {@code abc.free});
 * the distance of a particle is the root of the summed squared misses of the in-sample targets
 * (each target's mean over {@code abc.replications} runs with the particle's own seeds, so the
 * noise of the model is part of the likelihood ABC approximates). Held-out targets never enter
 * the distance; the posterior predictive check then measures every target, in-sample and held
 * out, on equally weighted draws of the posterior.
 */
public final class AbcCalibration {
    /**
     * A target on the posterior predictive: its value (mean over the replications) for each
     * draw, sorted.
     */
    public record Check(Target target, double[] sorted) {
        public double quantile(double p) {
            return Stats.quantile(sorted, p);
        }

        /** Share of draws whose value lies inside the target's range. */
        public double shareInside() {
            return (double) Arrays.stream(sorted).filter(target::contains).count() / sorted.length;
        }

        /** "inside" when the median is in range, "covered" when only the 90 % interval reaches it, else "miss". */
        public String verdict() {
            if (target.contains(quantile(0.5))) {
                return "inside";
            }
            return quantile(0.95) >= target.atLeast() && quantile(0.05) <= target.atMost() ? "covered" : "miss";
        }
    }

    /** The ABC run and the check on its posterior. */
    public record Outcome(CalibrationSpec spec, AbcSmc.Result abc, List<Check> checks) {
        public Posterior posterior() {
            return abc.posterior();
        }
    }

    private final CalibrationSpec spec;
    private final int threads;

    public AbcCalibration(CalibrationSpec spec, int threads) {
        this.spec = spec.withFree(spec.abcParameters());
        this.threads = threads;
    }

    /** The spec with every sampled parameter as free, as the posterior's columns are ordered. */
    public CalibrationSpec spec() {
        return spec;
    }

    public Outcome run(Consumer<AbcSmc.Generation> onGeneration) {
        Calibrator model = new Calibrator(spec, 1); // ABC runs particles in parallel; each particle on one thread
        int replications = spec.abc().replications();
        AbcSmc.Simulator simulator = (values, seed) -> Math.sqrt(model.evaluate(values, seed, replications).loss());
        AbcSmc.Result result = new AbcSmc(spec.free(), simulator, spec.abc().settings(), spec.seed(), threads)
                .run(onGeneration);
        return new Outcome(spec, result, check(result.posterior()));
    }

    /** Every target measured on {@code abc.draws} equally weighted posterior draws, with fresh seeds. */
    public List<Check> check(Posterior posterior) {
        Calibrator model = new Calibrator(spec, 1);
        long checkSeed = Seeds.forRun(spec.seed(), -1);
        double[][] draws = posterior.draws(spec.abc().draws(), checkSeed);
        List<double[]> means = ParallelMap.map(draws.length, threads,
                j -> model.evaluate(draws[j], Seeds.forRun(checkSeed, j), spec.abc().replications()).means());
        List<Check> checks = new ArrayList<>();
        for (int k = 0; k < spec.targets().size(); k++) {
            int target = k;
            double[] v = means.stream().mapToDouble(m -> m[target]).sorted().toArray();
            checks.add(new Check(spec.targets().get(k), v));
        }
        return checks;
    }
}
