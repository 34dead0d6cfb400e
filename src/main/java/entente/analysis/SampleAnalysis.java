package entente.analysis;

import entente.experiment.Design;
import entente.output.SampleCharts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The charts of a sampled design for one output: scatter panels of the output against the
 * factors that explain most of it, and their partial dependence, both from the feature scores.
 */
final class SampleAnalysis {
    /** Factors in the scatter chart (side by side) and in the partial-dependence chart. */
    static final int SCATTER_FACTORS = 4;
    static final int DEPENDENCE_FACTORS = 6;

    private SampleAnalysis() {}

    /** Scatter panels of the top-scored factors, a thinned set of points drawn (every point counts in the bins). */
    static JFreeChart scatter(Design design, String output, double[] means, List<FeatureScores.Score> scores,
                              String title) {
        int[] drawn = drawn(means);
        List<SampleCharts.Panel> panels = panels(design, means, scores, SCATTER_FACTORS, drawn);
        return SampleCharts.scatter(output + " against the factors that drive it most — " + title,
                String.format("%,d of %,d design points drawn; line: mean over bins of the factor (%d bins); factors "
                        + "by first-order share (scores.csv)", drawn.length, points(means), scores.get(0).binX().length),
                output, panels);
    }

    static JFreeChart partialDependence(Design design, String output, double[] means, List<FeatureScores.Score> scores,
                                        String title) {
        List<SampleCharts.Panel> panels = panels(design, means, scores, DEPENDENCE_FACTORS, new int[0]);
        double[] min = new double[panels.size()];
        double[] max = new double[panels.size()];
        for (int k = 0; k < panels.size(); k++) {
            int j = design.factors().indexOf(panels.get(k).factor());
            min[k] = Arrays.stream(design.values()).mapToDouble(v -> v[j]).min().orElse(0);
            max[k] = Arrays.stream(design.values()).mapToDouble(v -> v[j]).max().orElse(0);
        }
        return SampleCharts.partialDependence("Partial dependence of " + output + " — " + title,
                String.format("mean over the design points in each bin of a factor, the other factors varying as "
                        + "sampled; %d factors with the largest first-order share", panels.size()),
                output, panels, min, max);
    }

    private static List<SampleCharts.Panel> panels(Design design, double[] means, List<FeatureScores.Score> scores,
                                                   int most, int[] drawn) {
        List<SampleCharts.Panel> out = new ArrayList<>();
        for (FeatureScores.Score s : scores.subList(0, Math.min(most, scores.size()))) {
            int j = design.factors().indexOf(s.factor());
            double[] x = Arrays.stream(drawn).mapToDouble(p -> design.values()[p][j]).toArray();
            double[] y = Arrays.stream(drawn).mapToDouble(p -> means[p]).toArray();
            out.add(new SampleCharts.Panel(s.factor(), x, y, s.binX(), s.binMean()));
        }
        return out;
    }

    /** Points with runs, evenly spaced, at most {@link SampleCharts#MAX_DOTS}. */
    private static int[] drawn(double[] means) {
        int[] with = java.util.stream.IntStream.range(0, means.length).filter(p -> !Double.isNaN(means[p])).toArray();
        int step = Math.max(1, (with.length + SampleCharts.MAX_DOTS - 1) / SampleCharts.MAX_DOTS);
        return java.util.stream.IntStream.range(0, with.length).filter(i -> i % step == 0).map(i -> with[i]).toArray();
    }

    private static int points(double[] means) {
        return (int) Arrays.stream(means).filter(v -> !Double.isNaN(v)).count();
    }
}
