package entente.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.experiment.MorrisEffects;
import entente.experiment.Screening;
import entente.io.Csv;
import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.scenario.Scenario;
import entente.util.BuildInfo;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;

/**
 * The results of a screen: every factor's Morris statistics for every output (screening.csv),
 * per factor the outputs it matters for (factors.csv), a manifest (screen.json) and a chart of
 * the most influential factors against the outputs (screening.png, .svg).
 */
public final class ScreenOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScreenOutput() {}

    public static void write(Scenario s, Screening.Result r, int top, Path folder) throws IOException {
        RunFolder.write(folder, OutputKind.SCREEN, dir -> {
            effects(r, dir.resolve("screening.csv"));
            factors(r, dir.resolve("factors.csv"));
            JSON.writeValue(dir.resolve("screen.json").toFile(), manifest(s, r));
            ChartFiles.write(chart(s, r, top), dir, "screening");
        });
    }

    private static void effects(Screening.Result r, Path file) throws IOException {
        try (CSVPrinter out = Csv.writer(file, List.of("output", "rank", "factor", "family", "paths", "mu", "mu_star",
                "mu_star_low", "mu_star_high", "sigma", "relative", "above_noise", "matters", "noise_mu_star"))) {
            for (int k = 0; k < r.outputs().size(); k++) {
                int rank = 1;
                for (int g : r.ranking(k)) {
                    Screening.Group group = r.groups().get(g);
                    MorrisEffects.Effect e = r.effect(k, g);
                    out.printRecord(r.outputs().get(k), rank++, group.name(), group.family().template(),
                            group.paths().size(), Numbers.format(Numbers.round(e.mu())),
                            Numbers.format(Numbers.round(e.muStar())), Numbers.format(Numbers.round(e.muStarLow())),
                            Numbers.format(Numbers.round(e.muStarHigh())), Numbers.format(Numbers.round(e.sigma())),
                            Numbers.format(Numbers.round(r.relative(k, g))), r.aboveNoise(k, g), r.matters(k, g),
                            Numbers.format(Numbers.round(r.noise(k).muStar())));
                }
            }
        }
    }

    private static void factors(Screening.Result r, Path file) throws IOException {
        try (CSVPrinter out = Csv.writer(file, List.of("factor", "family", "group", "paths", "largest_relative",
                "largest_relative_above_noise", "matters_for"))) {
            for (int g : byInfluence(r)) {
                Screening.Group group = r.groups().get(g);
                List<String> matters = new ArrayList<>();
                for (int k = 0; k < r.outputs().size(); k++) {
                    if (r.matters(k, g)) {
                        matters.add(r.outputs().get(k));
                    }
                }
                out.printRecord(group.name(), group.family().template(), group.family().group().title(),
                        group.paths().size(), Numbers.format(Numbers.round(largest(r, g))),
                        Numbers.format(Numbers.round(largestAboveNoise(r, g))), String.join(";", matters));
            }
        }
    }

    /**
     * The groups by their largest relative μ* over the outputs where they lie above the seed
     * noise, then by their largest relative μ* anywhere; largest first.
     */
    static List<Integer> byInfluence(Screening.Result r) {
        return IntStream.range(0, r.groups().size()).boxed()
                .sorted(Comparator.comparingDouble((Integer g) -> -largestAboveNoise(r, g))
                        .thenComparingDouble(g -> -largest(r, g)).thenComparing(g -> g))
                .toList();
    }

    private static double largest(Screening.Result r, int group) {
        return IntStream.range(0, r.outputs().size()).mapToDouble(k -> r.relative(k, group)).max().orElse(0);
    }

    private static double largestAboveNoise(Screening.Result r, int group) {
        return IntStream.range(0, r.outputs().size()).filter(k -> r.aboveNoise(k, group))
                .mapToDouble(k -> r.relative(k, group)).max().orElse(0);
    }

    /**
     * Rows: the {@code top} most influential factors, the most influential on top; columns: the
     * outputs; cells: μ* as a percentage of the output's largest, in brackets when not above the
     * seed noise.
     */
    static JFreeChart chart(Scenario s, Screening.Result r, int top) {
        List<Integer> rows = byInfluence(r).subList(0, Math.min(top, r.groups().size()));
        int n = rows.size();
        List<String> yLevels = new ArrayList<>();
        for (int p = n - 1; p >= 0; p--) { // the chart's first row is at the bottom
            yLevels.add(r.groups().get(rows.get(p)).name());
        }
        int outputs = r.outputs().size();
        double[][] cells = new double[outputs][n];
        String[][] labels = new String[outputs][n];
        for (int k = 0; k < outputs; k++) {
            for (int p = 0; p < n; p++) {
                int g = rows.get(n - 1 - p);
                cells[k][p] = 100 * r.relative(k, g);
                String v = Long.toString(Math.round(cells[k][p]));
                labels[k][p] = r.aboveNoise(k, g) ? v : "(" + v + ")";
            }
        }
        Screening.Settings set = r.settings();
        JFreeChart chart = SweepCharts.heatmap("Which parameters matter for which outputs — " + s.title(),
                String.format("Morris screen: each factor scales its values by 1 ± %s; %d trajectories × %d replications;"
                                + " %d of %d factors shown; (n): not above seed noise", Numbers.format(set.spread()),
                        set.trajectories(), set.replications(), n, r.groups().size()),
                null, r.outputs(), null, yLevels, cells, labels, "μ* as % of the output's largest");
        chart.getXYPlot().getDomainAxis().setVerticalTickLabels(true);
        return chart;
    }

    private static ObjectNode manifest(Scenario s, Screening.Result r) {
        ObjectNode root = JSON.createObjectNode();
        BuildInfo b = BuildInfo.current();
        root.put("entente_version", b.version());
        root.put("git_commit", b.commit());
        root.put("git_dirty", b.dirty());
        root.put("scenario", s.name());
        root.put("scenario_sha256", s.checksum());
        root.put("method", "Morris elementary effects on groups of parameters (Morris 1991; Campolongo, Cariboni & "
                + "Saltelli 2007), common random numbers within a trajectory, seed noise as a pseudo-factor");
        Screening.Settings set = r.settings();
        root.put("seed", set.seed());
        root.put("trajectories", set.trajectories());
        root.put("levels", set.levels());
        root.put("replications", set.replications());
        root.put("spread", set.spread());
        root.put("factors", r.groups().size());
        root.put("paths", r.groups().stream().mapToInt(g -> g.paths().size()).sum());
        root.put("points", r.design().size());
        root.put("runs", r.runs());
        root.put("matters_from_share_of_top", Screening.MATTERS);
        var outputs = root.putArray("outputs");
        r.outputs().forEach(outputs::add);
        return root;
    }
}
