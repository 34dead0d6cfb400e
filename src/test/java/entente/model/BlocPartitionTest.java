package entente.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlocPartitionTest {
    /** Two blocs of the given sizes: +0.8 within, -0.6 between, with a little noise. */
    private static double[][] twoBlocs(int[] side, long seed) {
        Random rng = new Random(seed);
        int n = side.length;
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = (side[i] == side[j] ? 0.8 : -0.6) + 0.1 * (rng.nextDouble() - 0.5);
                p[i][j] = p[j][i] = v;
            }
        }
        return p;
    }

    @Test
    void findsTwoClearBlocs() {
        int[] truth = {0, 1, 0, 1, 1, 0};
        double[] size = {0.14, 0.23, 0.03, 0.04, 0.01, 0.02};
        BlocPartition.Result r = BlocPartition.best(size, twoBlocs(truth, 1), null);
        assertArrayEquals(truth, r.side());
        assertEquals(BlocPartition.energy(size, twoBlocs(truth, 1), truth), r.energy(), 1e-15);
        assertEquals("A,C,F | B,D,E", r.label(new String[] {"A", "B", "C", "D", "E", "F"}));
    }

    @Test
    void energyCountsOnlyPairsThatAreSplit() {
        double[] size = {1, 2, 3};
        double[][] p = {{0, 0.5, -1}, {0.5, 0, 0.25}, {-1, 0.25, 0}};
        // split {0,1} | {2}: pairs (0,2) and (1,2) are split: 1*3*(-1) + 2*3*0.25 = -1.5
        assertEquals(-1.5, BlocPartition.energy(size, p, new int[] {0, 0, 1}), 1e-15);
        assertEquals(0, BlocPartition.energy(size, p, new int[] {0, 0, 0}), 0);
    }

    @Test
    void allFriendsStayInOneBloc() {
        double[] size = {1, 1, 1, 1};
        double[][] p = new double[4][4];
        for (double[] row : p) {
            Arrays.fill(row, 0.5);
        }
        assertArrayEquals(new int[] {0, 0, 0, 0}, BlocPartition.best(size, p, null).side());
    }

    @Test
    void localSearchFindsTheBlocsOfALargeRegion() {
        int[] truth = new int[16];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = (i * 7 % 3 == 0) ? 1 : 0;
        }
        truth[0] = 0;
        double[] size = new double[16];
        Arrays.fill(size, 0.05);
        assertArrayEquals(truth, BlocPartition.best(size, twoBlocs(truth, 2), null).side());
    }

    /** A landscape of random sizes and propensities in [-1, 1]: frustrated, no clear blocs. */
    private static double[][] randomLandscape(Random rng, double[] size) {
        int n = size.length;
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            size[i] = 0.01 + rng.nextDouble();
            for (int j = 0; j < i; j++) {
                p[i][j] = p[j][i] = 2 * rng.nextDouble() - 1;
            }
        }
        return p;
    }

    /** Every split by enumeration: the reference the branch and bound must equal. */
    private static BlocPartition.Result enumerate(double[] size, double[][] p) {
        int n = size.length;
        int[] best = new int[n];
        double bestEnergy = 0;
        for (int bits = 1; bits < 1 << (n - 1); bits++) {
            int[] side = new int[n];
            for (int i = 1; i < n; i++) {
                side[i] = bits >> (i - 1) & 1;
            }
            double e = BlocPartition.energy(size, p, side);
            if (e < bestEnergy - 1e-12) {
                bestEnergy = e;
                best = side;
            }
        }
        return new BlocPartition.Result(best, bestEnergy);
    }

    @Test
    void branchAndBoundFindsTheOptimumOfEveryLandscape() {
        Random rng = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + trial % 13;
            double[] size = new double[n];
            double[][] p = randomLandscape(rng, size);
            BlocPartition.Result truth = enumerate(size, p);
            int[] hint = trial % 2 == 0 ? null : rng.ints(n, 0, 2).toArray();
            BlocPartition.Result r = BlocPartition.branchAndBound(size, p, hint);
            assertArrayEquals(truth.side(), BlocPartition.best(size, p, hint).side());
            assertArrayEquals(truth.side(), r.side(), "landscape " + trial + " of " + n + " states");
            assertEquals(truth.energy(), r.energy(), 1e-12);
            assertEquals(BlocPartition.energy(size, p, r.side()), r.energy(), 0);
        }
    }

    @Test
    void branchAndBoundEqualsGrayCodeEnumerationUpToTheExactLimit() {
        Random rng = new Random(12);
        for (int n = BlocPartition.ENUMERATION_LIMIT; n <= BlocPartition.EXACT_LIMIT; n++) {
            double[] size = new double[n];
            double[][] p = randomLandscape(rng, size);
            BlocPartition.Result truth = BlocPartition.enumeration(size, p);
            assertArrayEquals(truth.side(), BlocPartition.best(size, p, null).side(), n + " states");
            assertEquals(truth.energy(), BlocPartition.best(size, p, null).energy(), 1e-12);
        }
    }

    @Test
    void hintDoesNotChangeTheExactAnswer() {
        int[] truth = {0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0};
        double[] size = new double[truth.length];
        Arrays.fill(size, 0.08);
        double[][] p = twoBlocs(truth, 3);
        int[] wrong = new int[truth.length];
        wrong[5] = 1;
        assertArrayEquals(truth, BlocPartition.branchAndBound(size, p, wrong).side());
        assertArrayEquals(truth, BlocPartition.branchAndBound(size, p, truth).side());
        assertArrayEquals(truth, BlocPartition.branchAndBound(size, p, null).side());
    }

    @Test
    void tieKeepsEveryoneInOneBloc() {
        // state 2 is indifferent to both others: moving it alone costs nothing, so nothing moves
        double[] size = {1, 1, 1};
        double[][] p = {{0, 0.5, 0}, {0.5, 0, 0}, {0, 0, 0}};
        for (BlocPartition.Result r : List.of(BlocPartition.best(size, p, new int[] {0, 0, 1}),
                BlocPartition.branchAndBound(size, p, new int[] {0, 0, 1}))) {
            assertArrayEquals(new int[] {0, 0, 0}, r.side());
            assertEquals(0, r.energy(), 0);
        }
    }

    @Test
    void localSearchMatchesBranchAndBoundOnRandomLandscapes() {
        Random rng = new Random(5);
        int found = 0;
        for (int trial = 0; trial < 50; trial++) {
            double[] size = new double[14];
            double[][] p = randomLandscape(rng, size);
            double exact = BlocPartition.exact(size, p, null).energy();
            double heuristic = BlocPartition.localSearch(size, p, null).energy();
            // local search may stop in a local minimum, but never below the true one
            assertTrue(heuristic >= exact - 1e-12);
            found += heuristic <= exact + 1e-12 ? 1 : 0;
        }
        assertTrue(found >= 35, "optimum found in " + found + " of 50 landscapes");
    }
}
