package entente.calibration;

import entente.scenario.Factor;
import entente.util.ParallelMap;
import entente.util.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Likelihood-free Bayesian calibration: sequential Monte Carlo ABC with an adaptive tolerance,
 * the adaptive population Monte Carlo ABC of Lenormand, Jabot &amp; Deffuant (2013, Computational
 * Statistics 28), which refines the population Monte Carlo ABC of Beaumont, Cornuet, Marin &amp;
 * Robert (2009, Biometrika 96). The prior is uniform on a box; the search runs in unit
 * coordinates of that box.
 *
 * <p>Generation 0 draws {@code particles} points from the prior and keeps the best share
 * {@code alpha}; the worst distance kept is the tolerance. Each later generation draws the
 * rest anew from the kept ones (picked by weight, moved by a Gaussian kernel whose covariance is
 * twice the kept particles' weighted covariance, drawn again while outside the prior's box),
 * weights each new one by prior / proposal
 * density, and keeps again the best share alpha of old and new together: the tolerance falls
 * as the population closes in on the data. It stops when fewer than {@code minAcceptance} of
 * the new particles beat the tolerance they were drawn under (the population no longer moves),
 * or after {@code maxGenerations}.
 *
 * <p>Every random choice is made on the calling thread from one seeded generator, and each
 * simulation gets a seed from its generation and index alone, so the posterior is the same for
 * any number of threads.
 */
public final class AbcSmc {
    /** A stochastic model seen through its distance to the data: parameter values and a seed in. */
    @FunctionalInterface
    public interface Simulator {
        double distance(double[] values, long seed);
    }

    /** How large a population, how much of it to keep, when to stop. */
    public record Settings(int particles, double alpha, double minAcceptance, int maxGenerations) {
        public Settings {
            if (alpha <= 0 || alpha >= 1) {
                throw new IllegalArgumentException("alpha must lie strictly between 0 and 1, got " + alpha);
            }
            if (kept(particles, alpha) < 2 || particles - kept(particles, alpha) < 1) {
                throw new IllegalArgumentException(particles + " particles with alpha " + alpha
                        + " keep too few or renew none");
            }
            if (minAcceptance <= 0 || minAcceptance >= 1 || maxGenerations < 1) {
                throw new IllegalArgumentException("min acceptance must lie in (0, 1) and max generations be at least 1");
            }
        }

        /** Particles kept from one generation to the next (the posterior's size). */
        public int kept() {
            return kept(particles, alpha);
        }

        private static int kept(int particles, double alpha) {
            return (int) Math.floor(alpha * particles);
        }
    }

    /** One generation: the tolerance after it, the share of new particles that beat the old one, simulations. */
    public record Generation(int index, double tolerance, double acceptance, int simulations) {}

    /** The posterior and how it was reached. */
    public record Result(Posterior posterior, double[] distances, List<Generation> generations) {
        public int simulations() {
            return generations.stream().mapToInt(Generation::simulations).sum();
        }
    }

    /** Draws of a proposal before one outside the prior's box is let stand (see {@link #propose}). */
    private static final int MAX_TRIES = 100_000;
    /** Jitter on the kernel's diagonal (unit coordinates), so a collapsed parameter still moves. */
    private static final double JITTER = 1e-8;

    private final List<Factor> parameters;
    private final Simulator simulator;
    private final Settings settings;
    private final long seed;
    private final int threads;

    public AbcSmc(List<Factor> parameters, Simulator simulator, Settings settings, long seed, int threads) {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("ABC needs at least one parameter");
        }
        this.parameters = List.copyOf(parameters);
        this.simulator = simulator;
        this.settings = settings;
        this.seed = seed;
        this.threads = threads;
    }

    /** Runs to the end; {@code onGeneration} hears of each generation as it ends. */
    public Result run(Consumer<Generation> onGeneration) {
        RandomGenerator rng = new MersenneTwister(seed);
        int d = parameters.size();
        int n = settings.particles();
        double[][] first = new double[n][d];
        for (double[] u : first) {
            for (int k = 0; k < d; k++) {
                u[k] = rng.nextDouble();
            }
        }
        double[] equal = new double[n];
        Arrays.fill(equal, 1);
        Population pop = keepBest(first, distances(first, 0), equal, rng);
        List<Generation> generations = new ArrayList<>();
        generations.add(new Generation(0, pop.tolerance(), 1, n));
        onGeneration.accept(generations.get(0));
        for (int t = 1; t < settings.maxGenerations(); t++) {
            int fresh = n - settings.kept();
            Kernel kernel = new Kernel(pop.kernelCovariance());
            double[][] proposed = new double[fresh][];
            for (int j = 0; j < fresh; j++) {
                proposed[j] = propose(pop, kernel, rng);
            }
            double[] rho = distances(proposed, t);
            double[] weights = new double[fresh];
            int accepted = 0;
            for (int j = 0; j < fresh; j++) {
                weights[j] = inBox(proposed[j]) ? 1 / pop.proposalDensity(proposed[j], kernel) : 0;
                if (rho[j] < pop.tolerance()) {
                    accepted++;
                }
            }
            double acceptance = (double) accepted / fresh;
            pop = keepBest(concat(pop.units(), proposed), concat(pop.distances(), rho), concat(pop.weights(), weights), rng);
            Generation g = new Generation(t, pop.tolerance(), acceptance, (int) Arrays.stream(proposed).filter(AbcSmc::inBox).count());
            generations.add(g);
            onGeneration.accept(g);
            if (acceptance <= settings.minAcceptance()) {
                break;
            }
        }
        double[][] values = Arrays.stream(pop.units()).map(this::fromUnit).toArray(double[][]::new);
        return new Result(new Posterior(parameters, values, pop.weights()), pop.distances(), List.copyOf(generations));
    }

    /**
     * A new point: a kept particle picked by weight and moved by the kernel, drawn again while it
     * falls outside the prior's box (Toni et al. 2009, J. R. Soc. Interface 6, step S2.1), so that
     * with many parameters the generation is not spent on points of prior density 0. After
     * {@link #MAX_TRIES} the last draw stands; it is not simulated and gets weight 0. The weight
     * of a point inside uses the kernel's untruncated density, as Toni et al. do.
     */
    private static double[] propose(Population pop, Kernel kernel, RandomGenerator rng) {
        double[] u = null;
        for (int tries = 0; tries < MAX_TRIES && (u == null || !inBox(u)); tries++) {
            double[] move = kernel.sample(rng);
            double[] parent = pop.units()[pop.pick(rng.nextDouble())];
            u = new double[parent.length];
            for (int k = 0; k < u.length; k++) {
                u[k] = parent[k] + move[k];
            }
        }
        return u;
    }

    /** Distances of points in unit coordinates; a point outside the prior's box is not simulated. */
    private double[] distances(double[][] units, int generation) {
        long generationSeed = Seeds.forRun(seed, generation);
        List<Double> rho = ParallelMap.map(units.length, threads, i -> {
            if (!inBox(units[i])) {
                return Double.POSITIVE_INFINITY;
            }
            double r = simulator.distance(fromUnit(units[i]), Seeds.forRun(generationSeed, i));
            return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
        });
        return rho.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The kept share of a population: the smallest distances, ties broken at random (with
     * targets given as ranges many points meet them exactly).
     */
    private Population keepBest(double[][] units, double[] rho, double[] weights, RandomGenerator rng) {
        double[] tieBreak = new double[units.length];
        for (int i = 0; i < tieBreak.length; i++) {
            tieBreak[i] = rng.nextDouble();
        }
        int[] order = IntStream.range(0, units.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> rho[i]).thenComparingDouble(i -> tieBreak[i]))
                .mapToInt(Integer::intValue).limit(settings.kept()).toArray();
        double[][] u = new double[order.length][];
        double[] r = new double[order.length];
        double[] w = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            u[k] = units[order[k]];
            r[k] = rho[order[k]];
            w[k] = weights[order[k]];
        }
        return new Population(u, r, w);
    }

    private double[] fromUnit(double[] u) {
        double[] v = new double[u.length];
        for (int k = 0; k < u.length; k++) {
            Factor f = parameters.get(k);
            v[k] = f.min() + u[k] * (f.max() - f.min());
        }
        return v;
    }

    private static boolean inBox(double[] u) {
        for (double x : u) {
            if (x < 0 || x > 1) {
                return false;
            }
        }
        return true;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[][] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Kept particles in unit coordinates with their distances and importance weights (prior
     * density over proposal density; the prior's is 1 in unit coordinates, so generation 0's
     * weights are 1 and every later weight is on the same scale).
     */
    private record Population(double[][] units, double[] distances, double[] weights) {
        double tolerance() {
            return distances[distances.length - 1];
        }

        double totalWeight() {
            return Arrays.stream(weights).sum();
        }

        /** The index whose cumulative normalised weight first reaches x in [0, 1). */
        int pick(double x) {
            double target = x * totalWeight();
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                if (sum > target) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        /** Twice the weighted covariance (Beaumont et al. 2009), with a little jitter on the diagonal. */
        double[][] kernelCovariance() {
            int d = units[0].length;
            double total = totalWeight();
            double[] mean = new double[d];
            for (int i = 0; i < units.length; i++) {
                for (int k = 0; k < d; k++) {
                    mean[k] += weights[i] / total * units[i][k];
                }
            }
            double[][] cov = new double[d][d];
            for (int i = 0; i < units.length; i++) {
                double w = weights[i] / total;
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b <= a; b++) {
                        cov[a][b] += 2 * w * (units[i][a] - mean[a]) * (units[i][b] - mean[b]);
                    }
                }
            }
            for (int a = 0; a < d; a++) { // mirrored, so rounding cannot make it asymmetric
                for (int b = 0; b < a; b++) {
                    cov[b][a] = cov[a][b];
                }
            }
            for (int k = 0; k < d; k++) {
                cov[k][k] += JITTER;
            }
            return cov;
        }

        /** The density of the proposal (the kernel around each kept particle, by weight) at u. */
        double proposalDensity(double[] u, Kernel kernel) {
            double total = totalWeight();
            double sum = 0;
            double[] diff = new double[u.length];
            for (int i = 0; i < units.length; i++) {
                for (int k = 0; k < u.length; k++) {
                    diff[k] = u[k] - units[i][k];
                }
                sum += weights[i] / total * kernel.density(diff);
            }
            return sum;
        }
    }

    /** The zero-mean Gaussian perturbation kernel: draws through its Cholesky factor, densities in closed form. */
    private static final class Kernel {
        private final double[][] lower;
        private final double[][] inverse;
        private final double norm;

        Kernel(double[][] covariance) {
            CholeskyDecomposition c = new CholeskyDecomposition(new Array2DRowRealMatrix(covariance), 1e-12, 1e-300);
            RealMatrix l = c.getL();
            lower = l.getData();
            inverse = c.getSolver().getInverse().getData();
            norm = 1 / (Math.pow(2 * Math.PI, covariance.length / 2.0) * Math.sqrt(c.getDeterminant()));
        }

        double[] sample(RandomGenerator rng) {
            int d = lower.length;
            double[] z = new double[d];
            for (int k = 0; k < d; k++) {
                z[k] = rng.nextGaussian();
            }
            double[] out = new double[d];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    out[a] += lower[a][b] * z[b];
                }
            }
            return out;
        }

        double density(double[] x) {
            double q = 0;
            for (int a = 0; a < x.length; a++) {
                double row = 0;
                for (int b = 0; b < x.length; b++) {
                    row += inverse[a][b] * x[b];
                }
                q += x[a] * row;
            }
            return norm * Math.exp(-0.5 * q);
        }
    }
}
