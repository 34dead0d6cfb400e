package entente.validation;

import entente.util.Stats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The launch days of one source — the record (one replication), the model or a baseline (N
 * replications) — in the scored months, and the scores that describe a source on its own.
 */
public final class Sample {
    private final String name;
    private final ScoredMonths months;
    private final List<List<LocalDate>> launches = new ArrayList<>();
    private final double[][] monthly;

    /** Keeps only the launch days inside the scored months. */
    public Sample(String name, ScoredMonths months, List<List<LocalDate>> replications) {
        this.name = name;
        this.months = months;
        this.monthly = new double[replications.size()][];
        for (int r = 0; r < replications.size(); r++) {
            launches.add(replications.get(r).stream().filter(months::contains).toList());
            monthly[r] = months.counts(launches.get(r));
        }
    }

    public String name() {
        return name;
    }

    public int replications() {
        return monthly.length;
    }

    /** Launch days per scored month in replication r. */
    public double[] monthly(int r) {
        return monthly[r].clone();
    }

    /** Mean launch days per scored month over the replications. */
    public double[] meanMonthly() {
        double[] mean = new double[months.size()];
        for (double[] rep : monthly) {
            for (int k = 0; k < mean.length; k++) {
                mean[k] += rep[k] / monthly.length;
            }
        }
        return mean;
    }

    /** The p-quantile over replications of each month's count. */
    public double[] quantile(double p) {
        double[] q = new double[months.size()];
        for (int k = 0; k < q.length; k++) {
            double[] v = new double[monthly.length];
            for (int r = 0; r < v.length; r++) {
                v[r] = monthly[r][k];
            }
            Arrays.sort(v);
            q[k] = Stats.quantile(v, p);
        }
        return q;
    }

    /** Variance / mean of the monthly counts over the given months, per replication, then averaged over the replications where it is defined. */
    public double dispersion(int[] indices) {
        return meanWhereDefined(rep -> Scores.dispersion(pick(rep, indices)));
    }

    /**
     * Pearson r of each replication's counts over the given months with the record's, averaged
     * over the replications where it is defined (a replication with the same count every month
     * has none).
     */
    public double meanCorrelation(int[] indices, double[] record) {
        return meanWhereDefined(rep -> Scores.pearson(pick(rep, indices), record));
    }

    private double meanWhereDefined(ToDoubleFunction<double[]> score) {
        double sum = 0;
        int defined = 0;
        for (double[] rep : monthly) {
            double v = score.applyAsDouble(rep);
            if (!Double.isNaN(v)) {
                sum += v;
                defined++;
            }
        }
        return defined == 0 ? Double.NaN : sum / defined;
    }

    /** Mean launch days over the given months (a year's total, for instance). */
    public double total(int[] indices) {
        double sum = 0;
        for (double v : pick(meanMonthly(), indices)) {
            sum += v;
        }
        return sum;
    }

    /** Share of all replications' launch days that fall in a drill's window (pooled). */
    public double windowShare(List<LocalDate> drillStarts, int windowDays) {
        List<LocalDate> all = launches.stream().flatMap(List::stream).toList();
        return Scores.windowShare(all, drillStarts, windowDays);
    }

    static double[] pick(double[] v, int[] indices) {
        return Arrays.stream(indices).mapToDouble(k -> v[k]).toArray();
    }
}
