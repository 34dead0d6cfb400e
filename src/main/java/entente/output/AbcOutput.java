package entente.output;

import entente.scenario.Factor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.calibration.AbcCalibration;
import entente.calibration.AbcSmc;
import entente.calibration.CalibrationSpec;
import entente.calibration.Posterior;
import entente.calibration.PosteriorFile;
import entente.calibration.Target;
import entente.io.Csv;
import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results of an ABC calibration: the posterior ensemble (posterior.csv, for compare and
 * sweep to point to), its summary per parameter (parameters.csv), the tolerance per generation
 * (generations.csv), the posterior predictive check on every target (predictive-check.csv), a
 * manifest (abc.json) and the charts (posterior-marginals, posterior-pairs, predictive-check of
 * the single targets, predictive-check-months of the targets made from a history month by month).
 */
public final class AbcOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Pairs of parameters drawn, the most correlated first. */
    private static final int PAIRS = 6;

    private AbcOutput() {}

    public static void write(AbcCalibration.Outcome o, Path folder) throws IOException {
        CalibrationSpec spec = o.spec();
        Posterior p = o.posterior();
        double[] own = scenarioValues(spec);
        RunFolder.write(folder, OutputKind.ABC, dir -> {
            PosteriorFile.write(p, dir.resolve("posterior.csv"), List.of(
                    "Posterior of " + spec.scenario().name() + " by ABC: entente calibrate --method abc " + spec.file(),
                    p.size() + " weighted parameter sets (seed " + spec.seed() + "); a parameter that sets several paths",
                    "has a column for each. Use: entente compare BASE VARIANT --posterior FILE, or posterior: in a sweep."));
            parameters(spec, p, own, dir.resolve("parameters.csv"));
            generations(o.abc().generations(), dir.resolve("generations.csv"));
            checks(o.checks(), dir.resolve("predictive-check.csv"));
            JSON.writeValue(dir.resolve("abc.json").toFile(), manifest(o));
            List<org.jfree.chart.JFreeChart> marginals = PosteriorCharts.marginals(p, own);
            ChartFiles.writeGrid(marginals, PosteriorCharts.columns(marginals.size()),
                    "Posterior of " + spec.scenario().name() + ": each parameter over its prior range",
                    "bars: posterior weight; shaded: 90% interval; dashed line: the scenario's own value", dir,
                    "posterior-marginals");
            List<org.jfree.chart.JFreeChart> pairs = PosteriorCharts.pairs(p, own, PAIRS, spec.seed());
            if (!pairs.isEmpty()) {
                ChartFiles.writeGrid(pairs, PosteriorCharts.columns(pairs.size()),
                        "Posterior of " + spec.scenario().name() + ": the most correlated pairs of parameters",
                        "dots: equally weighted posterior draws; dashed cross: the scenario's own values; r: weighted correlation",
                        dir, "posterior-pairs");
            }
            List<AbcCalibration.Check> single = o.checks().stream().filter(c -> c.target().group().isEmpty()).toList();
            List<AbcCalibration.Check> monthly = o.checks().stream().filter(c -> !c.target().group().isEmpty()).toList();
            if (!single.isEmpty()) {
                List<org.jfree.chart.JFreeChart> checks = PosteriorCharts.check(single);
                ChartFiles.writeGrid(checks, PosteriorCharts.columns(checks.size()),
                        "Posterior predictive check of " + spec.scenario().name() + ": every target, in-sample and held out",
                        "bars: share of posterior draws (blue in-sample, vermillion held out); shaded: the target range; dashed: median",
                        dir, "predictive-check");
            }
            if (!monthly.isEmpty()) {
                List<org.jfree.chart.JFreeChart> months = PosteriorCharts.months(monthly);
                ChartFiles.writeGrid(months, 1,
                        "Posterior predictive check of " + spec.scenario().name() + ": the monthly targets against the record",
                        "diamonds: the record; squares: posterior median; band: 90% of posterior draws; grey: held-out months",
                        dir, "predictive-check-months");
            }
        });
    }

    /** The scenario's value of each sampled parameter (its first path). */
    static double[] scenarioValues(CalibrationSpec spec) {
        return spec.free().stream().mapToDouble(f -> spec.scenario().parameters().get(f.paths().get(0))).toArray();
    }

    private static void parameters(CalibrationSpec spec, Posterior p, double[] own, Path file) throws IOException {
        try (CSVPrinter out = Csv.writer(file, List.of("name", "paths", "prior_min", "prior_max", "scenario", "mean",
                "q05", "q25", "median", "q75", "q95", "note"))) {
            for (int k = 0; k < p.parameters().size(); k++) {
                Factor f = p.parameters().get(k);
                out.printRecord(f.name(), String.join(";", f.paths()), Numbers.format(f.min()), Numbers.format(f.max()),
                        Numbers.format(own[k]), Numbers.format(p.mean(k)), Numbers.format(p.quantile(k, 0.05)),
                        Numbers.format(p.quantile(k, 0.25)), Numbers.format(p.quantile(k, 0.5)),
                        Numbers.format(p.quantile(k, 0.75)), Numbers.format(p.quantile(k, 0.95)), f.note());
            }
        }
    }

    private static void generations(List<AbcSmc.Generation> gens, Path file) throws IOException {
        try (CSVPrinter out = Csv.writer(file, List.of("generation", "tolerance", "acceptance", "simulations"))) {
            for (AbcSmc.Generation g : gens) {
                out.printRecord(g.index(), Numbers.format(g.tolerance()), Numbers.format(g.acceptance()), g.simulations());
            }
        }
    }

    private static void checks(List<AbcCalibration.Check> checks, Path file) throws IOException {
        try (CSVPrinter out = Csv.writer(file, List.of("target", "set", "description", "source", "range", "q05",
                "median", "q95", "share_inside", "verdict"))) {
            for (AbcCalibration.Check c : checks) {
                Target t = c.target();
                out.printRecord(t.id(), t.heldOut() ? "held-out" : "in-sample", t.description(), t.source(), t.range(),
                        Numbers.format(c.quantile(0.05)), Numbers.format(c.quantile(0.5)), Numbers.format(c.quantile(0.95)),
                        Numbers.format(c.shareInside()), c.verdict());
            }
        }
    }

    private static ObjectNode manifest(AbcCalibration.Outcome o) {
        CalibrationSpec spec = o.spec();
        CalibrationSpec.Abc abc = spec.abc();
        ObjectNode root = CalibrationOutput.specManifest(spec);
        root.put("method", "sequential Monte Carlo ABC with adaptive tolerance (Lenormand, Jabot & Deffuant 2013; "
                + "Beaumont et al. 2009), uniform priors on each parameter's range");
        root.put("seed", spec.seed());
        root.put("particles", abc.particles());
        root.put("alpha", abc.alpha());
        root.put("min_acceptance", abc.minAcceptance());
        root.put("replications_per_particle", abc.replications());
        root.put("generations", o.abc().generations().size());
        root.put("simulations", o.abc().simulations());
        root.put("final_tolerance", Numbers.round(o.abc().generations().get(o.abc().generations().size() - 1).tolerance()));
        root.put("effective_sample_size", Numbers.round(o.posterior().effectiveSize()));
        root.put("predictive_draws", abc.draws());
        return root;
    }
}
