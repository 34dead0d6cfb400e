package entente.analysis;

import entente.util.DidYouMean;
import com.fasterxml.jackson.databind.JsonNode;
import entente.experiment.Design;
import entente.experiment.DesignType;
import entente.experiment.MorrisEffects;
import entente.experiment.SobolIndices;
import entente.experiment.SweepDir;
import entente.io.Csv;
import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.output.ChartFiles;
import entente.output.SweepCharts;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.util.Numbers;
import entente.util.ParallelMap;
import entente.util.Stats;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;

/**
 * Analyses a sweep folder into an analysis folder: per design point the mean, standard
 * deviation and 95 % confidence interval of every output (points.csv); Sobol' indices
 * (saltelli) or Morris effects (morris) of every output with tornado charts; heatmaps over
 * each pair of a grid's factors; feature scores of every factor for every output (scores.csv,
 * {@link FeatureScores}) and, for random, Latin hypercube and Sobol' designs, scatter and
 * partial-dependence charts; when the sweep kept its series, fan charts of cohesion and
 * escalation across replications; charts.csv ranks the charts for a report and notes.txt says
 * what to read with care and why. Charts are drawn for the chosen outputs only. runs.csv is
 * read once, a design point at a time ({@link RunsTable}), and the per-point means wait on disk
 * ({@link PointMeans}), so memory does not grow with the number of runs.
 */
public final class SweepAnalysis {
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final int DEFAULT_MAX_FANS = 30;
    /** Runs sampled, evenly spaced, for the fan over all runs. */
    static final int FAN_SAMPLE = 1000;
    private static final List<String> COHESION = List.of("cohesion_trilateral", "cohesion_counter");
    private static final List<String> ESCALATION = List.of("escalation_index");
    /** Files for the report: the charts ranked, and the notes. */
    public static final String CHARTS = "charts.csv";
    public static final String NOTES = "notes.txt";
    /** S1 may exceed ST by this much before the sample is called too small (rounding, not estimation error). */
    static final double INDEX_SLACK = 0.05;
    /** A total-order interval wider than this cannot rank factors. */
    static final double WIDE_INTERVAL = 0.3;
    /** Fewer Morris trajectories than this and the ranking is unreliable. */
    static final int MORRIS_TRAJECTORIES = 10;
    /** Per-point means of a group of outputs estimated together (8 MB). */
    static final int GROUP_DOUBLES = 1 << 20;

    /** What was written, and what could not be done and why. */
    public record Report(int runs, int total, List<Path> files, List<String> notes) {}

    private final JsonNode manifest;
    private final Design design;
    private final Path runsFile;
    private final List<String> outputs;
    private final List<String> charted;
    private final int replications;
    private final String title;
    private final List<String> notes = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final ChartIndex index = new ChartIndex();
    /** Feature scores of the charted outputs, ranked. */
    private final Map<String, List<FeatureScores.Score>> scores = new TreeMap<>();
    private int runs;

    private SweepAnalysis(JsonNode manifest, Design design, Path runsFile, List<String> outputs, List<String> charted) {
        this.manifest = manifest;
        this.design = design;
        this.runsFile = runsFile;
        this.outputs = outputs;
        this.charted = charted;
        this.replications = manifest.path("replications").asInt();
        this.title = manifest.path("title").asText();
    }

    /**
     * @param outputs output columns to chart, or null for every summary of trilateral cohesion
     *                and of the escalation index
     */
    public static Report run(Path sweepDir, Path out, List<String> outputs, int maxFans, int resamples)
            throws IOException, InputException {
        SweepFolder f = SweepFolder.open(sweepDir);
        List<String> charted = charted(f.outputs(), outputs, outcomeColumns(f.manifest()));
        SweepAnalysis a = new SweepAnalysis(f.manifest(), f.design(), f.runs(), f.outputs(), charted);
        int total = f.manifest().path("runs").asInt();
        RunFolder.write(out, OutputKind.ANALYSIS, dir -> a.writeInto(dir, sweepDir, maxFans, resamples, total));
        return new Report(a.runs, total, a.written.stream().map(out::resolve).toList(), a.notes);
    }

    /** The columns of the sweep's own outcomes (sweep.json "outcomes"), in order. */
    static List<String> outcomeColumns(JsonNode manifest) {
        List<String> out = new ArrayList<>();
        manifest.path("outcomes").forEach(o -> out.addAll(SweepFolder.strings(o.path("columns"))));
        return out;
    }

    private static List<String> charted(List<String> columns, List<String> outputs, List<String> outcomes)
            throws InputException {
        if (outputs == null) {
            List<String> out = new ArrayList<>(outcomes);
            columns.stream().filter(c -> c.startsWith("cohesion_trilateral.") || c.startsWith("escalation_index."))
                    .forEach(out::add);
            return out.isEmpty() ? columns.subList(0, 1) : out;
        }
        List<Problem> problems = new ArrayList<>();
        for (String o : outputs) {
            if (!columns.contains(o)) {
                problems.add(new Problem("--outputs", 0, "", "unknown output '" + o + "'" + DidYouMean.hint(o, columns) + " (outputs of this sweep: "
                        + String.join(", ", columns) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return outputs;
    }

    private void writeInto(Path dir, Path sweepDir, int maxFans, int resamples, int total) throws IOException {
        try (PointMeans means = new PointMeans(design.size(), outputs.size())) {
            List<GridCell> grid = design.type() == DesignType.GRID ? gridCells() : List.of();
            runs = pointStatistics(dir.resolve("points.csv"), means, grid, posteriorEffects(dir));
            if (runs < total) {
                notes.add(0, String.format("only %,d of %,d runs are done: statistics cover those; re-run the sweep to "
                        + "finish it", runs, total));
            }
            scores(dir, means);
            analyse(dir, means, grid, resamples, runs == total);
        }
        if (manifest.path("series").asBoolean()) {
            fans(dir, sweepDir.resolve(SweepDir.SERIES), maxFans);
        } else {
            notes.add("no fan charts: the sweep ran without --series");
        }
        index.write(dir.resolve(CHARTS));
        written.add(CHARTS);
        if (!notes.isEmpty()) {
            Files.write(dir.resolve(NOTES), notes, StandardCharsets.UTF_8);
            written.add(NOTES);
        }
    }

    private void analyse(Path dir, PointMeans means, List<GridCell> grid, int resamples, boolean complete)
            throws IOException {
        long seed = manifest.path("seed").asLong();
        switch (design.type()) {
            case SALTELLI -> {
                if (complete) {
                    sobol(dir, means, resamples, seed);
                } else {
                    notes.add("Sobol' indices need every run of the design");
                }
            }
            case MORRIS -> {
                if (complete) {
                    morris(dir, means, resamples, seed);
                } else {
                    notes.add("Morris effects need every run of the design");
                }
            }
            case GRID -> heatmaps(dir, grid);
            case RANDOM, LATIN_HYPERCUBE, SOBOL -> samples(dir, means);
        }
    }

    // ---- feature scores and sampled designs ----------------------------------------------

    /** First-order shares and rank correlations of every factor for every output (scores.csv); keeps the charted ones. */
    private void scores(Path dir, PointMeans means) throws IOException {
        FeatureScores.Design scored = new FeatureScores.Design(design.factors(), design.values());
        List<List<FeatureScores.Score>> all = perOutput(means, scored::score);
        try (CSVPrinter csv = csv(dir.resolve("scores.csv"), List.of("output", "rank", "factor", "first_order",
                "spearman", "bins"))) {
            for (int o = 0; o < outputs.size(); o++) {
                List<FeatureScores.Score> ranked = all.get(o);
                for (int k = 0; k < ranked.size(); k++) {
                    FeatureScores.Score sc = ranked.get(k);
                    csv.printRecord(outputs.get(o), k + 1, sc.factor(), text(sc.firstOrder()), text(sc.spearman()),
                            sc.binX().length);
                }
                if (charted.contains(outputs.get(o))) {
                    scores.put(outputs.get(o), ranked);
                }
            }
        }
        written.add("scores.csv");
        int points = (int) Arrays.stream(means.column(0)).filter(v -> !Double.isNaN(v)).count();
        int bins = FeatureScores.bins(points);
        // a grid's bins are its levels, every combination present: its shares are the grid's main effects
        if (points < FeatureScores.FEW_PER_BIN * bins && points >= 3 && design.type() != DesignType.GRID) {
            notes.add(String.format("first-order shares in scores.csv rest on %,d design points, %d bins of about %d: "
                    + "fewer than %d points a bin, so shares below about %s may be noise; a design of %,d points or "
                    + "more gives steadier ones", points, bins, points / bins, FeatureScores.FEW_PER_BIN,
                    Numbers.format(Math.round(100.0 * (bins - 1) / (points - 1)) / 100.0),
                    FeatureScores.FEW_PER_BIN * FeatureScores.FEW_PER_BIN));
        }
    }

    /** Scatter and partial-dependence charts of each charted output (random, Latin hypercube, Sobol' designs). */
    private void samples(Path dir, PointMeans means) throws IOException {
        for (String output : charted) {
            List<FeatureScores.Score> ranked = scores.get(output);
            if (ranked == null || ranked.isEmpty() || Double.isNaN(ranked.get(0).firstOrder())) {
                continue;
            }
            double[] y = means.column(outputs.indexOf(output));
            double explained = ranked.stream().mapToDouble(FeatureScores.Score::firstOrder).sum();
            chart(SampleAnalysis.partialDependence(design, output, y, ranked, title), dir, "pd-" + output,
                    ChartIndex.Kind.MAIN_EFFECTS, output, explained);
            chart(SampleAnalysis.scatter(design, output, y, ranked, title), dir, "scatter-" + output,
                    ChartIndex.Kind.SCATTER, output, explained);
        }
    }

    // ---- per-point statistics ------------------------------------------------------------

    /**
     * Reads runs.csv once: writes points.csv, keeps the mean of every output at every point in
     * {@code means} and adds the runs to the grid's cells. Returns the number of runs read.
     */
    private int pointStatistics(Path file, PointMeans means, List<GridCell> grid, PosteriorEffects effects)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(design.factors());
        header.addAll(List.of("output", "n", "mean", "sd", "ci_low", "ci_high"));
        int read;
        List<String> names = outputs.stream().map(Csv::row).toList(); // none is empty: quoted as anywhere in a row
        try (BufferedWriter csv = Csv.lines(file, header)) {
            double[] pointMeans = new double[outputs.size()];
            read = RunsTable.scan(runsFile, design.factors(), outputs, replications, (p, runs, count) -> {
                if (p >= design.size()) {
                    throw new IOException(runsFile + ": more runs than the design's " + design.size() + " points");
                }
                List<Object> where = new ArrayList<>(List.of(p));
                Arrays.stream(design.values()[p]).mapToObj(Numbers::format).forEach(where::add);
                String point = Csv.row(where.toArray());
                for (int o = 0; o < outputs.size(); o++) {
                    double[] v = new double[count];
                    for (int k = 0; k < count; k++) {
                        v[k] = runs[k][o];
                    }
                    Stats.Summary s = Stats.summarize(v);
                    pointMeans[o] = s.mean();
                    // numbers and empty cells inside a row are never quoted
                    csv.write(String.join(",", point, names.get(o), Integer.toString(s.n()), text(s.mean()),
                            text(s.sd()), text(s.low()), text(s.high())));
                    csv.write('\n');
                }
                means.add(pointMeans);
                for (GridCell c : grid) {
                    c.add(design.values()[p], runs, count);
                }
                if (effects != null) {
                    effects.point(p, runs, count);
                }
            });
        }
        means.finish();
        written.add(file.getFileName().toString());
        if (effects != null) {
            effects.close();
            written.add("effects.csv");
            if (effects.rows() == 0) {
                notes.add("effects across the posterior need every run of the first point and of another one");
            }
        }
        return read;
    }

    /** With a posterior: every point's effect against the first, with seed-only and total intervals; else null. */
    private PosteriorEffects posteriorEffects(Path dir) throws IOException {
        if (!manifest.has("draws")) {
            return null;
        }
        int perDraw = manifest.path("replications_per_draw").asInt();
        if (perDraw < 2 || design.size() < 2) {
            notes.add("effects across the posterior need at least two points and two replications per draw");
            return null;
        }
        return new PosteriorEffects(dir.resolve("effects.csv"), design, outputs, manifest.path("draws").asInt(), perDraw);
    }

    // ---- sensitivity ---------------------------------------------------------------------

    private void sobol(Path dir, PointMeans means, int resamples, long seed) throws IOException {
        int n = design.size() / (design.factors().size() + 2);
        try (CSVPrinter csv = csv(dir.resolve("sobol.csv"), List.of("output", "factor", "S1", "S1_low", "S1_high",
                "ST", "ST_low", "ST_high"))) {
            List<List<SobolIndices.Index>> all = inGroups(means, ys -> SobolIndices.estimate(design, ys, resamples, seed));
            for (int o = 0; o < outputs.size(); o++) {
                String output = outputs.get(o);
                List<SobolIndices.Index> ix = all.get(o);
                for (SobolIndices.Index i : ix) {
                    csv.printRecord(output, i.factor(), text(i.first()), text(i.firstLow()), text(i.firstHigh()),
                            text(i.total()), text(i.totalLow()), text(i.totalHigh()));
                }
                if (charted.contains(output)) {
                    chart(SweepCharts.tornado("Sobol' indices of " + output + " — " + title,
                            String.format("Saltelli design, %,d base rows x %d replications; whiskers: 95 %% "
                                    + "bootstrap intervals (%,d resamples)", n, replications, resamples),
                            "share of the output's variance",
                            design.factors(),
                            List.of(bars("total order ST", ix, SobolIndices.Index::total, SobolIndices.Index::totalLow,
                                            SobolIndices.Index::totalHigh),
                                    bars("first order S1", ix, SobolIndices.Index::first, SobolIndices.Index::firstLow,
                                            SobolIndices.Index::firstHigh))),
                            dir, "tornado-" + output, ChartIndex.Kind.MAIN_EFFECTS, output,
                            ix.stream().mapToDouble(SobolIndices.Index::total).max().orElse(0));
                }
            }
            sobolWarning(n, outputs, all);
        }
        written.add("sobol.csv");
    }

    private void morris(Path dir, PointMeans means, int resamples, long seed) throws IOException {
        int r = design.size() / (design.factors().size() + 1);
        try (CSVPrinter csv = csv(dir.resolve("morris.csv"), List.of("output", "factor", "mu", "mu_star",
                "mu_star_low", "mu_star_high", "sigma", "effects"))) {
            List<List<MorrisEffects.Effect>> all = perOutput(means, y -> MorrisEffects.estimate(design, y, resamples, seed));
            for (int o = 0; o < outputs.size(); o++) {
                String output = outputs.get(o);
                List<MorrisEffects.Effect> ef = all.get(o);
                for (MorrisEffects.Effect e : ef) {
                    csv.printRecord(output, e.factor(), text(e.mu()), text(e.muStar()), text(e.muStarLow()),
                            text(e.muStarHigh()), text(e.sigma()), e.effects());
                }
                if (charted.contains(output)) {
                    chart(SweepCharts.tornado("Morris elementary effects on " + output + " — " + title,
                            String.format("%,d trajectories x %d replications; effect = change of the output over "
                                    + "a factor's whole range; whiskers: 95 %% bootstrap intervals", r, replications),
                            "elementary effect (output units)",
                            design.factors(),
                            List.of(bars("μ* (mean absolute effect)", ef, MorrisEffects.Effect::muStar,
                                            MorrisEffects.Effect::muStarLow, MorrisEffects.Effect::muStarHigh),
                                    bars("σ (spread: interaction, non-linearity)", ef, MorrisEffects.Effect::sigma,
                                            null, null))),
                            dir, "tornado-" + output, ChartIndex.Kind.MAIN_EFFECTS, output, Double.NaN);
                }
            }
        }
        if (r < MORRIS_TRAJECTORIES) {
            notes.add(String.format("Morris effects rest on %d trajectories: with fewer than %d the ranking of factors "
                    + "with close μ* is not reliable (Campolongo et al. 2007 use 10 to 50; see the width of the μ* "
                    + "intervals in morris.csv)", r, MORRIS_TRAJECTORIES));
        }
        written.add("morris.csv");
    }

    /**
     * Says so when the Saltelli sample is too small for the indices: a first-order index above
     * its total-order index (impossible but for estimation error) or a total-order interval
     * wider than {@link #WIDE_INTERVAL}.
     */
    private void sobolWarning(int baseRows, List<String> names, List<List<SobolIndices.Index>> all) {
        String reason = null;
        double widest = 0;
        for (int o = 0; o < names.size() && reason == null; o++) {
            for (SobolIndices.Index i : all.get(o)) {
                if (i.first() > i.total() + INDEX_SLACK) {
                    reason = String.format("for %s, S1 of %s (%s) is above its ST (%s), which only estimation error "
                            + "can cause", names.get(o), i.factor(), Numbers.format(i.first()), Numbers.format(i.total()));
                    break;
                }
                widest = Math.max(widest, i.totalHigh() - i.totalLow());
            }
        }
        if (reason == null && widest > WIDE_INTERVAL) {
            reason = String.format("a 95 %% interval of a total-order index spans %s", Numbers.format(widest));
        }
        if (reason != null) {
            notes.add(String.format("Sobol' indices from %,d base rows are too imprecise to rank factors: %s; "
                    + "Saltelli designs usually need 500 to several thousand base rows (samples: 1024 or more)",
                    baseRows, reason));
        }
    }

    /** An estimate for every output from its per-point means, on all cores (outputs apart: the same as one by one). */
    private <T> List<T> perOutput(PointMeans means, Function<double[], T> estimate) throws IOException {
        try {
            return ParallelMap.map(outputs.size(), ParallelMap.defaultThreads(), o -> {
                try {
                    return estimate.apply(means.column(o));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Estimates that take several outputs at once (for Sobol': the bootstrap draws its rows once
     * for a group), on all cores in rounds of two groups per core (the cores finish a round
     * together), no more columns in a group than {@link #GROUP_DOUBLES}. A round's columns are
     * read in output order, as {@link PointMeans} reads them best.
     */
    private <T> List<T> inGroups(PointMeans means, Function<List<double[]>, List<T>> estimate) throws IOException {
        int threads = ParallelMap.defaultThreads();
        int size = (int) Math.max(1, Math.min(Math.ceil(outputs.size() / (2.0 * threads)),
                GROUP_DOUBLES / Math.max(1, design.size())));
        int perRound = 2 * threads * size;
        List<T> out = new ArrayList<>();
        for (int from = 0; from < outputs.size(); from += perRound) {
            List<List<double[]>> round = new ArrayList<>();
            for (int o = from; o < Math.min(outputs.size(), from + perRound); o++) {
                if ((o - from) % size == 0) {
                    round.add(new ArrayList<>());
                }
                round.get(round.size() - 1).add(means.column(o));
            }
            ParallelMap.map(round.size(), threads, k -> estimate.apply(round.get(k))).forEach(out::addAll);
        }
        return out;
    }

    private static <T> SweepCharts.Bars bars(String label, List<T> items, ToDoubleFunction<T> value,
                                             ToDoubleFunction<T> low,
                                             ToDoubleFunction<T> high) {
        return new SweepCharts.Bars(label, items.stream().mapToDouble(value).toArray(),
                low == null ? null : items.stream().mapToDouble(low).toArray(),
                high == null ? null : items.stream().mapToDouble(high).toArray());
    }

    // ---- heatmaps ------------------------------------------------------------------------

    /**
     * The sums behind one heatmap: a charted output over a pair of grid factors, a cell per pair
     * of their values, added up run by run as runs.csv is read.
     */
    private final class GridCell {
        final int fx;
        final int fy;
        final String output;
        final double[] xs;
        final double[] ys;
        final double[][] sum;
        final int[][] count;
        private final int o;

        GridCell(int fx, int fy, String output) {
            this.fx = fx;
            this.fy = fy;
            this.output = output;
            this.o = outputs.indexOf(output);
            xs = levels(fx);
            ys = levels(fy);
            sum = new double[xs.length][ys.length];
            count = new int[xs.length][ys.length];
        }

        void add(double[] point, double[][] runs, int n) {
            int i = Arrays.binarySearch(xs, point[fx]);
            int j = Arrays.binarySearch(ys, point[fy]);
            for (int k = 0; k < n; k++) {
                sum[i][j] += runs[k][o];
                count[i][j]++;
            }
        }
    }

    /** A cell for each charted output over every pair of grid factors that take several values (none if fewer than two). */
    private List<GridCell> gridCells() {
        List<Integer> varying = new ArrayList<>();
        for (int k = 0; k < design.factors().size(); k++) {
            if (levels(k).length > 1) {
                varying.add(k);
            }
        }
        List<GridCell> out = new ArrayList<>();
        for (int a = 0; a < varying.size(); a++) {
            for (int b = a + 1; b < varying.size(); b++) {
                for (String output : charted) {
                    out.add(new GridCell(varying.get(a), varying.get(b), output));
                }
            }
        }
        return out;
    }

    /** Mean of each charted output over every pair of grid factors that take several values. */
    private void heatmaps(Path dir, List<GridCell> grid) throws IOException {
        if (grid.isEmpty()) {
            notes.add("no heatmap: the grid varies fewer than two factors");
            return;
        }
        try (CSVPrinter csv = csv(dir.resolve("heatmaps.csv"), List.of("output", "x_factor", "x", "y_factor", "y",
                "runs", "mean"))) {
            for (GridCell cell : grid) {
                heatmap(dir, csv, cell);
            }
        }
        written.add("heatmaps.csv");
    }

    private void heatmap(Path dir, CSVPrinter csv, GridCell cell) throws IOException {
        double[] xs = cell.xs;
        double[] ys = cell.ys;
        int fx = cell.fx;
        int fy = cell.fy;
        String output = cell.output;
        int[][] count = cell.count;
        double[][] mean = new double[xs.length][ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                mean[i][j] = count[i][j] == 0 ? Double.NaN : cell.sum[i][j] / count[i][j];
                csv.printRecord(output, design.factors().get(fx), Numbers.format(xs[i]), design.factors().get(fy),
                        Numbers.format(ys[j]), count[i][j], text(mean[i][j]));
            }
        }
        boolean others = design.factors().size() > 2;
        chart(SweepCharts.heatmap("Mean " + output + " — " + title,
                        String.format("mean over %,d runs per cell%s", count[0][0],
                                others ? ", across the other factors' values" : " (replications)"),
                        design.factors().get(fx), labels(xs), design.factors().get(fy), labels(ys), mean, output),
                dir, "heatmap-" + output + "-" + design.factors().get(fx) + "-" + design.factors().get(fy),
                ChartIndex.Kind.MAIN_EFFECTS, output,
                share(output, design.factors().get(fx)) + share(output, design.factors().get(fy)));
    }

    private double[] levels(int factor) {
        return Arrays.stream(design.values()).mapToDouble(v -> v[factor]).distinct().sorted().toArray();
    }

    private static List<String> labels(double[] levels) {
        return Arrays.stream(levels).mapToObj(Numbers::format).toList();
    }

    // ---- fans ----------------------------------------------------------------------------

    private void fans(Path dir, Path seriesDir, int maxFans) throws IOException {
        List<String> kept = SweepFolder.strings(manifest.path("series_metrics"));
        List<String> cohesion = COHESION.stream().filter(kept::contains).toList();
        List<String> escalation = ESCALATION.stream().filter(kept::contains).toList();
        List<String> metrics = new ArrayList<>(cohesion);
        metrics.addAll(escalation);
        if (metrics.isEmpty()) {
            notes.add("no fan charts: the sweep kept neither cohesion nor escalation_index series");
            return;
        }
        LocalDate start = LocalDate.parse(manifest.path("period_start").asText());
        int days = (int) (LocalDate.parse(manifest.path("period_end").asText()).toEpochDay() - start.toEpochDay()) + 1;
        boolean perPoint = design.size() <= maxFans && replications >= 2;
        if (!perPoint) {
            notes.add(replications < 2 ? "fans per design point need at least two replications"
                    : String.format("no fans per design point: %,d points, more than --max-fans %d", design.size(),
                    maxFans));
        }
        SeriesFans.Result result = SeriesFans.read(seriesDir, metrics, start, days, replications, perPoint,
                runs, FAN_SAMPLE);
        Map<String, Map<String, double[][]>> byScope = new TreeMap<>();
        try (CSVPrinter csv = csv(dir.resolve("fans.csv"), List.of("scope", "metric", "date", "q05", "q25", "q50",
                "q75", "q95"))) {
            for (SeriesFans.Fan f : result.fans()) {
                byScope.computeIfAbsent(f.scope(), s -> new TreeMap<>()).put(f.metric(), f.quantiles());
                for (int d = 0; d < days; d++) {
                    List<Object> row = new ArrayList<>(List.of(f.scope(), f.metric(), start.plusDays(d).toString()));
                    for (double[] q : f.quantiles()) {
                        row.add(Numbers.format(q[d]));
                    }
                    csv.printRecord(row);
                }
            }
        }
        written.add("fans.csv");
        for (var e : byScope.entrySet()) {
            String scope = e.getKey();
            String who = scope.equals("all")
                    ? String.format("%,d runs sampled evenly from all design points", result.sampled())
                    : "point " + scope + " (" + pointLabel(Integer.parseInt(scope)) + "), " + replications
                    + " replications";
            String name = scope.equals("all") ? "all" : String.format("point-%04d", Integer.parseInt(scope));
            fanChart(dir, "fan-" + name + "-cohesion", "Alliance cohesion across runs — " + title, who,
                    "alignment (−1 … 1)", start, cohesion, e.getValue());
            fanChart(dir, "fan-" + name + "-escalation", "Escalation index across runs — " + title, who,
                    "escalation level", start, escalation, e.getValue());
        }
    }

    private void fanChart(Path dir, String name, String chartTitle, String who, String yLabel, LocalDate start,
                          List<String> metrics, Map<String, double[][]> quantiles) throws IOException {
        if (metrics.isEmpty()) {
            return;
        }
        // legends name each series as every output does (docs/sweeps.md#series-names)
        List<SweepCharts.Fan> fans = metrics.stream().map(m -> new SweepCharts.Fan(m, quantiles.get(m))).toList();
        chart(SweepCharts.fan(chartTitle, who + "; " + SweepCharts.FAN_NOTE, yLabel, start, fans), dir, name,
                ChartIndex.Kind.FAN, String.join(" ", metrics), name.startsWith("fan-all") ? 1 : 0);
    }

    private String pointLabel(int point) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < design.factors().size(); k++) {
            parts.add(design.factors().get(k) + " = " + Numbers.format(design.values()[point][k]));
        }
        return String.join(", ", parts);
    }

    // ---- helpers -------------------------------------------------------------------------

    private void chart(JFreeChart chart, Path dir, String name, ChartIndex.Kind kind, String output, double importance)
            throws IOException {
        for (Path p : ChartFiles.write(chart, dir, name)) {
            written.add(p.getFileName().toString());
        }
        index.add(name, kind, output, importance);
    }

    /** A factor's first-order share of an output (0 when not scored). */
    private double share(String output, String factor) {
        return scores.getOrDefault(output, List.of()).stream().filter(sc -> sc.factor().equals(factor))
                .mapToDouble(FeatureScores.Score::firstOrder).findFirst().orElse(0);
    }

    private static CSVPrinter csv(Path file, List<String> header) throws IOException {
        return Csv.writer(file, header);
    }

    /** A number as written to files; an empty cell where it is undefined. */
    private static String text(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }

}
