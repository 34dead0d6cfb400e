package entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.analysis.ScenarioDiscovery;
import entente.io.InputFiles;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The scenario discoveries (entente discover) kept in a sweep folder, for its report: question, box, charts. */
final class Discoveries {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Discoveries() {}

    static void sections(Html h, ResultsFolder f, String base) throws IOException {
        List<Path> found;
        try (Stream<Path> dirs = Files.list(f.dir())) {
            found = dirs.filter(d -> d.getFileName().toString().startsWith("discovery-")
                    && Files.isRegularFile(d.resolve("discovery.json"))).sorted().toList();
        }
        for (Path d : found) {
            section(h, d, base + d.getFileName() + "/");
        }
    }

    private static void section(Html h, Path dir, String base) throws IOException {
        JsonNode j = JSON.readTree(InputFiles.read(dir.resolve("discovery.json")));
        h.tag("h2", "Scenario discovery: where " + j.path("describes").asText());
        h.raw("<p>").text(String.format("%,d of %,d runs have %s. PRIM (peeling %s, pasting %s) chose box %d of the "
                        + "trajectory (%s); after pasting it holds %s of the runs with coverage %s (share of those runs "
                        + "inside it) and density %s (share of the runs inside it that are such runs). ",
                j.path("of_interest").asInt(), j.path("runs").asInt(), j.path("describes").asText(),
                Numbers.format(j.path("peel_alpha").asDouble()), Numbers.format(j.path("paste_alpha").asDouble()),
                j.path("step").asInt(), j.path("chosen_by").asText(), pct(j.path("mass")), pct(j.path("coverage")),
                pct(j.path("density")))).text("Every box: ").link(base + "trajectory.csv", "trajectory.csv")
                .text(".").raw("</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode b : j.path("bounds")) {
            rows.add(List.of(b.path("factor").asText(), Numbers.format(b.path("low").asDouble()),
                    Numbers.format(b.path("high").asDouble()), Numbers.format(b.path("sampled_min").asDouble()) + " to "
                            + Numbers.format(b.path("sampled_max").asDouble()),
                    b.path("restricted").asBoolean() ? "yes" : "no",
                    b.has("quasi_p") ? ScenarioDiscovery.probability(b.path("quasi_p").asDouble()) : ""));
        }
        h.table("The box (" + dir.getFileName() + "/box.csv); quasi-p: the chance of the box's share of such runs "
                + "if its restriction of the factor did not matter", List.of("factor", "low", "high", "sampled range",
                "restricted", "quasi-p"), rows);
        for (String chart : List.of("tradeoff", "box")) {
            if (Files.isRegularFile(dir.resolve(chart + ".svg"))) {
                h.figure(dir.resolve(chart + ".svg"), (chart.equals("tradeoff") ? "Coverage against density along the "
                        + "peeling trajectory" : "The box within each factor's sampled range") + " (" + dir.getFileName()
                        + "/" + chart + ".png and .svg)");
            }
        }
    }

    private static String pct(JsonNode share) {
        return ScenarioDiscovery.pct(share.asDouble());
    }
}
