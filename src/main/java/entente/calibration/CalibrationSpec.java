package entente.calibration;

import entente.scenario.Factor;
import entente.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to fit: the scenarios (the first is the one whose file the fitted values extend; each
 * target names the one it is measured on), the free parameters (set in every scenario), the
 * targets, and how: replications with
 * common random numbers (seed), the optimizer's budget, and the weight of the pull toward the
 * scenario's own values (the prior), which picks, among the points that meet the targets,
 * the one that changes the document-based values least. {@code abc} says how the Bayesian
 * calibration ({@code calibrate --method abc}) runs and which further parameters it samples.
 */
public record CalibrationSpec(Path file, List<Scenario> scenarios, Path scenarioFile, int replications, long seed,
                              int evaluations, double sigma, int population, double priorWeight, List<Factor> free,
                              List<Target> targets, Abc abc) {

    public CalibrationSpec(Path file, Scenario scenario, Path scenarioFile, int replications, long seed,
                           int evaluations, double sigma, int population, double priorWeight, List<Factor> free,
                           List<Target> targets) {
        this(file, List.of(scenario), scenarioFile, replications, seed, evaluations, sigma, population, priorWeight, free,
                targets, Abc.DEFAULTS);
    }

    public CalibrationSpec(Path file, Scenario scenario, Path scenarioFile, int replications, long seed,
                           int evaluations, double sigma, int population, double priorWeight, List<Factor> free,
                           List<Target> targets, Abc abc) {
        this(file, List.of(scenario), scenarioFile, replications, seed, evaluations, sigma, population, priorWeight, free,
                targets, abc);
    }

    /** The first scenario: the one the fitted values are written for. */
    public Scenario scenario() {
        return scenarios.get(0);
    }

    /**
     * Settings of sequential Monte Carlo ABC ({@link AbcSmc}): population, share kept, when to
     * stop, replications per particle (fresh seeds each), draws of the posterior predictive
     * check, and the parameters sampled besides the spec's {@code free} ones (uniform priors).
     */
    public record Abc(int particles, double alpha, double minAcceptance, int maxGenerations, int replications,
                      int draws, List<Factor> free) {
        public static final Abc DEFAULTS = new Abc(400, 0.5, 0.05, 20, 4, 100, List.of());

        /** The same settings with another population and generation cap (for a quick look). */
        public Abc resized(int particleCount, int generations) {
            return new Abc(particleCount, alpha, minAcceptance, generations, replications, draws, free);
        }

        public AbcSmc.Settings settings() {
            return new AbcSmc.Settings(particles, alpha, minAcceptance, maxGenerations);
        }
    }

    public List<Target> inSample() {
        return targets.stream().filter(t -> !t.heldOut()).toList();
    }

    /** Every parameter ABC samples: the free ones, then the ones named under {@code abc}. */
    public List<Factor> abcParameters() {
        List<Factor> all = new ArrayList<>(free);
        all.addAll(abc.free());
        return List.copyOf(all);
    }

    /** The same spec with other free parameters (ABC fits every parameter it samples). */
    public CalibrationSpec withFree(List<Factor> parameters) {
        return new CalibrationSpec(file, scenarios, scenarioFile, replications, seed, evaluations, sigma, population,
                priorWeight, parameters, targets, abc);
    }

    public CalibrationSpec withAbc(Abc settings) {
        return new CalibrationSpec(file, scenarios, scenarioFile, replications, seed, evaluations, sigma, population,
                priorWeight, free, targets, settings);
    }

    public CalibrationSpec withEvaluations(int budget) {
        return new CalibrationSpec(file, scenarios, scenarioFile, replications, seed, budget, sigma, population,
                priorWeight, free, targets, abc);
    }
}
