package entente.model;

/**
 * Axelrod–Bennett landscape of two blocs: the energy E(X) = Σ_{i<j} s_i s_j p_ij d_ij(X),
 * where s is size, p propensity (here alignment) and d_ij = 1 when i and j sit in different
 * blocs. The best partition minimises E: friends together, adversaries apart.
 *
 * <p>Up to {@value #ENUMERATION_LIMIT} states every split is visited (2^(n-1) of them, one state
 * moving per step: a few thousand operations, less than any bookkeeping would cost). Up to
 * {@value #EXACT_LIMIT} states the search is still exact: branch and bound over the states,
 * most strongly coupled first, started from the best split a descent finds (from a hint, such as
 * yesterday's split, when there is one). A branch is dropped once the energy it has fixed plus
 * the least every open state and open pair could still add is no lower than the best split found,
 * so on a landscape with blocs only a few branches are opened and the cost grows smoothly with
 * the number of states instead of as 2^n. Above the limit: single-state descents from the hint
 * and from the friends-and-foes splits of the {@value #STARTS} most strongly coupled states,
 * O(n²) each.
 *
 * <p>Splits whose energies differ by no more than {@value #TIE} count as equal; a split replaces
 * the all-in-one-bloc split (energy 0) only when it is lower by more than that.
 */
public final class BlocPartition {
    static final int ENUMERATION_LIMIT = 9;
    static final int EXACT_LIMIT = 20;
    static final int STARTS = 8;
    private static final double TIE = 1e-12;

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

    /**
     * The best split. {@code hint} (a split, or null) is where the searches start: it speeds the
     * exact search up without changing its answer, and is one of the starting points above it.
     */
    public static Result best(double[] size, double[][] propensity, int[] hint) {
        return size.length <= EXACT_LIMIT ? exact(size, propensity, hint) : localSearch(size, propensity, hint);
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

    static Result exact(double[] size, double[][] p, int[] hint) {
        return size.length <= ENUMERATION_LIMIT ? enumeration(size, p) : branchAndBound(size, p, hint);
    }

    /** Visits all 2^(n-1) partitions in Gray-code order, so each step moves one state: O(n). */
    static Result enumeration(double[] size, double[][] p) {
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
            if (e < bestEnergy - TIE) {
                bestEnergy = e;
                System.arraycopy(side, 0, best, 0, n);
            }
        }
        return new Result(best, bestEnergy);
    }

    static Result branchAndBound(double[] size, double[][] p, int[] hint) {
        int n = size.length;
        if (n < 2) {
            return new Result(new int[n], 0);
        }
        double[][] c = couplings(size, p);
        int[] side = descent(c, hint != null && hint.length == n ? hint.clone() : friendsAndFoes(c, 0));
        BranchAndBound search = new BranchAndBound(c, side, energy(size, p, side));
        search.run();
        return new Result(normalise(search.best), energy(size, p, search.best));
    }

    /** Depth-first search over the states in order of coupling strength, state 0 fixed on side 0. */
    private static final class BranchAndBound {
        private final double[][] c;
        private final int n;
        private final int[] order;
        private final int[] side;
        /** cost[s][k]: energy open state k adds with the fixed states if it joins side s. */
        private final double[][] cost;
        /** Per depth: the sum over pairs of open states of min(0, c), the most they can lower E. */
        private final double[] openPairs;
        int[] best;
        double bestEnergy;

        BranchAndBound(double[][] c, int[] start, double startEnergy) {
            this.c = c;
            n = c.length;
            order = strongestFirst(c);
            side = new int[n];
            cost = new double[2][n];
            openPairs = new double[n + 1];
            if (startEnergy < -TIE) {
                best = normalise(start);
                bestEnergy = startEnergy;
            } else {
                best = new int[n];
                bestEnergy = 0;
            }
            double negative = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    negative += Math.min(0, c[i][j]);
                }
            }
            openPairs[0] = negative;
        }

        void run() {
            place(0, 0, 0);
        }

        /** Fixes order[depth] on side s (state 0's side is fixed) and goes on while it can still win. */
        private void place(int depth, int s, double fixed) {
            int i = order[depth];
            double energy = fixed + cost[s][i];
            side[i] = s;
            if (depth == n - 1) {
                if (energy < bestEnergy - TIE) {
                    bestEnergy = energy;
                    best = side.clone();
                }
                return;
            }
            double pairs = openPairs[depth];
            for (int d = depth + 1; d < n; d++) {
                int k = order[d];
                cost[1 - s][k] += c[i][k];
                pairs -= Math.min(0, c[i][k]);
            }
            openPairs[depth + 1] = pairs;
            double bound = energy + pairs;
            for (int d = depth + 1; d < n; d++) {
                int k = order[d];
                bound += Math.min(cost[0][k], cost[1][k]);
            }
            if (bound < bestEnergy - TIE) {
                int next = order[depth + 1];
                int first = cost[0][next] <= cost[1][next] ? 0 : 1;
                place(depth + 1, first, energy);
                place(depth + 1, 1 - first, energy);
            }
            for (int d = depth + 1; d < n; d++) {
                cost[1 - s][order[d]] -= c[i][order[d]];
            }
        }
    }

    /** State 0 first (its side is fixed), then the others by total coupling, strongest first. */
    private static int[] strongestFirst(double[][] c) {
        int n = c.length;
        double[] strength = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                strength[i] += Math.abs(c[i][j]);
            }
        }
        Integer[] others = new Integer[n - 1];
        for (int i = 1; i < n; i++) {
            others[i - 1] = i;
        }
        java.util.Arrays.sort(others, (a, b) -> Double.compare(strength[b], strength[a])); // stable: ties by index
        int[] order = new int[n];
        for (int i = 1; i < n; i++) {
            order[i] = others[i - 1];
        }
        return order;
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

    /** Single-state moves until none helps; the gains are kept up to date, O(n) per move. */
    private static int[] descent(double[][] c, int[] side) {
        int n = side.length;
        double[] gain = new double[n];
        for (int i = 0; i < n; i++) {
            gain[i] = flipChange(c, side, i);
        }
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < n; i++) {
                if (gain[i] < -TIE) {
                    side[i] = 1 - side[i];
                    gain[i] = -gain[i];
                    for (int j = 0; j < n; j++) {
                        if (j != i) {
                            gain[j] += side[i] == side[j] ? 2 * c[i][j] : -2 * c[i][j];
                        }
                    }
                    improved = true;
                }
            }
        }
        return side;
    }

    /** State {@code seed} with everyone it is coupled to positively, the others apart. */
    private static int[] friendsAndFoes(double[][] c, int seed) {
        int[] side = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            side[i] = i == seed || c[seed][i] >= 0 ? 0 : 1;
        }
        return side;
    }

    /** Descents from the hint and from the friends-and-foes splits of the most strongly coupled states. */
    static Result localSearch(double[] size, double[][] p, int[] hint) {
        int n = size.length;
        double[][] c = couplings(size, p);
        int[] order = strongestFirst(c);
        Result best = new Result(new int[n], 0);
        for (int start = -1; start < Math.min(n, STARTS); start++) {
            int[] from = start >= 0 ? friendsAndFoes(c, order[start]) : hint != null && hint.length == n ? hint.clone() : null;
            if (from == null) {
                continue;
            }
            int[] side = normalise(descent(c, from));
            double e = energy(size, p, side);
            if (e < best.energy() - TIE) {
                best = new Result(side, e);
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
