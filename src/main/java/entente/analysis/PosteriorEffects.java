package entente.analysis;

import entente.experiment.Design;
import entente.experiment.EffectUncertainty;
import entente.experiment.MeanEstimate;
import entente.io.Csv;
import entente.util.Numbers;
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
 * (q / replications per draw), so each difference is paired.
 */
final class PosteriorEffects {
    private PosteriorEffects() {}

    /** Writes effects.csv for every point whose runs are all done; returns the number of rows. */
    static int write(Path file, Design design, RunsTable table, int draws, int perDraw) throws IOException {
        int q = draws * perDraw;
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(design.factors());
        header.addAll(List.of("output", "reference_mean", "point_mean", "difference", "ci_low", "ci_high", "total_low",
                "total_high", "p_sign", "parameter_sd"));
        int rows = 0;
        try (CSVPrinter csv = Csv.writer(file, header)) {
            for (int p = 1; p < design.size() && (p + 1) * q <= table.runs(); p++) {
                for (int o = 0; o < table.outputs().size(); o++) {
                    double[] reference = table.column(o, 0, q);
                    double[] point = table.column(o, p * q, (p + 1) * q);
                    MeanEstimate[] byDraw = new MeanEstimate[draws];
                    MeanEstimate pooled = new MeanEstimate();
                    for (int r = 0; r < q; r++) {
                        if (byDraw[r / perDraw] == null) {
                            byDraw[r / perDraw] = new MeanEstimate();
                        }
                        byDraw[r / perDraw].add(reference[r], point[r]);
                        pooled.add(reference[r], point[r]);
                    }
                    EffectUncertainty u = EffectUncertainty.of(byDraw);
                    List<Object> row = new ArrayList<>();
                    row.add(p);
                    Arrays.stream(design.values()[p]).mapToObj(Numbers::format).forEach(row::add);
                    row.add(table.outputs().get(o));
                    for (double v : new double[] {pooled.baseMean(), pooled.variantMean(), u.mean(), u.seedLow(),
                        u.seedHigh(), u.totalLow(), u.totalHigh(), u.pSign(), u.parameterSd()}) {
                        row.add(Numbers.format(v));
                    }
                    csv.printRecord(row);
                    rows++;
                }
            }
        }
        return rows;
    }
}
