package entente.calibration;

import entente.scenario.Factor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Parameter recovery on a toy simulator behind the same ABC class: data made from known
 * parameters with a seed ABC never uses; each truth must lie inside its 90 % posterior interval,
 * and the interval must be much narrower than the prior (else the test could not fail).
 */
class AbcSmcTest {
    private static final List<Factor> PRIOR = List.of(
            new Factor("level", List.of("toy.level"), 0, 10, ""),
            new Factor("rate", List.of("toy.rate"), 0, 5, ""),
            new Factor("slope", List.of("toy.slope"), -2, 2, ""));
    private static final double[] TRUTH = {6.3, 2.2, -1.1};
    private static final int N = 200;
    /** About each statistic's standard deviation at the truth. */
    private static final double[] SCALE = {0.07, 0.25, 0.1};

    /** Level plus slope x t with unit normal noise at N points, and N Poisson counts: mean, slope, mean count. */
    static double[] statistics(double[] p, long seed) {
        RandomGenerator rng = new MersenneTwister(seed);
        double sx = 0;
        double sxt = 0;
        double stt = 0;
        for (int i = 0; i < N; i++) {
            double t = (i + 0.5) / N - 0.5;
            double x = p[0] + p[2] * t + rng.nextGaussian();
            sx += x;
            sxt += x * t;
            stt += t * t;
        }
        double counts = 0;
        if (p[1] > 0) {
            PoissonDistribution poisson = new PoissonDistribution(rng, p[1], 1e-12, 10_000);
            for (int i = 0; i < N; i++) {
                counts += poisson.sample();
            }
        }
        return new double[] {sx / N, sxt / stt, counts / N};
    }

    static AbcSmc.Simulator toward(double[] observed) {
        return (values, seed) -> {
            double[] s = statistics(values, seed);
            double sum = 0;
            for (int k = 0; k < s.length; k++) {
                sum += Math.pow((s[k] - observed[k]) / SCALE[k], 2);
            }
            return Math.sqrt(sum);
        };
    }

    @Test
    void recoversKnownParametersInsideTheir90PercentIntervals() {
        double[] observed = statistics(TRUTH, 987_654_321L);
        AbcSmc abc = new AbcSmc(PRIOR, toward(observed), new AbcSmc.Settings(600, 0.5, 0.03, 30), 11, 2);
        AbcSmc.Result r = abc.run(g -> { });
        Posterior p = r.posterior();
        assertEquals(300, p.size());
        assertTrue(r.generations().size() > 3, "the tolerance fell over several generations: " + r.generations());
        for (int k = 0; k < TRUTH.length; k++) {
            Factor f = PRIOR.get(k);
            double lo = p.quantile(k, 0.05);
            double hi = p.quantile(k, 0.95);
            assertTrue(lo <= TRUTH[k] && TRUTH[k] <= hi, f.name() + ": truth " + TRUTH[k] + " outside " + lo + " .. " + hi);
            assertTrue(hi - lo < 0.3 * (f.max() - f.min()), f.name() + ": the data narrowed the prior: " + lo + " .. " + hi);
        }
        double[] tolerances = r.generations().stream().mapToDouble(AbcSmc.Generation::tolerance).toArray();
        for (int t = 1; t < tolerances.length; t++) {
            assertTrue(tolerances[t] <= tolerances[t - 1], "the tolerance never rises");
        }
    }

    /**
     * Twelve parameters of which the data speak to three: proposals outside the prior's box are
     * drawn again, so the population still moves (with out-of-box points let stand, nearly every
     * proposal of generation 1 fell outside and ABC stopped there), the three are recovered and
     * narrowed, and the nine the data ignore keep most of their prior's width.
     */
    @Test
    void manyParametersOfWhichFewMatter() {
        List<Factor> prior = new java.util.ArrayList<>(PRIOR);
        for (int k = 0; k < 9; k++) {
            prior.add(new Factor("unused-" + k, List.of("toy.unused" + k), 0, 1, ""));
        }
        double[] observed = statistics(TRUTH, 987_654_321L);
        AbcSmc abc = new AbcSmc(prior, toward(observed), new AbcSmc.Settings(600, 0.5, 0.03, 30), 11, 2);
        AbcSmc.Result r = abc.run(g -> { });
        assertTrue(r.generations().size() > 5, "the population moved for several generations: " + r.generations());
        Posterior p = r.posterior();
        for (int k = 0; k < prior.size(); k++) {
            Factor f = prior.get(k);
            double lo = p.quantile(k, 0.05);
            double hi = p.quantile(k, 0.95);
            if (k < TRUTH.length) {
                assertTrue(lo <= TRUTH[k] && TRUTH[k] <= hi, f.name() + ": truth " + TRUTH[k] + " outside " + lo + " .. " + hi);
                assertTrue(hi - lo < 0.4 * (f.max() - f.min()), f.name() + ": narrowed: " + lo + " .. " + hi);
            } else {
                assertTrue(hi - lo > 0.6, f.name() + ": the data say nothing of it: " + lo + " .. " + hi);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePosteriorOnAnyNumberOfThreads() {
        double[] observed = statistics(TRUTH, 5);
        AbcSmc.Settings s = new AbcSmc.Settings(100, 0.5, 0.1, 6);
        Posterior one = new AbcSmc(PRIOR, toward(observed), s, 3, 1).run(g -> { }).posterior();
        Posterior two = new AbcSmc(PRIOR, toward(observed), s, 3, 2).run(g -> { }).posterior();
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(one.values()[i], two.values()[i], 0.0);
        }
        assertArrayEquals(one.weights(), two.weights(), 0.0);
        Posterior other = new AbcSmc(PRIOR, toward(observed), s, 4, 2).run(g -> { }).posterior();
        assertTrue(other.values()[0][0] != one.values()[0][0], "another seed, another population");
    }

    @Test
    void systematicDrawsFollowTheWeights() {
        Posterior p = new Posterior(PRIOR.subList(0, 1), new double[][] {{1}, {2}, {3}}, new double[] {0.5, 0.25, 0.25});
        double[][] draws = p.draws(8, 1);
        long ones = java.util.Arrays.stream(draws).filter(d -> d[0] == 1).count();
        assertEquals(4, ones, "half the draws from the particle with half the weight");
        assertEquals(2, java.util.Arrays.stream(draws).filter(d -> d[0] == 3).count());
        assertEquals(1.0, p.quantile(0, 0.5), 0);
        assertEquals(2.0, p.quantile(0, 0.6), 0);
        assertEquals(1.75, p.mean(0), 1e-12);
        assertEquals(8.0 / 3, p.effectiveSize(), 1e-12);
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AbcSmc.Settings(10, 1.2, 0.05, 5));
        assertThrows(IllegalArgumentException.class, () -> new AbcSmc.Settings(3, 0.5, 0.05, 5));
        assertThrows(IllegalArgumentException.class, () -> new AbcSmc.Settings(100, 0.5, 0, 5));
    }
}
