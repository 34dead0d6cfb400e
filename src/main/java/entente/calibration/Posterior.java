package entente.calibration;

import entente.scenario.Factor;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * A weighted ensemble of parameter sets: what ABC believes of the parameters after seeing the
 * targets. Weights are normalised to sum to 1. Summaries (weighted mean, quantiles,
 * correlations) describe it; {@link #draws} turns it into equally weighted sets to run.
 *
 * @param values one row per particle, one column per parameter
 */
public record Posterior(List<Factor> parameters, double[][] values, double[] weights) {
    public Posterior {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("a posterior needs as many weights as particles, and at least one");
        }
        for (double[] row : values) {
            if (row.length != parameters.size()) {
                throw new IllegalArgumentException("every particle needs a value for each of the " + parameters.size() + " parameters");
            }
        }
        double total = Arrays.stream(weights).sum();
        if (!(total > 0) || Arrays.stream(weights).anyMatch(w -> w < 0 || !Double.isFinite(w))) {
            throw new IllegalArgumentException("weights must be finite, at least 0, and not all 0");
        }
        weights = Arrays.stream(weights).map(w -> w / total).toArray();
    }

    public int size() {
        return values.length;
    }

    /** The values of parameter k, particle by particle. */
    public double[] column(int k) {
        return Arrays.stream(values).mapToDouble(row -> row[k]).toArray();
    }

    public double mean(int k) {
        double m = 0;
        for (int i = 0; i < values.length; i++) {
            m += weights[i] * values[i][k];
        }
        return m;
    }

    /** Kish's effective sample size, (sum w)^2 / sum w^2: how many equal particles the weights are worth. */
    public double effectiveSize() {
        return 1 / Arrays.stream(weights).map(w -> w * w).sum();
    }

    /**
     * The weighted p-quantile of parameter k: the smallest value whose cumulative weight
     * reaches p (the inverse of the weighted empirical distribution function).
     */
    public double quantile(int k, double p) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(values[a][k], values[b][k]));
        double sum = 0;
        for (int i : order) {
            sum += weights[i];
            if (sum >= p - 1e-12) {
                return values[i][k];
            }
        }
        return values[order[order.length - 1]][k];
    }

    /** Weighted correlation of parameters a and b (0 when either does not vary). */
    public double correlation(int a, int b) {
        double ma = mean(a);
        double mb = mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < values.length; i++) {
            double da = values[i][a] - ma;
            double db = values[i][b] - mb;
            sab += weights[i] * da * db;
            saa += weights[i] * da * da;
            sbb += weights[i] * db * db;
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
    }

    /**
     * {@code count} equally weighted parameter sets by systematic resampling (one uniform
     * offset, then steps of 1/count through the cumulative weights): each particle appears
     * about count x weight times, and the same seed gives the same sets.
     */
    public double[][] draws(int count, long seed) {
        double offset = new MersenneTwister(seed).nextDouble() / count;
        double[][] out = new double[count][];
        double cumulative = weights[0];
        int i = 0;
        for (int j = 0; j < count; j++) {
            double u = offset + (double) j / count;
            while (u > cumulative && i < values.length - 1) {
                cumulative += weights[++i];
            }
            out[j] = values[i].clone();
        }
        return out;
    }

    /** The scenario with one parameter set applied (every path of each parameter). */
    public Scenario apply(Scenario s, double[] set) {
        return s.withParameters(apply(s.parameters(), set, null));
    }

    /**
     * The parameters with one set applied; where {@code keep} (a base the parameters were
     * changed from) is given, a path whose value differs from it keeps its own value: a
     * what-if's deliberate change is not overwritten by the draw, and a path it lacks (an event
     * it removed) is left out.
     */
    public Parameters apply(Parameters p, double[] set, Parameters keep) {
        Parameters out = p;
        for (int k = 0; k < parameters.size(); k++) {
            for (String path : parameters.get(k).paths()) {
                if (keep == null || p.has(path) && (!keep.has(path) || keep.get(path) == p.get(path))) {
                    out = out.with(path, set[k]);
                }
            }
        }
        return out;
    }
}
