package entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import entente.util.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A state-by-state matrix from summary.json as an HTML table: each cell shows its value and is shaded. */
final class Matrices {
    private Matrices() {}

    /**
     * @param diverging true for affinity (−1 red … +1 blue), false for threat (0 white … max orange)
     */
    static void heatmap(Html h, String caption, JsonNode matrix, boolean diverging) {
        List<String> actors = new ArrayList<>();
        matrix.fieldNames().forEachRemaining(actors::add);
        double max = 0;
        for (String i : actors) {
            for (String j : actors) {
                max = Math.max(max, Math.abs(matrix.path(i).path(j).asDouble(0)));
            }
        }
        h.raw("<table class=\"matrix\">\n<caption>").text(caption).raw("</caption>\n<thead><tr><th scope=\"col\">row → column</th>");
        actors.forEach(a -> h.raw("<th scope=\"col\">").text(a).raw("</th>"));
        h.raw("</tr></thead>\n<tbody>\n");
        for (String i : actors) {
            h.raw("<tr><th scope=\"row\">").text(i).raw("</th>");
            for (String j : actors) {
                if (i.equals(j)) {
                    h.raw("<td class=\"self\">—</td>");
                    continue;
                }
                double v = matrix.path(i).path(j).asDouble();
                String bg = diverging ? diverging(v) : sequential(max > 0 ? v / max : 0);
                h.raw("<td style=\"background:" + bg + "\" data-value=\"" + Numbers.format(v) + "\">")
                        .text(String.format(Locale.ROOT, diverging ? "%+.2f" : "%.2f", v).replace("-", "−")).raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    /** −1 → light red, 0 → white, +1 → light blue: pale enough that dark text stays readable. */
    static String diverging(double v) {
        double t = Math.max(-1, Math.min(1, v));
        int[] end = t < 0 ? new int[] {230, 120, 110} : new int[] {110, 165, 225};
        return mix(end, Math.abs(t));
    }

    static String sequential(double share) {
        return mix(new int[] {240, 170, 60}, Math.max(0, Math.min(1, share)));
    }

    private static String mix(int[] end, double t) {
        int r = (int) Math.round(255 + (end[0] - 255) * t);
        int g = (int) Math.round(255 + (end[1] - 255) * t);
        int b = (int) Math.round(255 + (end[2] - 255) * t);
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", r, g, b);
    }
}
