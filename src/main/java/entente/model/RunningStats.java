package entente.model;

import java.io.Serializable;

/**
 * Initial, final, mean, peak and trough of a daily series, folded in one day at a time, with the
 * first days of the peak and the trough: how a summarized series is kept, and how a whole
 * series is summarized (so that both give the same numbers to the last bit).
 */
public final class RunningStats implements Serializable {
    private static final long serialVersionUID = 1L;

    private int days;
    private double initial, last, sum, peak, trough;
    private int peakDay, troughDay;

    /** The statistics of a whole series. */
    public static RunningStats of(double[] values) {
        RunningStats s = new RunningStats();
        for (double v : values) {
            s.add(v);
        }
        return s;
    }

    /** Folds in the next day's value. */
    public void add(double v) {
        if (days == 0) {
            initial = peak = trough = v;
        }
        if (v > peak) {
            peak = v;
            peakDay = days;
        }
        if (v < trough) {
            trough = v;
            troughDay = days;
        }
        sum += v;
        last = v;
        days++;
    }

    public int days() {
        return days;
    }

    public double initial() {
        return initial;
    }

    public double last() {
        return last;
    }

    public double mean() {
        return sum / days;
    }

    public double peak() {
        return peak;
    }

    public int peakDay() {
        return peakDay;
    }

    public double trough() {
        return trough;
    }

    public int troughDay() {
        return troughDay;
    }
}
