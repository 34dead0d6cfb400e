package entente.report;

import entente.io.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small HTML writer: escaped text, tables, figures with inline SVG, and a self-contained page. */
final class Html {
    /** In the head of every page: how a later write knows the file is Entente's to replace. */
    static final String GENERATOR = "<meta name=\"generator\" content=\"Entente\">";
    /**
     * Nothing runs in a report: no script of its own, and none that a tampered chart might carry
     * past {@link SafeSvg}; nothing is loaded from elsewhere.
     */
    static final String POLICY = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "script-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">";

    private final StringBuilder sb = new StringBuilder(1 << 16);

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    Html raw(String s) {
        sb.append(s);
        return this;
    }

    Html text(String s) {
        sb.append(esc(s));
        return this;
    }

    Html tag(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ")[0] + ">\n");
    }

    Html open(String tag) {
        return raw("<" + tag + ">\n");
    }

    Html close(String tag) {
        return raw("</" + tag + ">\n");
    }

    /** A table with a header row; cells are escaped text. */
    Html table(String caption, List<String> header, List<List<String>> rows) {
        open("table");
        if (caption != null) {
            tag("caption", caption);
        }
        raw("<thead><tr>");
        header.forEach(h -> raw("<th scope=\"col\">").text(h).raw("</th>"));
        raw("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            raw("<tr>");
            row.forEach(c -> raw("<td>").text(c).raw("</td>"));
            raw("</tr>\n");
        }
        return raw("</tbody>\n").close("table");
    }

    /**
     * At most {@code most} rows of a table; when there are more, a line says how many and links
     * the file that holds them all ({@code href}, relative to the page).
     */
    Html pagedTable(String caption, List<String> header, List<List<String>> rows, int most, String href, String file) {
        table(caption, header, rows.size() > most ? rows.subList(0, most) : rows);
        if (rows.size() > most) {
            raw("<p class=\"note\">").text(String.format("The first %,d of %,d rows; all of them are in ", most,
                    rows.size())).link(href, file).text(".").raw("</p>\n");
        }
        return this;
    }

    /** A link to a file beside the page (a relative address; the page's policy lets nothing load from it). */
    Html link(String href, String text) {
        return raw("<a href=\"" + esc(href) + "\">").text(text).raw("</a>");
    }

    /**
     * A chart from the folder inlined as SVG, scaled to the page, with a caption. The folder may
     * come from anyone: the chart is rebuilt from an allow-list ({@link SafeSvg}), and one that
     * cannot be read is left out with a note.
     */
    Html figure(Path svgFile, String caption) throws IOException {
        String svg;
        try {
            svg = SafeSvg.of(InputFiles.text(svgFile), caption);
        } catch (IOException e) {
            return raw("<p class=\"note\">").text("Chart left out: " + svgFile.getFileName() + " is "
                    + e.getMessage()).raw("</p>\n");
        }
        return open("figure").raw(svg).raw("\n<figcaption>").text(caption).raw("</figcaption>\n").close("figure");
    }

    /** The whole page: title, inline style, body. Nothing is loaded from elsewhere. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + POLICY + "\n"
                + GENERATOR + "\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + ReportStyle.CSS + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
