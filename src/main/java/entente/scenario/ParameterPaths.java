package entente.scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed list of parameter paths that a caller reads together again and again (a scenario's
 * coefficients, for every sweep point and dated change). Where each path lies among a set of
 * parameters is found once for that set, not on every read: parameter sets made from one
 * another with {@link Parameters#with} share their paths, so a sweep's points find them once.
 */
public final class ParameterPaths implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] paths;
    /** The last set of paths looked in and each path's place there (-1: absent); replaced whole, so safe across threads. */
    private transient volatile Located last;

    private record Located(String[] keys, int[] at) {}

    private ParameterPaths(String[] paths) {
        this.paths = paths;
    }

    /** Each path's index in {@code keys} (sorted), -1 where absent. */
    int[] in(String[] keys) {
        Located known = last;
        if (known == null || known.keys != keys) {
            int[] at = new int[paths.length];
            for (int k = 0; k < paths.length; k++) {
                at[k] = Math.max(-1, Arrays.binarySearch(keys, paths[k]));
            }
            known = new Located(keys, at);
            last = known;
        }
        return known.at;
    }

    /** The values of one parameter set at these paths. */
    public final class Values {
        private final Parameters p;
        private final double[] v;

        Values(Parameters p, double[] v) {
            this.p = p;
            this.v = v;
        }

        /** The value at the k-th path (from {@link Builder#add}); 0 for -1 (no path); an absent path is an error. */
        public double get(int k) {
            if (k < 0) {
                return 0;
            }
            return Double.isNaN(v[k]) ? p.get(paths[k]) : v[k];
        }

        /** The same, NaN where the path is absent. */
        public double orNaN(int k) {
            return v[k];
        }

        public double[] get(int[] at) {
            double[] out = new double[at.length];
            for (int i = 0; i < at.length; i++) {
                out[i] = get(at[i]);
            }
            return out;
        }

        public double[][] get(int[][] at) {
            double[][] out = new double[at.length][];
            for (int i = 0; i < at.length; i++) {
                out[i] = get(at[i]);
            }
            return out;
        }
    }

    /** Gathers paths in groups; each add says where its paths will be read. */
    public static final class Builder {
        private final List<String> paths = new ArrayList<>();

        /** The path's place, -1 for null (a cell without a number, read as 0). */
        public int add(String path) {
            if (path == null) {
                return -1;
            }
            paths.add(path);
            return paths.size() - 1;
        }

        public int[] add(String[] group) {
            return Arrays.stream(group).mapToInt(this::add).toArray();
        }

        public int[][] add(String[][] groups) {
            return Arrays.stream(groups).map(this::add).toArray(int[][]::new);
        }

        public ParameterPaths build() {
            return new ParameterPaths(paths.toArray(new String[0]));
        }
    }
}
