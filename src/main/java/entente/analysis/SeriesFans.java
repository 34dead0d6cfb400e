package entente.analysis;

import entente.experiment.SeriesParts;
import entente.output.SweepCharts;
import entente.util.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quantiles of daily series across runs, read from a sweep's series parts in one pass: per
 * design point across its replications, and across an evenly spaced sample of all runs. Only
 * one point's runs and the sample are held at a time.
 */
final class SeriesFans {
    /** Fan quantiles of one metric; scope is "all" or the design point. */
    record Fan(String scope, String metric, double[][] quantiles) {}

    /** The fans, and how many runs the "all" fans sample. */
    record Result(List<Fan> fans, int sampled) {}

    private final List<String> metrics;
    private final int days;
    private final int replications;
    private final boolean perPoint;
    private final int stride;
    private final Map<String, Integer> dayOf = new HashMap<>();
    private final List<Fan> fans = new ArrayList<>();
    private final double[][][] sample;
    private int sampled;
    private double[][][] point;
    private int pointIndex = -1;
    private int pointRuns;

    private SeriesFans(List<String> metrics, LocalDate start, int days, int replications, boolean perPoint,
                       int runs, int sampleSize) {
        this.metrics = metrics;
        this.days = days;
        this.replications = replications;
        this.perPoint = perPoint;
        this.stride = Math.max(1, (runs + sampleSize - 1) / sampleSize);
        this.sample = new double[metrics.size()][(runs + stride - 1) / stride][days];
        for (int d = 0; d < days; d++) {
            dayOf.put(start.plusDays(d).toString(), d);
        }
    }

    /**
     * Fans of the given metrics from the parts in seriesDir: first per point (when perPoint),
     * in point order, then over a sample of at most sampleSize runs ("all").
     */
    static Result read(Path seriesDir, List<String> metrics, LocalDate start, int days, int replications,
                          boolean perPoint, int runs, int sampleSize) throws IOException {
        SeriesFans f = new SeriesFans(metrics, start, days, replications, perPoint, runs, sampleSize);
        for (int part = 0; Files.isRegularFile(SeriesParts.part(seriesDir, part)); part++) {
            SeriesParts.read(SeriesParts.part(seriesDir, part), f::line);
        }
        f.closePoint();
        if (f.sampled > 0) {
            for (int m = 0; m < metrics.size(); m++) {
                f.fans.add(new Fan("all", metrics.get(m), quantiles(f.sample[m], f.sampled)));
            }
        }
        return new Result(f.fans, f.sampled);
    }

    private void line(String line) {
        int a = line.indexOf(',');
        int b = line.indexOf(',', a + 1);
        int c = line.indexOf(',', b + 1);
        int m = metrics.indexOf(line.substring(b + 1, c));
        if (m < 0) {
            return;
        }
        int run = Integer.parseInt(line, 0, a, 10);
        int day = dayOf.get(line.substring(a + 1, b));
        double value = Double.parseDouble(line.substring(c + 1));
        if (perPoint) {
            if (run / replications != pointIndex) {
                closePoint();
                pointIndex = run / replications;
                point = new double[metrics.size()][replications][days];
            }
            point[m][run % replications][day] = value;
            pointRuns = Math.max(pointRuns, run % replications + 1);
        }
        if (run % stride == 0) {
            sample[m][run / stride][day] = value;
            sampled = Math.max(sampled, run / stride + 1);
        }
    }

    private void closePoint() {
        if (point != null) {
            for (int m = 0; m < metrics.size(); m++) {
                fans.add(new Fan(Integer.toString(pointIndex), metrics.get(m), quantiles(point[m], pointRuns)));
            }
        }
        point = null;
        pointRuns = 0;
    }

    /** quantiles[k][day] of the first n runs' values on each day. */
    private static double[][] quantiles(double[][] runsByDay, int n) {
        int days = runsByDay[0].length;
        double[] q = SweepCharts.FAN_QUANTILES;
        double[][] out = new double[q.length][days];
        double[] column = new double[n];
        for (int d = 0; d < days; d++) {
            for (int r = 0; r < n; r++) {
                column[r] = runsByDay[r][d];
            }
            Arrays.sort(column);
            for (int k = 0; k < q.length; k++) {
                out[k][d] = Stats.quantile(column, q[k]);
            }
        }
        return out;
    }
}
