package entente.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A lesson: its guide, docs/lessons/NAME.md, and what the window shows for it, declared in the
 * guide's first comment (invisible where the Markdown is rendered): the scenario, a summary for
 * the start screen, the 2-4 levers, the numbers to watch and the chart to show first.
 *
 * <pre>
 * &lt;!-- lesson
 * number: 1
 * scenario: scenarios/lessons/security-dilemma.yaml
 * summary: One sentence for the start screen.
 * chart: Escalation
 * axes: {Hedging: [0.5, 0.95]}       (optional: a chart's value axis, fixed)
 * levers:
 *   - {paths: [dynamics.reactivity], name: ..., short: reaction, unit: ..., range: [0.005, 0.04], step: 0.001}
 * watch: [escalation_index, escalation/PRK]
 * --&gt;
 * </pre>
 */
record Lesson(String name, int number, String title, String summary, Path scenario, String chart,
              Map<String, double[]> axes, List<Lever> levers, List<String> watch, String markdown) {
    static final String OPEN = "<!-- lesson";
    private static final String CLOSE = "-->";

    static Lesson read(Path file, Path home) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        try {
            return parse(name, text, home);
        } catch (IllegalArgumentException | org.yaml.snakeyaml.error.YAMLException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    static Lesson parse(String name, String text, Path home) {
        if (!text.startsWith(OPEN)) {
            throw new IllegalArgumentException("a lesson guide starts with its settings in a '" + OPEN + " ... "
                    + CLOSE + "' comment");
        }
        int end = text.indexOf(CLOSE);
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(OPEN.length(), end));
        JsonNode c = new ObjectMapper().valueToTree(yaml);
        String markdown = text.substring(end + CLOSE.length()).strip();
        String title = markdown.lines().filter(l -> l.startsWith("# ")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the guide has no '# title' line")).substring(2).strip();
        List<Lever> levers = new ArrayList<>();
        for (JsonNode l : required(c, "levers")) {
            List<String> paths = new ArrayList<>();
            required(l, "paths").forEach(p -> paths.add(p.asText()));
            JsonNode range = required(l, "range");
            levers.add(new Lever(paths, text(l, "name"), text(l, "short"), text(l, "unit"), range.get(0).asDouble(),
                    range.get(1).asDouble(), required(l, "step").asDouble()));
        }
        List<String> watch = new ArrayList<>();
        required(c, "watch").forEach(w -> watch.add(w.asText()));
        Map<String, double[]> axes = new LinkedHashMap<>();
        if (c.has("axes")) {
            c.get("axes").fields().forEachRemaining(e -> {
                double[] r = {e.getValue().path(0).asDouble(Double.NaN), e.getValue().path(1).asDouble(Double.NaN)};
                if (!(r[0] < r[1])) {
                    throw new IllegalArgumentException("axes." + e.getKey() + " must be [low, high]");
                }
                axes.put(e.getKey(), r);
            });
        }
        return new Lesson(name, required(c, "number").asInt(), title, text(c, "summary"),
                home.resolve(text(c, "scenario")), text(c, "chart"), axes, levers, watch, markdown);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("the lesson settings need '" + field + "'");
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }
}
