package entente.experiment;

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
        int hi = 0;
        int lo = 0;
        double sum = 0;
        for (int d = 0; d < v.length; d++) {
            sum += v[d];
            if (v[d] > v[hi]) {
                hi = d;
            }
            if (v[d] < v[lo]) {
                lo = d;
            }
        }
        return new SeriesStats(v[0], v[v.length - 1], sum / v.length, v[hi], hi, v[lo], lo);
    }
}
