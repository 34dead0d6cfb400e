package entente.experiment;

import entente.scenario.Factor;
import ec.util.MersenneTwisterFast;
import entente.util.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Builds the points of a design. Sampled designs draw unit coordinates in [0, 1]^d and map
 * them through {@link Factor#at}; values are rounded to the 6 decimals runs.csv records, so
 * the file says exactly what ran. The same factors, sizes and seed give the same design.
 */
public final class Designs {
    private Designs() {}

    /**
     * @param samples points (random, latin_hypercube, sobol), base rows (saltelli) or
     *                trajectories (morris); ignored for a grid
     * @param levels  Morris grid levels p (even)
     */
    public static Design generate(DesignType type, List<Factor> factors, int samples, int levels, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        return switch (type) {
            case GRID -> grid(factors);
            case RANDOM -> plain(type, factors, random(samples, factors.size(), rng));
            case LATIN_HYPERCUBE -> plain(type, factors, latinHypercube(samples, factors.size(), rng));
            case SOBOL -> plain(type, factors, sobol(samples, factors.size()));
            case SALTELLI -> saltelli(factors, samples);
            case MORRIS -> morris(factors, samples, levels, rng);
        };
    }

    /** Every combination of the factors' levels, the last factor changing fastest. */
    static Design grid(List<Factor> factors) {
        int d = factors.size();
        double[][] levels = factors.stream().map(Factor::levels).toArray(double[][]::new);
        int n = (int) DesignType.GRID.points(factors, 0);
        double[][] values = new double[n][d];
        for (int p = 0; p < n; p++) {
            int rest = p;
            for (int k = d - 1; k >= 0; k--) {
                values[p][k] = Numbers.round(levels[k][rest % levels[k].length]);
                rest /= levels[k].length;
            }
        }
        return independent(DesignType.GRID, factors, values);
    }

    static double[][] random(int n, int d, MersenneTwisterFast rng) {
        double[][] u = new double[n][d];
        for (double[] row : u) {
            for (int k = 0; k < d; k++) {
                row[k] = rng.nextDouble();
            }
        }
        return u;
    }

    /** One point in each of the n equal slices of every factor (McKay, Beckman &amp; Conover 1979). */
    static double[][] latinHypercube(int n, int d, MersenneTwisterFast rng) {
        double[][] u = new double[n][d];
        for (int k = 0; k < d; k++) {
            int[] slice = permutation(n, rng);
            for (int i = 0; i < n; i++) {
                u[i][k] = (slice[i] + rng.nextDouble()) / n;
            }
        }
        return u;
    }

    /** The first n points of the Sobol' sequence (Joe &amp; Kuo direction numbers), from the origin. */
    static double[][] sobol(int n, int d) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(d);
        double[][] u = new double[n][];
        for (int i = 0; i < n; i++) {
            u[i] = g.nextVector();
        }
        return u;
    }

    /**
     * Saltelli's scheme: a Sobol' sequence in 2d dimensions gives matrices A (first d columns)
     * and B (last d); each base row j yields A_j, then A_j with column i taken from B_j for
     * every i, then B_j: d + 2 points per row.
     */
    static Design saltelli(List<Factor> factors, int n) {
        int d = factors.size();
        double[][] ab = sobol(n, 2 * d);
        int size = n * (d + 2);
        double[][] values = new double[size][];
        int[] block = new int[size];
        int[] varied = new int[size];
        int p = 0;
        for (int j = 0; j < n; j++) {
            double[] a = Arrays.copyOfRange(ab[j], 0, d);
            double[] b = Arrays.copyOfRange(ab[j], d, 2 * d);
            for (int i = -1; i <= d; i++) {
                double[] u = i < 0 ? a : i == d ? b : a.clone();
                if (i >= 0 && i < d) {
                    u[i] = b[i];
                }
                values[p] = map(factors, u);
                block[p] = j;
                varied[p] = i < 0 ? Design.NONE : i == d ? Design.B : i;
                p++;
            }
        }
        return new Design(DesignType.SALTELLI, names(factors), values, block, varied, new double[size]);
    }

    /**
     * Morris trajectories on a p-level grid with step Δ = p / (2(p − 1)): each starts at a
     * random grid point and moves every factor once, in random order, up or down by Δ.
     */
    static Design morris(List<Factor> factors, int r, int p, MersenneTwisterFast rng) {
        int d = factors.size();
        int jump = p / 2; // Δ in grid levels
        double delta = (double) jump / (p - 1);
        int size = r * (d + 1);
        double[][] values = new double[size][];
        int[] block = new int[size];
        int[] varied = new int[size];
        double[] step = new double[size];
        int point = 0;
        for (int t = 0; t < r; t++) {
            int[] level = new int[d];
            int[] direction = new int[d];
            for (int k = 0; k < d; k++) {
                int base = rng.nextInt(p - jump); // so that base + jump stays on the grid
                direction[k] = rng.nextBoolean() ? 1 : -1;
                level[k] = direction[k] > 0 ? base : base + jump;
            }
            int[] order = permutation(d, rng);
            for (int s = 0; s <= d; s++) {
                if (s > 0) {
                    int k = order[s - 1];
                    level[k] += direction[k] * jump;
                    varied[point] = k;
                    step[point] = direction[k] * delta;
                } else {
                    varied[point] = Design.NONE;
                }
                double[] u = new double[d];
                for (int k = 0; k < d; k++) {
                    u[k] = (double) level[k] / (p - 1);
                }
                values[point] = map(factors, u);
                block[point] = t;
                point++;
            }
        }
        return new Design(DesignType.MORRIS, names(factors), values, block, varied, step);
    }

    /** A uniformly random order of 0 .. n-1 (Fisher-Yates). */
    private static int[] permutation(int n, MersenneTwisterFast rng) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        for (int k = n - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = order[k];
            order[k] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static Design plain(DesignType type, List<Factor> factors, double[][] unit) {
        double[][] values = new double[unit.length][];
        for (int i = 0; i < unit.length; i++) {
            values[i] = map(factors, unit[i]);
        }
        return independent(type, factors, values);
    }

    /** A design whose points stand alone: each its own block, nothing varied. */
    private static Design independent(DesignType type, List<Factor> factors, double[][] values) {
        int n = values.length;
        int[] block = new int[n];
        for (int i = 0; i < n; i++) {
            block[i] = i;
        }
        int[] none = new int[n];
        Arrays.fill(none, Design.NONE);
        return new Design(type, names(factors), values, block, none, new double[n]);
    }

    private static double[] map(List<Factor> factors, double[] u) {
        double[] v = new double[u.length];
        for (int k = 0; k < u.length; k++) {
            v[k] = Numbers.round(factors.get(k).at(u[k]));
        }
        return v;
    }

    private static List<String> names(List<Factor> factors) {
        List<String> out = new ArrayList<>();
        for (Factor f : factors) {
            out.add(f.name());
        }
        return List.copyOf(out);
    }
}
