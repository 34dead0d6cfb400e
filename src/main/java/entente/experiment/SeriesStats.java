package entente.experiment;

import entente.model.RunRecord;
import entente.model.RunningStats;

/** Initial, final, mean, peak and trough of a daily series, with the days they occurred. */
public record SeriesStats(double initial, double last, double mean, double peak, int peakDay,
                          double trough, int troughDay) {

    /** A statistic by the name files use: initial, final, mean, peak or trough. */
    public double get(String name) {
        return switch (name) {
            case "initial" -> initial;
            case "final" -> last;
            case "mean" -> mean;
            case "peak" -> peak;
            case "trough" -> trough;
            default -> throw new IllegalArgumentException("no statistic '" + name + "'");
        };
    }

    public static SeriesStats of(double[] v) {
        if (v.length == 0) {
            throw new IllegalArgumentException("empty series");
        }
        return of(RunningStats.of(v));
    }

    /** The statistics of a series as a run kept them (day by day or as a running summary). */
    public static SeriesStats of(RunRecord r, RunRecord.Key k) {
        return of(r.stats(k));
    }

    private static SeriesStats of(RunningStats s) {
        return new SeriesStats(s.initial(), s.last(), s.mean(), s.peak(), s.peakDay(), s.trough(), s.troughDay());
    }
}
