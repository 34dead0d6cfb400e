package entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import entente.io.Csv;
import entente.model.Metric;
import entente.util.Numbers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** The report of a what-if against its base (entente compare). */
final class ComparisonReport {
    /** Rows of effects.csv shown up front; the rest sit in a collapsed table. */
    private static final Set<String> HEADLINE_METRICS = Set.of(Metric.COHESION_TRILATERAL.key(), Metric.COHESION_COUNTER.key(),
            Metric.POLARIZATION.key(), Metric.ESCALATION_INDEX.key(), "events");

    private ComparisonReport() {}

    static String render(ResultsFolder f) throws IOException {
        JsonNode s = f.summary();
        JsonNode m = s.path("manifest");
        String title = "What-if: " + s.path("question").asText();
        Html h = new Html();
        h.tag("h1", title);
        boolean posterior = m.has("draws");
        String runs = posterior
                ? m.path("draws").asInt() + " draws of the posterior " + m.path("posterior").asText() + " x "
                        + m.path("replications_per_draw").asInt() + " replications"
                : m.path("replications").asInt() + " replications";
        h.raw("<p class=\"subtitle\">").text("Entente comparison report · " + m.path("start").asText() + " to "
                + m.path("end").asText() + " · " + runs
                + (m.path("common_random_numbers").asBoolean() ? " with common random numbers" : " with independent seeds")
                + " · master seed " + m.path("seed").asText()).raw("</p>\n");
        h.raw("<section class=\"answer\">\n<p><strong>").text("The answer").raw("</strong> ")
                .text(posterior ? "(variant against base; mean over draws and replications, 95% interval over seeds alone"
                        + " and with the parameters' uncertainty, probability of the sign; effects.csv: ci_low/ci_high"
                        + " over seeds, total_low/total_high with parameter uncertainty)"
                        : "(variant against base; mean over replications, 95% confidence interval)").raw("</p>\n<ul>\n");
        s.path("answer").forEach(line -> h.raw("<li>").text(line.asText()).raw("</li>\n"));
        h.raw("</ul>\n</section>\n");
        h.tag("h2", "What the variant changes");
        h.open("ul");
        s.path("changes").forEach(c -> h.raw("<li>").text(c.asText()).raw("</li>\n"));
        h.close("ul");
        h.tag("h2", "Over time");
        if (f.has("overlay.svg")) {
            h.figure(f.file("overlay.svg"), "Base (black, solid, dots) and variant (vermillion, dashed, squares) means; grey vertical lines mark events the variant removed (dashed) or added (solid).");
        }
        if (f.has("difference.svg")) {
            h.figure(f.file("difference.svg"), "Difference variant − base with its 95% confidence band; zero line for reference.");
        }
        effects(h, f);
        Manifest.section(h, m, "entente compare " + m.at("/base/file").asText() + " " + m.at("/variant/file").asText()
                + (posterior ? " --posterior " + m.path("posterior").asText() + " --draws " + m.path("draws").asText()
                        + " -r " + m.path("replications_per_draw").asText()
                        : " -r " + m.path("replications").asText()) + " --seed " + m.path("seed").asText()
                + (m.path("common_random_numbers").asBoolean() ? "" : " --no-crn"));
        return Html.page(title + " — Entente report", h.toString());
    }

    /** A table cell for a person: numbers to four significant figures (effects.csv keeps six decimals). */
    static String readable(String cell) {
        try {
            return Numbers.significant(Double.parseDouble(cell), 4);
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    private static void effects(Html h, ResultsFolder f) throws IOException {
        List<List<String>> headline = new ArrayList<>();
        List<List<String>> rest = new ArrayList<>();
        Csv.Table effects = Csv.read(f.file("effects.csv"));
        List<String> header = effects.header();
        for (CSVRecord r : effects.rows()) {
            boolean top = HEADLINE_METRICS.contains(r.get("metric")) && !r.get("statistic").equals("mean");
            (top ? headline : rest).add(r.toList().stream().map(ComparisonReport::readable).toList());
        }
        h.tag("h2", "Effects with their uncertainty");
        h.table("Final and peak values, and event counts (four significant figures; effects.csv has them in full)", header, headline);
        h.raw("<details><summary>").text("All " + (headline.size() + rest.size()) + " effects").raw("</summary>\n");
        h.table(null, header, rest);
        h.close("details");
    }
}
