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
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;

/** The report of a sweep and its analysis (entente sweep, then entente analyze). */
final class SweepReport {
    /** Outputs the answer speaks of, when the sweep kept them. */
    private static final List<String> HEADLINE = List.of("escalation_index.peak", "escalation.PRK.peak",
            "cohesion_trilateral.final", "cohesion_counter.final");
    private static final int MAX_CHARTS = 12;

    private SweepReport() {}

    static String render(ResultsFolder f) throws IOException {
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
        Path effects = f.file("analysis/effects.csv");
        h.raw("<section class=\"answer\">\n<p><strong>").text("The answer").raw("</strong></p>\n<ul>\n");
        if (Files.isRegularFile(effects)) {
            effects(h, Csv.read(effects), s);
        } else if (Files.isRegularFile(sobol)) {
            ranking(h, Csv.read(sobol), "ST", "total-order Sobol' index");
        } else if (Files.isRegularFile(morris)) {
            ranking(h, Csv.read(morris), "mu_star", "Morris μ*");
        } else {
            ranges(h, points, s);
        }
        h.raw("</ul>\n</section>\n");
        factors(h, s);
        charts(h, f);
        h.tag("h2", "Per design point: mean, standard deviation and 95% CI over replications");
        h.table("Headline outputs (analysis/points.csv)", points.header(), cells(points, r -> HEADLINE.contains(r.get("output"))));
        h.raw("<details><summary>").text("All " + points.rows().size() + " rows").raw("</summary>\n");
        h.table(null, points.header(), cells(points, r -> true));
        h.close("details");
        if (Files.isRegularFile(effects)) {
            Table t = Csv.read(effects);
            h.tag("h2", "Effects against the first point across the posterior (analysis/effects.csv)");
            h.raw("<p class=\"note\">").text("ci_low, ci_high: 95% interval over seeds alone; total_low, total_high: "
                    + "with the parameters' uncertainty; p_sign: probability that the effect has the sign of the difference.")
                    .raw("</p>\n");
            h.table(null, t.header(), cells(t, r -> HEADLINE.contains(r.get("output"))));
        }
        for (Path p : List.of(sobol, morris)) {
            if (Files.isRegularFile(p)) {
                Table t = Csv.read(p);
                h.tag("h2", "Sensitivity indices (" + p.getFileName() + ")");
                h.table(null, t.header(), cells(t, r -> true));
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

    private static String at(CSVRecord r, List<String> factors) {
        return String.join(", ", factors.stream().map(x -> x + " = " + r.get(x)).toList());
    }

    private static String value(String key, String v) {
        return "<span class=\"v\" data-key=\"" + Html.esc(key) + "\">" + Html.esc(Numbers.format(Double.parseDouble(v)))
                + "</span>";
    }

    private static void factors(Html h, JsonNode s) {
        List<List<String>> rows = new ArrayList<>();
        s.path("factors").forEach(x -> rows.add(List.of(x.asText())));
        h.tag("h2", "What was varied");
        h.table(s.path("factors").size() + " factors, on " + s.path("scenario_file").asText() + " (the full definition: spec.yaml in the folder)",
                List.of("factor"), rows);
    }

    private static void charts(Html h, ResultsFolder f) throws IOException {
        List<Path> svgs;
        try (Stream<Path> files = Files.list(f.file("analysis"))) {
            svgs = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        if (svgs.isEmpty()) {
            return;
        }
        h.tag("h2", "Charts");
        for (Path svg : svgs.subList(0, Math.min(MAX_CHARTS, svgs.size()))) {
            String name = svg.getFileName().toString().replace(".svg", "");
            h.figure(svg, name.replace('-', ' ') + " (analysis/" + name + ".png and .svg)");
        }
        if (svgs.size() > MAX_CHARTS) {
            h.raw("<p class=\"note\">").text((svgs.size() - MAX_CHARTS) + " more charts are in the analysis folder.").raw("</p>\n");
        }
    }
}
