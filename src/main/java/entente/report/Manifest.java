package entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The manifest section shared by every report: how to reproduce the results. */
final class Manifest {
    private Manifest() {}

    static void section(Html h, JsonNode manifest, String command) {
        h.tag("h2", "Reproduce it");
        h.raw("<p>").text("Run with this version and commit: ").raw("<code>").text(command).raw("</code></p>\n");
        List<List<String>> rows = new ArrayList<>();
        manifest.fields().forEachRemaining(e -> {
            if (!e.getValue().isObject()) {
                rows.add(List.of(e.getKey(), cell(e.getValue())));
            } else if (!e.getKey().equals("parameters")) {
                e.getValue().fields().forEachRemaining(f -> rows.add(List.of(e.getKey() + "." + f.getKey(), cell(f.getValue()))));
            }
        });
        h.table("Manifest", List.of("field", "value"), rows);
        JsonNode params = manifest.path("parameters");
        if (params.isObject()) {
            List<List<String>> p = new ArrayList<>();
            params.fields().forEachRemaining(e -> p.add(List.of(e.getKey(), cell(e.getValue()))));
            h.raw("<details><summary>").text("All " + p.size() + " parameters").raw("</summary>\n");
            h.table(null, List.of("path", "value"), p);
            h.close("details");
        }
    }

    /**
     * A value as a cell that is never empty: a list as its items (an item with a name as that
     * name), an empty or missing value as "none".
     */
    static String cell(JsonNode v) {
        String text;
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(item.isObject() ? item.path("name").asText(item.toString()) : cell(item)));
            text = String.join(", ", items);
        } else {
            text = v.isObject() ? v.toString() : v.asText();
        }
        return text.isBlank() ? "none" : text;
    }
}
