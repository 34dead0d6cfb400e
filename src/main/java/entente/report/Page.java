package entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A self-contained report page in the style of the others (same style sheet, inline SVG,
 * readable without script), for reports assembled outside this package, such as the
 * debrief of a classroom game. Text is always escaped.
 */
public final class Page {
    private final Html h = new Html();

    public Page title(String title, String subtitle) {
        h.tag("h1", title);
        h.raw("<p class=\"subtitle\">").text(subtitle).raw("</p>\n");
        return this;
    }

    /** The boxed summary at the top: a bold heading and a list of lines. */
    public Page answer(String heading, List<String> lines) {
        h.raw("<section class=\"answer\">\n<p><strong>").text(heading).raw("</strong></p>\n<ul>\n");
        lines.forEach(line -> h.raw("<li>").text(line).raw("</li>\n"));
        h.raw("</ul>\n</section>\n");
        return this;
    }

    public Page section(String heading) {
        h.tag("h2", heading);
        return this;
    }

    public Page paragraph(String text) {
        h.tag("p", text);
        return this;
    }

    public Page note(String text) {
        h.raw("<p class=\"note\">").text(text).raw("</p>\n");
        return this;
    }

    /** A line of text with a command in code type after it. */
    public Page command(String text, String command) {
        h.raw("<p>").text(text).raw(" <code>").text(command).raw("</code></p>\n");
        return this;
    }

    public Page table(String caption, List<String> header, List<List<String>> rows) {
        h.table(caption, header, rows);
        return this;
    }

    /** A table folded away under a summary line (opened for printing). */
    public Page foldedTable(String summary, List<String> header, List<List<String>> rows) {
        h.raw("<details><summary>").text(summary).raw("</summary>\n");
        h.table(null, header, rows);
        h.close("details");
        return this;
    }

    public Page figure(Path svg, String caption) throws IOException {
        h.figure(svg, caption);
        return this;
    }

    /** How to reproduce it, with the manifest of a run's summary.json. */
    public Page manifest(JsonNode manifest, String command) {
        Manifest.section(h, manifest, command);
        return this;
    }

    public String html(String title) {
        return Html.page(title, h.toString());
    }
}
