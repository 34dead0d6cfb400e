package entente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * PRIM, the Patient Rule Induction Method (Friedman and Fisher 1999, "Bump hunting in
 * high-dimensional data", Statistics and Computing 9:123-143), as scenario discovery uses it
 * (Bryant and Lempert 2010): find a box in the space of the inputs where the cases of interest
 * are dense.
 *
 * <p>Peeling starts from the box that holds every case and, step by step, cuts off a slice of
 * about {@code alpha} of the cases still inside, at the low or the high end of one input: the
 * cut that leaves the highest share of cases of interest inside. It stops when the box would
 * hold less than {@code minMass} of all cases, or holds nothing but cases of interest. Each step
 * is a box on the trajectory, a trade-off between coverage (the share of all cases of interest
 * that lie inside) and density (the share of the cases inside that are of interest). Pasting
 * then widens a chosen box again, on one side of one input at a time by at most about
 * {@code alpha} of its cases (the width that leaves the highest density), as long as that takes in cases of interest without lowering the density
 * (peeling is greedy and may have cut too far).
 *
 * <p>Bounds are inclusive and lie on values of the data; an input whose bounds are the data's
 * own minimum and maximum is not restricted. Inputs are columns ({@code x[input][case]}).
 */
public final class Prim {
    /** A box: inclusive bounds per input, and what it holds. */
    public record Box(double[] low, double[] high, int cases, int interesting, double coverage, double density,
                      double mass) {
        /** The harmonic mean of coverage and density: high only when both are. */
        public double balance() {
            return coverage + density == 0 ? 0 : 2 * coverage * density / (coverage + density);
        }
    }

    private final double[][] x;
    private final boolean[] y;
    private final int n;
    private final int totalInteresting;
    private final double[] min;
    private final double[] max;

    /**
     * @param x the inputs, {@code x[input][case]}
     * @param y whether each case is of interest
     */
    public Prim(double[][] x, boolean[] y) {
        this.x = x;
        this.y = y;
        this.n = y.length;
        int k = 0;
        for (boolean b : y) {
            k += b ? 1 : 0;
        }
        this.totalInteresting = k;
        this.min = new double[x.length];
        this.max = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            min[j] = Arrays.stream(x[j]).min().orElse(0);
            max[j] = Arrays.stream(x[j]).max().orElse(0);
        }
    }

    /** The smallest and largest value of each input: the box that restricts nothing. */
    public double[] min() {
        return min.clone();
    }

    public double[] max() {
        return max.clone();
    }

    /** Whether the box restricts input j. */
    public boolean restricts(Box b, int j) {
        return b.low()[j] > min[j] || b.high()[j] < max[j];
    }

    /**
     * How likely the box's restriction of input j would be if it did not matter: the box without
     * that restriction holds cases of interest at some density; drawing as many cases as the box
     * holds from it at that density, the chance of at least as many cases of interest as the box
     * has (a one-sided binomial tail; the quasi-p-value of Bryant and Lempert 2010). NaN when
     * the box does not restrict j.
     */
    public double quasiP(Box b, int j) {
        if (!restricts(b, j)) {
            return Double.NaN;
        }
        if (b.interesting() == 0) {
            return 1;
        }
        Box free = withBound(b, j, min[j], max[j]);
        BinomialDistribution h0 = new BinomialDistribution(null, b.cases(), free.density());
        return 1 - h0.cumulativeProbability(b.interesting() - 1);
    }

    /** The peeling trajectory, from the box that holds every case to the last peel. */
    public List<Box> peel(double alpha, double minMass) {
        List<Box> out = new ArrayList<>();
        Box box = box(min.clone(), max.clone());
        out.add(box);
        while (box.density() < 1) {
            Box next = bestPeel(box, alpha, minMass);
            if (next == null) {
                break;
            }
            out.add(next);
            box = next;
        }
        return out;
    }

    /** The box widened, slice by slice, while that adds cases of interest and keeps or raises its density. */
    public Box paste(Box box, double alpha) {
        Box current = box;
        while (true) {
            Box best = null;
            for (int j = 0; j < x.length; j++) {
                for (boolean low : new boolean[] {true, false}) {
                    Box wider = widen(current, j, low, alpha);
                    if (wider != null && wider.interesting() > current.interesting() && better(wider,
                            best == null ? current : best)) {
                        best = wider;
                    }
                }
            }
            if (best == null) {
                return current;
            }
            current = best;
        }
    }

    /** Higher density, or as dense and covering more. */
    private static boolean better(Box a, Box b) {
        return a.density() > b.density() || a.density() == b.density() && a.coverage() > b.coverage();
    }

    /** Of all one-sided peels of one input that keep at least minMass, the one leaving the highest density. */
    private Box bestPeel(Box box, double alpha, double minMass) {
        int[] inside = inside(box.low(), box.high());
        Box best = null;
        for (int j = 0; j < x.length; j++) {
            double[] v = new double[inside.length];
            for (int i = 0; i < inside.length; i++) {
                v[i] = x[j][inside[i]];
            }
            Arrays.sort(v);
            if (v[0] == v[v.length - 1]) {
                continue;
            }
            int cut = Math.max(1, (int) Math.floor(alpha * v.length));
            // keep values >= the alpha-quantile; on ties at the edge, cut the whole tie off
            double lowEdge = v[Math.min(cut, v.length - 1)];
            if (lowEdge == v[0]) {
                lowEdge = firstAbove(v, v[0]);
            }
            double highEdge = v[v.length - 1 - Math.min(cut, v.length - 1)];
            if (highEdge == v[v.length - 1]) {
                highEdge = lastBelow(v, v[v.length - 1]);
            }
            for (Box candidate : List.of(withBound(box, j, lowEdge, box.high()[j]),
                    withBound(box, j, box.low()[j], highEdge))) {
                if (candidate.mass() >= minMass && candidate.cases() > 0
                        && (best == null || candidate.density() > best.density())) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * The box with one side of input j moved out by up to about alpha of its cases: of the
     * widths up to that, the one with the highest density (the widest of equals); null if no
     * case lies beyond that side.
     */
    private Box widen(Box box, int j, boolean low, double alpha) {
        // cases outside only because of input j, on that side, nearest first
        List<double[]> beyond = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double v = x[j][i];
            if ((low ? v < box.low()[j] : v > box.high()[j]) && insideExcept(box, i, j)) {
                beyond.add(new double[] {v, y[i] ? 1 : 0});
            }
        }
        if (beyond.isEmpty()) {
            return null;
        }
        beyond.sort((a, b) -> low ? Double.compare(b[0], a[0]) : Double.compare(a[0], b[0]));
        int most = Math.min(beyond.size(), Math.max(1, (int) Math.ceil(alpha * box.cases())));
        int interesting = box.interesting();
        double bestDensity = -1;
        double edge = Double.NaN;
        for (int t = 0; t < beyond.size(); t++) {
            interesting += (int) beyond.get(t)[1];
            boolean tieEnds = t + 1 == beyond.size() || beyond.get(t + 1)[0] != beyond.get(t)[0];
            if (tieEnds) {
                double density = (double) interesting / (box.cases() + t + 1);
                if (density >= bestDensity) {
                    bestDensity = density;
                    edge = beyond.get(t)[0];
                }
                if (t + 1 >= most) {
                    break;
                }
            }
        }
        return low ? withBound(box, j, edge, box.high()[j]) : withBound(box, j, box.low()[j], edge);
    }

    private boolean insideExcept(Box box, int i, int except) {
        for (int j = 0; j < x.length; j++) {
            if (j != except && (x[j][i] < box.low()[j] || x[j][i] > box.high()[j])) {
                return false;
            }
        }
        return true;
    }

    private Box withBound(Box box, int j, double low, double high) {
        double[] lo = box.low().clone();
        double[] hi = box.high().clone();
        lo[j] = low;
        hi[j] = high;
        return box(lo, hi);
    }

    /** The box with these bounds, its cases counted. */
    Box box(double[] low, double[] high) {
        int cases = 0;
        int interesting = 0;
        for (int i = 0; i < n; i++) {
            if (contains(low, high, i)) {
                cases++;
                interesting += y[i] ? 1 : 0;
            }
        }
        return new Box(low, high, cases, interesting,
                totalInteresting == 0 ? 0 : (double) interesting / totalInteresting,
                cases == 0 ? 0 : (double) interesting / cases, (double) cases / n);
    }

    private int[] inside(double[] low, double[] high) {
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (contains(low, high, i)) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private boolean contains(double[] low, double[] high, int i) {
        for (int j = 0; j < x.length; j++) {
            double v = x[j][i];
            if (v < low[j] || v > high[j]) {
                return false;
            }
        }
        return true;
    }

    private static double firstAbove(double[] sorted, double v) {
        for (double s : sorted) {
            if (s > v) {
                return s;
            }
        }
        return v;
    }

    private static double lastBelow(double[] sorted, double v) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] < v) {
                return sorted[i];
            }
        }
        return v;
    }
}
