package entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import entente.io.Csv.Table;
import entente.io.Csv;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;

/** The report of a sweep and its analysis (entente sweep, then entente analyze). */
final class SweepReport {
    /** Outputs the answer speaks of, when the sweep kept them. */
    private static final List<String> HEADLINE = List.of("escalation_index.peak", "escalation.PRK.peak",
            "cohesion_trilateral.final", "cohesion_counter.final");
    private static final int MAX_CHARTS = 12;
    /** Rows of a table on the page at most; the CSV files the page links hold them all. */
    static final int MAX_ROWS = 120;
    /** A chart's name as analyze writes it: a file in the analysis folder, never a path out of it. */
    private static final java.util.regex.Pattern CHART_NAME = java.util.regex.Pattern.compile("(?!.*\\.\\.)[\\w.+-]+");

    private SweepReport() {}

    /** @param base how the page addresses the sweep's files (for links to the full tables) */
    static String render(ResultsFolder f, String base) throws IOException {
        JsonNode s = f.summary();
        String title = "Sweep: " + s.path("title").asText(s.path("name").asText());
        Html h = new Html();
        h.tag("h1", title);
        h.raw("<p class=\"subtitle\">").text("Entente sweep report · " + s.path("design").asText() + " design, "
                + s.path("points").asInt() + " points × " + (s.has("draws") ? s.path("draws").asInt()
                        + " draws of the posterior " + s.path("posterior").asText() + " × "
                        + s.path("replications_per_draw").asInt() : s.path("replications").asInt()) + " replications = "
                + s.path("runs").asInt() + " runs · " + s.path("period_start").asText() + " to "
                + s.path("period_end").asText() + " · master seed " + s.path("seed").asText()).raw("</p>\n");
        Table points = Csv.read(f.file("analysis/points.csv"));
        Path sobol = f.file("analysis/sobol.csv");
        Path morris = f.file("analysis/morris.csv");
        Path effectsFile = f.file("analysis/effects.csv");
        Table effects = Files.isRegularFile(effectsFile) ? Csv.read(effectsFile) : null;
        h.raw("<section class=\"answer\">\n<p><strong>").text("The answer").raw("</strong></p>\n<ul>\n");
        if (effects != null) {
            effects(h, effects, s);
        } else if (Files.isRegularFile(sobol)) {
            ranking(h, Csv.read(sobol), "ST", "total-order Sobol' index");
        } else if (Files.isRegularFile(morris)) {
            ranking(h, Csv.read(morris), "mu_star", "Morris μ*");
        } else {
            ranges(h, points, s);
            scores(h, f);
        }
        h.raw("</ul>\n</section>\n");
        notes(h, f);
        factors(h, f, s);
        charts(h, f);
        Discoveries.sections(h, f, base);
        h.tag("h2", "Per design point: mean, standard deviation and 95% CI over replications");
        h.pagedTable("Headline outputs (analysis/points.csv)", points.header(),
                cells(points, r -> HEADLINE.contains(r.get("output"))), MAX_ROWS, base + "analysis/points.csv",
                "analysis/points.csv");
        everyRow(h, "Every output at every point", points, base, "analysis/points.csv");
        if (effects != null) {
            h.tag("h2", "Effects against the first point across the posterior (analysis/effects.csv)");
            h.raw("<p class=\"note\">").text("ci_low, ci_high: 95% interval over seeds alone; total_low, total_high: "
                    + "with the parameters' uncertainty; p_sign: probability that the effect has the sign of the difference.")
                    .raw("</p>\n");
            h.pagedTable(null, effects.header(), cells(effects, r -> HEADLINE.contains(r.get("output"))), MAX_ROWS,
                    base + "analysis/effects.csv", "analysis/effects.csv");
        }
        for (Path p : List.of(sobol, morris, f.file("analysis/scores.csv"))) {
            if (Files.isRegularFile(p)) {
                Table t = Csv.read(p);
                String file = "analysis/" + p.getFileName();
                h.tag("h2", (p.equals(sobol) || p.equals(morris) ? "Sensitivity indices" : "Feature scores") + " (" + file
                        + "), headline outputs");
                h.pagedTable(null, t.header(), cells(t, r -> HEADLINE.contains(r.get("output"))), MAX_ROWS, base + file,
                        file);
                everyRow(h, "Every output", t, base, file);
            }
        }
        Manifest.section(h, s, "entente sweep " + s.path("sweep_file").asText() + (s.path("series").asBoolean() ? " --series" : "")
                + " && entente analyze " + f.dir());
        return Html.page(title + " — Entente report", h.toString());
    }

    private static List<List<String>> cells(Table t, Predicate<CSVRecord> keep) {
        return t.rows().stream().filter(keep).map(CSVRecord::toList).toList();
    }

    /** For each headline output, the factors in order of influence. */
    private static void ranking(Html h, Table t, String column, String label) {
        for (String output : HEADLINE) {
            List<CSVRecord> rows = new ArrayList<>(t.rows().stream().filter(r -> r.get("output").equals(output)).toList());
            if (rows.isEmpty()) {
                continue;
            }
            rows.sort(Comparator.comparingDouble((CSVRecord r) -> Double.parseDouble(r.get(column))).reversed());
            h.raw("<li>").text(output + ": by " + label + ", ");
            for (int k = 0; k < Math.min(3, rows.size()); k++) {
                CSVRecord r = rows.get(k);
                h.text((k == 0 ? "" : ", ") + r.get("factor") + " ").raw(value(output + "." + r.get("factor"), r.get(column)))
                        .text(" (95% CI " + r.get(column + "_low") + " to " + r.get(column + "_high") + ")");
            }
            h.raw("</li>\n");
        }
    }

    /**
     * Across a posterior: each point's effect on the headline outputs against the first point,
     * with both intervals; says when the sign does not hold across the parameters' uncertainty.
     */
    private static void effects(Html h, Table t, JsonNode s) {
        List<String> factors = new ArrayList<>();
        s.path("factors").forEach(x -> factors.add(x.asText()));
        for (CSVRecord r : t.rows()) {
            if (!HEADLINE.contains(r.get("output"))) {
                continue;
            }
            double lo = Double.parseDouble(r.get("total_low"));
            double hi = Double.parseDouble(r.get("total_high"));
            boolean robust = lo > 0 || hi < 0;
            h.raw("<li>").text("point " + r.get("point") + " (" + at(r, factors) + "), " + r.get("output") + ": "
                    + r.get("difference") + " against point 0 (95% CI over seeds " + r.get("ci_low") + " to "
                    + r.get("ci_high") + "; with parameter uncertainty " + r.get("total_low") + " to " + r.get("total_high")
                    + "); probability of this sign " + r.get("p_sign") + (robust ? "" : " — the sign is not robust"))
                    .raw("</li>\n");
        }
    }

    /** For each headline output, the lowest and highest point means and where they lie. */
    private static void ranges(Html h, Table points, JsonNode s) {
        List<String> factors = new ArrayList<>();
        s.path("factors").forEach(x -> factors.add(x.asText()));
        for (String output : HEADLINE) {
            List<CSVRecord> rows = points.rows().stream().filter(r -> r.get("output").equals(output)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            CSVRecord lo = rows.stream().min(Comparator.comparingDouble(r -> Double.parseDouble(r.get("mean")))).orElseThrow();
            CSVRecord hi = rows.stream().max(Comparator.comparingDouble(r -> Double.parseDouble(r.get("mean")))).orElseThrow();
            h.raw("<li>").text(output + " ranges from ").raw(value(output + ".min", lo.get("mean"))).text(" (" + at(lo, factors)
                    + ") to ").raw(value(output + ".max", hi.get("mean"))).text(" (" + at(hi, factors) + ").").raw("</li>\n");
        }
    }

    /** A score to two decimals: finer would only show noise. */
    private static String twoDecimals(String v) {
        return v.isEmpty() ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", Double.parseDouble(v));
    }

    private static String at(CSVRecord r, List<String> factors) {
        return String.join(", ", factors.stream().map(x -> x + " = " + r.get(x)).toList());
    }

    private static String value(String key, String v) {
        return "<span class=\"v\" data-key=\"" + Html.esc(key) + "\">" + Html.esc(Numbers.format(Double.parseDouble(v)))
                + "</span>";
    }

    /** Each factor with the lowest and highest value the design gave it and how many values it took. */
    private static void factors(Html h, ResultsFolder f, JsonNode s) throws IOException {
        Table design = Csv.read(f.file("design.csv"));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode x : s.path("factors")) {
            double[] v = design.rows().stream().mapToDouble(r -> Double.parseDouble(r.get(x.asText()))).toArray();
            long distinct = java.util.Arrays.stream(v).distinct().count();
            rows.add(List.of(x.asText(), Numbers.format(java.util.Arrays.stream(v).min().orElse(Double.NaN)),
                    Numbers.format(java.util.Arrays.stream(v).max().orElse(Double.NaN)), String.format("%,d", distinct)));
        }
        h.tag("h2", "What was varied");
        h.table(s.path("factors").size() + " factors, on " + s.path("scenario_file").asText() + " (the full definition: spec.yaml in the folder)",
                List.of("factor", "lowest value", "highest value", "values taken"), rows);
    }

    /** What the analysis says to read with care (analysis/notes.txt), if anything. */
    private static void notes(Html h, ResultsFolder f) throws IOException {
        if (!f.has("analysis/notes.txt")) {
            return;
        }
        h.raw("<p><strong>").text("Notes from the analysis").raw("</strong></p>\n<ul>\n");
        for (String line : Files.readAllLines(f.file("analysis/notes.txt"))) {
            h.raw("<li>").text(line).raw("</li>\n");
        }
        h.raw("</ul>\n");
    }

    /** The note under a table cut to its headline rows: how many rows the whole file has, and a link to it. */
    private static void everyRow(Html h, String what, Table t, String base, String file) {
        h.raw("<p class=\"note\">").text(String.format("%s (%,d rows): ", what, t.rows().size()))
                .link(base + file, file).text(".").raw("</p>\n");
    }

    /** For each headline output, the three factors with the largest first-order share (scores.csv). */
    private static void scores(Html h, ResultsFolder f) throws IOException {
        if (!f.has("analysis/scores.csv")) {
            return;
        }
        Table scores = Csv.read(f.file("analysis/scores.csv"));
        for (String output : HEADLINE) {
            List<CSVRecord> rows = scores.rows().stream()
                    .filter(r -> r.get("output").equals(output) && !r.get("first_order").isEmpty()).limit(3).toList();
            if (rows.isEmpty()) {
                continue;
            }
            h.raw("<li>").text(output + ": by first-order share of its variance, ");
            for (int k = 0; k < rows.size(); k++) {
                CSVRecord r = rows.get(k);
                h.text((k == 0 ? "" : ", ") + r.get("factor") + " ").raw(value(output + "." + r.get("factor") + ".share",
                        twoDecimals(r.get("first_order")))).text(" (rank correlation " + twoDecimals(r.get("spearman")) + ")");
            }
            h.raw("</li>\n");
        }
    }

    /** The analysis's charts in the order analysis/charts.csv ranks them (main effects first), as many as fit. */
    private static void charts(Html h, ResultsFolder f) throws IOException {
        List<String> ranked = Csv.read(f.file("analysis/charts.csv")).rows().stream().map(r -> r.get("chart"))
                .filter(name -> CHART_NAME.matcher(name).matches() && f.has("analysis/" + name + ".svg")).toList();
        if (ranked.isEmpty()) {
            return;
        }
        h.tag("h2", "Charts");
        for (String name : ranked.subList(0, Math.min(MAX_CHARTS, ranked.size()))) {
            h.figure(f.file("analysis/" + name + ".svg"), name.replace('-', ' ') + " (analysis/" + name + ".png and .svg)");
        }
        if (ranked.size() > MAX_CHARTS) {
            h.raw("<p class=\"note\">").text((ranked.size() - MAX_CHARTS) + " more charts are in the analysis folder "
                    + "(analysis/charts.csv ranks them all).").raw("</p>\n");
        }
    }
}
