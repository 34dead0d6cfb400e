package entente.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

class FeatureScoresTest {
    private static final List<String> FACTORS = List.of("a", "b", "c", "d", "e");

    /** n points with five factors uniform on [lo, hi] and the output f of them. */
    private static List<FeatureScores.Score> sample(int n, double lo, double hi, ToDoubleFunction<double[]> f, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][FACTORS.size()];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < FACTORS.size(); j++) {
                x[i][j] = lo + (hi - lo) * r.nextDouble();
            }
            y[i] = f.applyAsDouble(x[i]) + 0.3 * r.nextGaussian();
        }
        return FeatureScores.score(FACTORS, x, y);
    }

    private static FeatureScores.Score of(List<FeatureScores.Score> scores, String factor) {
        return scores.stream().filter(s -> s.factor().equals(factor)).findFirst().orElseThrow();
    }

    @Test
    void aPlantedLinearFactorComesFirstWithItsShareAndDirection() {
        List<FeatureScores.Score> s = sample(600, 0, 1, x -> -3 * x[2], 1);
        assertEquals("c", s.get(0).factor());
        // Var(3x) = 0.75 of a total 0.75 + 0.09 (noise)
        assertEquals(0.75 / 0.84, s.get(0).firstOrder(), 0.04);
        assertTrue(s.get(0).spearman() < -0.9, "falling: " + s.get(0).spearman());
        for (FeatureScores.Score other : s.subList(1, s.size())) {
            assertTrue(other.firstOrder() < 0.03, other.factor() + " " + other.firstOrder());
        }
        // the bins' means are the partial dependence: -3 x
        FeatureScores.Score c = s.get(0);
        for (int k = 0; k < c.binX().length; k++) {
            assertEquals(-3 * c.binX()[k], c.binMean()[k], 0.25, "bin " + k);
        }
    }

    @Test
    void aFactorThatRisesAndFallsComesFirstThoughItsRankCorrelationIsNearZero() {
        List<FeatureScores.Score> s = sample(600, 0, 1, x -> Math.cos(2 * Math.PI * x[3]) + x[0], 2);
        assertEquals("d", s.get(0).factor());
        assertTrue(Math.abs(s.get(0).spearman()) < 0.2, "no monotone trend: " + s.get(0).spearman());
        assertEquals("a", s.get(1).factor());
    }

    @Test
    void firstOrderSharesOfTheIshigamiFunction() {
        // S1 = 0.3139, S2 = 0.4424, S3 = 0 (Ishigami and Homma 1990; a = 7, b = 0.1); noise 0.09 of ~13.8 variance
        List<FeatureScores.Score> s = sample(6000, -Math.PI, Math.PI,
                x -> Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]), 3);
        assertEquals(0.4424, of(s, "b").firstOrder(), 0.03);
        assertEquals(0.3139, of(s, "a").firstOrder(), 0.03);
        assertEquals(0, of(s, "c").firstOrder(), 0.02);
        assertEquals(List.of("b", "a"), List.of(s.get(0).factor(), s.get(1).factor()));
    }

    @Test
    void aFactorWithFewValuesGetsABinPerValue() {
        double[][] x = new double[40][1];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i][0] = i % 2;
            y[i] = i % 2 == 0 ? 1 : 3;
        }
        FeatureScores.Score s = FeatureScores.score(List.of("switch"), x, y).get(0);
        assertEquals(2, s.binX().length);
        assertEquals(1.0, s.firstOrder(), 1e-12, "the switch explains every difference");
        assertEquals(1.0, s.binMean()[0], 1e-12);
        assertEquals(3.0, s.binMean()[1], 1e-12);
    }

    @Test
    void anOutputThatDoesNotVaryHasNoScores() {
        double[][] x = new double[50][2];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i][0] = i;
            x[i][1] = i % 5;
            y[i] = 577; // every run the whole period: never crossed
        }
        for (FeatureScores.Score s : FeatureScores.score(List.of("a", "b"), x, y)) {
            assertTrue(Double.isNaN(s.firstOrder()) && Double.isNaN(s.spearman()), s.toString());
        }
    }

    @Test
    void aDesignScoringManyOutputsScoresEachAsAlone() {
        SplittableRandom r = new SplittableRandom(3);
        double[][] x = new double[300][FACTORS.size()];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = j == 4 ? r.nextInt(3) : r.nextDouble(); // e takes three values: a bin each
            }
        }
        FeatureScores.Design design = new FeatureScores.Design(FACTORS, x);
        for (int k = 0; k < 4; k++) {
            double[] y = new double[x.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = k == 3 ? 1 : x[i][k] * x[i][4] + 0.1 * r.nextGaussian();
            }
            if (k == 2) {
                y[7] = Double.NaN; // a point without runs: other points kept
            }
            assertEquals(text(FeatureScores.score(FACTORS, x, y)), text(design.score(y)), "output " + k);
            if (k == 0) {
                double[] a = Arrays.stream(x).mapToDouble(row -> row[0]).toArray();
                assertEquals(new SpearmansCorrelation().correlation(a, y), of(design.score(y), "a").spearman(),
                        "Spearman's correlation as Commons Math gives it");
            }
        }
    }

    private static String text(List<FeatureScores.Score> scores) {
        return scores.stream().map(s -> s.factor() + " " + s.firstOrder() + " " + s.spearman() + " "
                + Arrays.toString(s.binX()) + " " + Arrays.toString(s.binMean())).toList().toString();
    }
}
