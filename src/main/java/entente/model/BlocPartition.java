package entente.model;

/**
 * Axelrod–Bennett landscape of two blocs: the energy E(X) = Σ_{i<j} s_i s_j p_ij d_ij(X),
 * where s is size, p propensity (here alignment) and d_ij = 1 when i and j sit in different
 * blocs. The best partition minimises E: friends together, adversaries apart. Exact by
 * enumeration up to {@value #EXACT_LIMIT} states, local search from several starts above.
 */
public final class BlocPartition {
    static final int EXACT_LIMIT = 12;

    /** side[i] is 0 or 1; state 0 is always on side 0. */
    public record Result(int[] side, double energy) {
        public String label(String[] ids) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < side.length; i++) {
                StringBuilder sb = side[i] == 0 ? a : b;
                sb.append(sb.length() == 0 ? "" : ",").append(ids[i]);
            }
            return b.length() == 0 ? a.toString() : a + " | " + b;
        }
    }

    private BlocPartition() {}

    public static Result best(double[] size, double[][] propensity) {
        return size.length <= EXACT_LIMIT ? exact(size, propensity) : localSearch(size, propensity);
    }

    public static double energy(double[] size, double[][] p, int[] side) {
        double e = 0;
        for (int i = 0; i < side.length; i++) {
            for (int j = i + 1; j < side.length; j++) {
                if (side[i] != side[j]) {
                    e += size[i] * size[j] * p[i][j];
                }
            }
        }
        return e;
    }

    /** Visits all 2^(n-1) partitions in Gray-code order, so each step moves one state: O(n). */
    static Result exact(double[] size, double[][] p) {
        int n = size.length;
        double[][] c = couplings(size, p);
        int[] side = new int[n];
        int[] best = new int[n];
        double e = 0;
        double bestEnergy = 0;
        for (long step = 1; step < 1L << (n - 1); step++) {
            int i = Long.numberOfTrailingZeros(step) + 1;
            e += flipChange(c, side, i);
            side[i] = 1 - side[i];
            if (e < bestEnergy - 1e-12) {
                bestEnergy = e;
                System.arraycopy(side, 0, best, 0, n);
            }
        }
        return new Result(best, bestEnergy);
    }

    private static double[][] couplings(double[] size, double[][] p) {
        int n = size.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = i == j ? 0 : size[i] * size[j] * p[i][j];
            }
        }
        return c;
    }

    /** Change of energy when state i moves to the other bloc. */
    private static double flipChange(double[][] c, int[] side, int i) {
        double change = 0;
        for (int j = 0; j < side.length; j++) {
            change += side[i] == side[j] ? c[i][j] : -c[i][j];
        }
        return change;
    }

    /** Single-state moves until none helps, started from each state's friends-and-foes split. */
    static Result localSearch(double[] size, double[][] p) {
        int n = size.length;
        double[][] c = couplings(size, p);
        Result best = null;
        for (int seed = 0; seed < n; seed++) {
            int[] side = new int[n];
            for (int i = 0; i < n; i++) {
                side[i] = i == seed || p[seed][i] >= 0 ? 0 : 1;
            }
            boolean improved = true;
            while (improved) {
                improved = false;
                for (int i = 0; i < n; i++) {
                    if (flipChange(c, side, i) < -1e-12) {
                        side[i] = 1 - side[i];
                        improved = true;
                    }
                }
            }
            Result r = new Result(normalise(side), energy(size, p, side));
            if (best == null || r.energy() < best.energy() - 1e-12) {
                best = r;
            }
        }
        return best;
    }

    private static int[] normalise(int[] side) {
        int[] out = side.clone();
        if (out[0] == 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = 1 - out[i];
            }
        }
        return out;
    }
}
