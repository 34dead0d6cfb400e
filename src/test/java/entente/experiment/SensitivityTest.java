package entente.experiment;

import entente.scenario.Factor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The estimators against test functions whose sensitivity indices are known in closed form. */
class SensitivityTest {
    private static final double A = 7;
    private static final double B = 0.1;

    /** Ishigami &amp; Homma (1990): sin x1 + 7 sin^2 x2 + 0.1 x3^4 sin x1 on [-pi, pi]^3. */
    private static double ishigami(double[] x) {
        return Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    private static List<Factor> factors(int d, double lo, double hi) {
        return IntStream.range(0, d).mapToObj(k -> new Factor("x" + (k + 1), List.of("x" + (k + 1)), false, null,
                lo, hi, 0, "")).toList();
    }

    private static double[] evaluate(Design d, ToDoubleFunction<double[]> f) {
        return IntStream.range(0, d.size()).mapToDouble(p -> f.applyAsDouble(d.values()[p])).toArray();
    }

    @Test
    void sobolIndicesOfTheIshigamiFunction() {
        // analytic partial variances (Sobol' & Levitan 1999)
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * 8 / 225;
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertEquals(0.314, s1[0], 0.001);
        assertEquals(0.442, s1[1], 0.001);
        assertEquals(0.244, st[2], 0.001);

        Design d = Designs.generate(DesignType.SALTELLI, factors(3, -Math.PI, Math.PI), 8192, 0, 1);
        List<SobolIndices.Index> ix = SobolIndices.estimate(d, evaluate(d, SensitivityTest::ishigami), 200, 5);
        double tolerance = 0.01; // N = 8192 base rows (40,960 evaluations); the errors are below 0.002 here
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index x = ix.get(i);
            assertEquals(s1[i], x.first(), tolerance, "S1 of " + x.factor());
            assertEquals(st[i], x.total(), tolerance, "ST of " + x.factor());
            assertTrue(x.firstLow() < s1[i] && s1[i] < x.firstHigh(), "the S1 interval holds the true value: " + x);
            assertTrue(x.totalLow() < st[i] && st[i] < x.totalHigh(), "the ST interval holds the true value: " + x);
        }
    }

    @Test
    void outputsEstimatedTogetherGetExactlyTheirIndicesAlone() {
        Design d = Designs.generate(DesignType.SALTELLI, factors(3, -Math.PI, Math.PI), 512, 0, 1);
        List<double[]> ys = List.of(evaluate(d, SensitivityTest::ishigami), evaluate(d, x -> x[0] * 1e3 + x[2]),
                evaluate(d, x -> 0.6 + 1e-3 * Math.sin(x[1])), evaluate(d, x -> 2));
        List<List<SobolIndices.Index>> together = SobolIndices.estimate(d, ys, 50, 9);
        for (int o = 0; o < ys.size(); o++) {
            assertEquals(SobolIndices.estimate(d, ys.get(o), 50, 9), together.get(o), "output " + o);
            assertEquals(byFormula(d, ys.get(o)), together.get(o).stream().flatMap(i -> List.of(i.first(), i.total())
                    .stream()).toList(), "output " + o + ": the estimators of the class comment, term by term");
        }
        assertTrue(Double.isNaN(together.get(3).get(0).first()), "an output that does not vary has no indices");
    }

    /** S1 and ST of each factor over all base rows, summed in row order as the class comment writes them. */
    private static List<Double> byFormula(Design d, double[] y) {
        int k = d.factors().size();
        int n = d.size() / (k + 2);
        double[] a = new double[n];
        double[] b = new double[n];
        double[][] ab = new double[k][n];
        for (int p = 0; p < d.size(); p++) {
            int v = d.varied()[p];
            double[] into = v == Design.NONE ? a : v == Design.B ? b : ab[v];
            into[d.block()[p]] = y[p];
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += a[j] + b[j];
        }
        double mean = sum / (2 * n);
        double var = 0;
        for (int j = 0; j < n; j++) {
            var += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
        }
        var /= 2 * n;
        List<Double> out = new java.util.ArrayList<>();
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j = 0; j < n; j++) {
                double diff = ab[i][j] - a[j];
                first += (b[j] - mean) * diff;
                total += diff * diff;
            }
            out.add(var > 0 ? first / n / var : Double.NaN);
            out.add(var > 0 ? total / (2.0 * n) / var : Double.NaN);
        }
        return out;
    }

    @Test
    void sobolIntervalsNarrowWithMoreRows() {
        double small = width(256);
        double large = width(4096);
        assertTrue(large < small / 2, "interval width " + small + " at N = 256, " + large + " at N = 4096");
    }

    private static double width(int n) {
        Design d = Designs.generate(DesignType.SALTELLI, factors(3, -Math.PI, Math.PI), n, 0, 1);
        SobolIndices.Index x = SobolIndices.estimate(d, evaluate(d, SensitivityTest::ishigami), 300, 5).get(1);
        return x.firstHigh() - x.firstLow();
    }

    @Test
    void morrisEffectsOfALinearFunctionAreItsSlopesOverTheRange() {
        double[] slope = {10, -5, 1, 0};
        Design d = Designs.generate(DesignType.MORRIS, factors(4, 0, 2), 10, 4, 3);
        double[] y = evaluate(d, x -> slope[0] * x[0] + slope[1] * x[1] + slope[2] * x[2] + slope[3] * x[3]);
        List<MorrisEffects.Effect> ef = MorrisEffects.estimate(d, y, 100, 1);
        for (int i = 0; i < 4; i++) {
            // an effect is the change over the whole range [0, 2]
            assertEquals(2 * slope[i], ef.get(i).mu(), 1e-4, "mu of x" + (i + 1));
            assertEquals(2 * Math.abs(slope[i]), ef.get(i).muStar(), 1e-4, "mu* of x" + (i + 1));
            assertEquals(0, ef.get(i).sigma(), 1e-4, "a linear function has no spread of effects");
            assertEquals(10, ef.get(i).effects(), "one effect per trajectory");
        }
    }

    /** Sobol's g-function: the smaller a_i, the more important x_i (Saltelli et al. 2008, 3.4). */
    @Test
    void morrisRanksTheFactorsOfTheGFunction() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        Design d = Designs.generate(DesignType.MORRIS, factors(6, 0, 1), 50, 4, 11);
        double[] y = evaluate(d, x -> {
            double g = 1;
            for (int i = 0; i < a.length; i++) {
                g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return g;
        });
        List<MorrisEffects.Effect> ef = MorrisEffects.estimate(d, y, 100, 1);
        List<String> ranked = ef.stream().sorted(Comparator.comparingDouble(MorrisEffects.Effect::muStar).reversed())
                .map(MorrisEffects.Effect::factor).toList();
        assertEquals(List.of("x1", "x2", "x3", "x4"), ranked.subList(0, 4), "ranking by mu*: " + ef);
        assertTrue(ef.get(4).muStar() < 0.1 * ef.get(3).muStar(), "x5 is nearly inert");
        assertTrue(ef.get(0).sigma() > 0, "x1 interacts with the others");
    }

    @Test
    void morrisTrajectoriesMoveOneFactorAtATime() {
        int p = 6;
        Design d = Designs.generate(DesignType.MORRIS, factors(3, 0, 1), 20, p, 2);
        double delta = p / (2.0 * (p - 1));
        assertEquals(20 * 4, d.size());
        for (int t = 0; t < 20; t++) {
            int start = t * 4;
            assertEquals(Design.NONE, d.varied()[start]);
            boolean[] moved = new boolean[3];
            for (int s = 1; s <= 3; s++) {
                int k = d.varied()[start + s];
                moved[k] = true;
                for (int i = 0; i < 3; i++) {
                    double change = d.values()[start + s][i] - d.values()[start + s - 1][i];
                    assertEquals(i == k ? d.step()[start + s] : 0, change, 1e-6);
                }
                assertEquals(delta, Math.abs(d.step()[start + s]), 1e-12);
            }
            assertTrue(moved[0] && moved[1] && moved[2], "every factor moves once per trajectory");
        }
    }
}
