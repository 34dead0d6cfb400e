package entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The common threat of every pair, computed row by row, is bit for bit the sum over third states in order. */
class CommonThreatsTest {

    /** The definition: Σ_{k≠i,j} min(T_ik, T_jk), k increasing, from +0. */
    private static double definition(double[][] t, int i, int j) {
        double sum = 0;
        for (int k = 0; k < t.length; k++) {
            if (k != i && k != j) {
                sum += Math.min(t[i][k], t[j][k]);
            }
        }
        return sum;
    }

    private static void assertSameAsDefinition(double[][] t, boolean nonNegative) {
        int n = t.length;
        double[][] byTarget = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                byTarget[j][i] = i == j ? 0 : t[i][j];
            }
        }
        double[][] common = new double[n][n];
        World.commonThreats(t, byTarget, nonNegative, common);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double expected = i == j ? 0 : definition(t, i, j);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(common[i][j]),
                        "pair " + i + "," + j + " of " + n + ": " + expected + " vs " + common[i][j]);
            }
        }
    }

    private static double[][] threats(int n, Random r, boolean negatives) {
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    // magnitudes over many orders, so that the order of addition shows in the last bits
                    double v = Math.pow(10, 6 * r.nextDouble() - 3) * r.nextDouble();
                    t[i][j] = r.nextInt(9) == 0 ? (r.nextBoolean() ? 0.0 : -0.0) : negatives && r.nextBoolean() ? -v : v;
                }
            }
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 6, 13, 40})
    void nonNegativeThreatsTakeTheUnsplitLoopAndGiveTheSameBits(int n) {
        Random r = new Random(n);
        for (int trial = 0; trial < 20; trial++) {
            double[][] t = threats(n, r, false);
            assertSameAsDefinition(t, true);
            assertSameAsDefinition(t, false);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 6, 13, 40})
    void negativeThreatsStepOverTheirOwnTerm(int n) {
        Random r = new Random(100 + n);
        for (int trial = 0; trial < 20; trial++) {
            assertSameAsDefinition(threats(n, r, true), false);
        }
    }

    @Test
    void theUnsplitLoopWouldBeWrongForNegativeThreats() {
        double[][] t = {{0, -1, 2}, {3, 0, 4}, {5, 6, 0}};
        double[][] byTarget = {{0, 3, 5}, {-1, 0, 6}, {2, 4, 0}};
        double[][] common = new double[3][3];
        World.commonThreats(t, byTarget, true, common);
        assertEquals(-1 + definition(t, 0, 1), common[0][1], "pair (0, 1) also adds min(T_01, 0) = -1");
        World.commonThreats(t, byTarget, false, common);
        assertEquals(definition(t, 0, 1), common[0][1]);
    }
}
