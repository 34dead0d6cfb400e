package entente.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** A small HTML writer: escaped text, tables, figures with inline SVG, and a self-contained page. */
final class Html {
    /** In the head of every page: how a later write knows the file is Entente's to replace. */
    static final String GENERATOR = "<meta name=\"generator\" content=\"Entente\">";
    private static final Pattern SVG_START = Pattern.compile("(?s)^.*?(<svg\\b)");
    private static final Pattern SVG_SIZE = Pattern.compile("width='([0-9.]+)' height='([0-9.]+)'");

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

    /** A chart from the folder inlined as SVG, scaled to the page, with a caption. */
    Html figure(Path svgFile, String caption) throws IOException {
        String svg = Files.readString(svgFile, StandardCharsets.UTF_8);
        svg = SVG_START.matcher(svg).replaceFirst("$1"); // drop the XML prolog and DOCTYPE
        svg = SVG_SIZE.matcher(svg).replaceFirst("viewBox='0 0 $1 $2' width='100%' role='img' aria-label='"
                + esc(caption).replace("'", "&#39;") + "'");
        return open("figure").raw(svg).raw("\n<figcaption>").text(caption).raw("</figcaption>\n").close("figure");
    }

    /** The whole page: title, inline style, body. Nothing is loaded from elsewhere. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + GENERATOR + "\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + ReportStyle.CSS + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n<script>\n// print every collapsed section too\n"
                + "window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach(d => d.open = true));\n"
                + "</script>\n</body>\n</html>\n";
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
