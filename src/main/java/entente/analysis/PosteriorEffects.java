package entente.analysis;

import entente.experiment.Design;
import entente.experiment.EffectUncertainty;
import entente.experiment.MeanEstimate;
import entente.io.Csv;
import entente.util.Numbers;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Policies across uncertainties: in a sweep run across a posterior, the effect of every design
 * point against the first one (the reference: put the status quo first), output by output,
 * with the seed-only and the total interval and the probability of the sign
 * ({@link EffectUncertainty}). Replication q of every point shares its seed and its draw
 * (q / replications per draw), so each difference is paired. Points arrive one at a time, as
 * {@link RunsTable} reads them; only the first point's runs are kept.
 */
final class PosteriorEffects implements Closeable {
    private final Design design;
    private final List<String> outputs;
    private final int draws;
    private final int perDraw;
    private final CSVPrinter csv;
    private double[][] reference;
    private int rows;

    PosteriorEffects(Path file, Design design, List<String> outputs, int draws, int perDraw) throws IOException {
        this.design = design;
        this.outputs = outputs;
        this.draws = draws;
        this.perDraw = perDraw;
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(design.factors());
        header.addAll(List.of("output", "reference_mean", "point_mean", "difference", "ci_low", "ci_high", "total_low",
                "total_high", "p_sign", "parameter_sd"));
        csv = Csv.writer(file, header);
    }

    /** The runs of one point (all its replications, or fewer when the sweep is not done). */
    void point(int p, double[][] runs, int count) throws IOException {
        int q = draws * perDraw;
        if (count < q) {
            return; // effects need every draw of the point
        }
        if (p == 0) {
            reference = Arrays.stream(runs).limit(count).map(double[]::clone).toArray(double[][]::new);
            return;
        }
        for (int o = 0; o < outputs.size(); o++) {
            MeanEstimate[] byDraw = new MeanEstimate[draws];
            MeanEstimate pooled = new MeanEstimate();
            for (int r = 0; r < q; r++) {
                if (byDraw[r / perDraw] == null) {
                    byDraw[r / perDraw] = new MeanEstimate();
                }
                byDraw[r / perDraw].add(reference[r][o], runs[r][o]);
                pooled.add(reference[r][o], runs[r][o]);
            }
            EffectUncertainty u = EffectUncertainty.of(byDraw);
            List<Object> row = new ArrayList<>();
            row.add(p);
            Arrays.stream(design.values()[p]).mapToObj(Numbers::format).forEach(row::add);
            row.add(outputs.get(o));
            for (double v : new double[] {pooled.baseMean(), pooled.variantMean(), u.mean(), u.seedLow(), u.seedHigh(),
                u.totalLow(), u.totalHigh(), u.pSign(), u.parameterSd()}) {
                row.add(Numbers.format(v));
            }
            csv.printRecord(row);
            rows++;
        }
    }

    /** Rows written so far. */
    int rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
