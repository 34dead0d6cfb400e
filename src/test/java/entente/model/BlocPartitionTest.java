package entente.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
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
        BlocPartition.Result r = BlocPartition.best(size, twoBlocs(truth, 1));
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
        assertArrayEquals(new int[] {0, 0, 0, 0}, BlocPartition.best(size, p).side());
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
        assertArrayEquals(truth, BlocPartition.best(size, twoBlocs(truth, 2)).side());
    }

    @Test
    void localSearchMatchesEnumerationOnRandomLandscapes() {
        Random rng = new Random(5);
        int found = 0;
        for (int trial = 0; trial < 50; trial++) {
            int n = 8;
            double[] size = new double[n];
            double[][] p = new double[n][n];
            for (int i = 0; i < n; i++) {
                size[i] = 0.01 + rng.nextDouble();
                for (int j = 0; j < i; j++) {
                    p[i][j] = p[j][i] = 2 * rng.nextDouble() - 1;
                }
            }
            double exact = BlocPartition.exact(size, p).energy();
            double heuristic = BlocPartition.localSearch(size, p).energy();
            // local search may stop in a local minimum, but never below the true one
            assertTrue(heuristic >= exact - 1e-12);
            found += heuristic <= exact + 1e-12 ? 1 : 0;
        }
        assertTrue(found >= 45, "optimum found in " + found + " of 50 landscapes");
    }
}
