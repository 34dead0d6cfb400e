package entente.validation;

import entente.util.Stats;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The scoring functions of the backtest, on plain numbers and dates; NaN where a score is undefined. */
public final class Scores {
    private Scores() {}

    /** Pearson's correlation; NaN for fewer than two pairs or a constant series. */
    public static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length) {
            throw new IllegalArgumentException("series of different lengths: " + n + " and " + y.length);
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mx = Stats.mean(x);
        double my = Stats.mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Root mean square error of a prediction against the record; NaN for empty series. */
    public static double rmse(double[] predicted, double[] record) {
        if (predicted.length != record.length) {
            throw new IllegalArgumentException("series of different lengths: " + predicted.length + " and " + record.length);
        }
        double ss = 0;
        for (int i = 0; i < record.length; i++) {
            ss += (predicted[i] - record[i]) * (predicted[i] - record[i]);
        }
        return record.length == 0 ? Double.NaN : Math.sqrt(ss / record.length);
    }

    /**
     * Index of dispersion, variance / mean, with the sample variance (n − 1), so that a Poisson
     * count has 1 in expectation; NaN for fewer than two counts or a zero mean.
     */
    public static double dispersion(double[] counts) {
        int n = counts.length;
        double m = Stats.mean(counts);
        if (n < 2 || !(m > 0)) {
            return Double.NaN;
        }
        double ss = 0;
        for (double c : counts) {
            ss += (c - m) * (c - m);
        }
        return ss / (n - 1) / m;
    }

    /**
     * Whether a day lies in the window of a drill: on the day the drill starts or in the
     * {@code windowDays} − 1 days after it. {@code starts} must be sorted.
     */
    public static boolean inWindow(LocalDate day, List<LocalDate> starts, int windowDays) {
        for (LocalDate s : starts) {
            if (s.isAfter(day)) {
                return false;
            }
            if (day.toEpochDay() - s.toEpochDay() < windowDays) {
                return true;
            }
        }
        return false;
    }

    /** Share of the launch days that fall in a drill's window; NaN without launches. */
    public static double windowShare(Collection<LocalDate> launches, List<LocalDate> starts, int windowDays) {
        long in = launches.stream().filter(d -> inWindow(d, starts, windowDays)).count();
        return launches.isEmpty() ? Double.NaN : (double) in / launches.size();
    }

    /**
     * The chance rate: the share of the scored days that lie in a drill's window, which is the
     * share a launch process blind to drills would have in expectation.
     */
    public static double chanceRate(Collection<LocalDate> scoredDays, List<LocalDate> starts, int windowDays) {
        return windowShare(scoredDays, starts, windowDays);
    }

    /**
     * The share of a series' rise over its whole length that happens from index {@code from}
     * on: (last − value before from) / (last − first). NaN when the series does not rise.
     */
    public static double riseShare(double[] series, int from) {
        if (from < 1 || from >= series.length) {
            throw new IllegalArgumentException("index " + from + " is not inside the series (1 .. " + (series.length - 1) + ")");
        }
        double last = series[series.length - 1];
        double rise = last - series[0];
        return rise > 0 ? (last - series[from - 1]) / rise : Double.NaN;
    }
}
