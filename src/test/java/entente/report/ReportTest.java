package entente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.TestScenarios;
import entente.cli.Main;
import entente.util.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VALUE = Pattern.compile("data-key=\"([^\"]+)\">([^<]+)<");

    @TempDir
    static Path tmp;
    static Path run;
    static Path other;
    static Path comparison;
    static Path sweep;

    static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @BeforeAll
    static void results() {
        run = tmp.resolve("run");
        other = tmp.resolve("other");
        comparison = tmp.resolve("cmp");
        String scenario = TestScenarios.SIX_STATES.toString();
        assertEquals("0", cli("run", scenario, "--out", run.toString(), "--report")[0]);
        assertEquals("0", cli("run", scenario, "--seed", "99", "--out", other.toString())[0]);
        assertEquals("0", cli("compare", scenario, scenario, "-r", "3", "--out", comparison.toString(), "--report")[0]);
        sweep = tmp.resolve("sweep");
        assertEquals("0", cli("sweep", "src/test/resources/experiments/small-grid.yaml", "--out", sweep.toString(),
                "--report")[0]);
    }

    /** Nothing is fetched from elsewhere: no links, scripts or images by URL. */
    static void selfContained(String html) {
        for (String bad : List.of("<link", "<script src", "src=\"http", "href=\"http", "url(http", "@import")) {
            assertFalse(html.contains(bad), "the page must not load anything: found " + bad);
        }
    }

    /** Issue 14, point 1: a run's report says which events were inputs and which the states chose. */
    @Test
    void aRunReportSaysWhichEventsWereInputsAndWhichTheStatesChose() throws IOException {
        String html = Files.readString(run.resolve("report.html"));
        JsonNode kinds = JSON.readTree(run.resolve("summary.json").toFile()).at("/events/by_origin_and_type");
        for (String origin : List.of("scenario", "decision")) {
            List<String> counts = new java.util.ArrayList<>();
            kinds.path(origin).fields().forEachRemaining(t -> counts.add(t.getValue().asInt() + " " + t.getKey()));
            assertFalse(counts.isEmpty(), origin);
            String description = entente.scenario.EventOrigin.of(origin).description();
            String line = Character.toUpperCase(description.charAt(0)) + description.substring(1) + ": " + String.join(", ", counts) + ".";
            assertTrue(html.contains(line), line);
        }
    }

    @Test
    void aRunReportShowsTheSummaryNumbers() throws IOException {
        String html = Files.readString(run.resolve("report.html"));
        selfContained(html);
        JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
        Map<String, String> shown = new HashMap<>();
        Matcher m = VALUE.matcher(html);
        while (m.find()) {
            shown.put(m.group(1), m.group(2));
        }
        assertTrue(shown.size() >= 12, "headline numbers are marked: " + shown.keySet());
        shown.forEach((key, value) -> {
            int dot = key.lastIndexOf('.');
            JsonNode expected = summary.path("metrics").path(key.substring(0, dot)).path(key.substring(dot + 1));
            assertEquals(expected.asDouble(), Double.parseDouble(value), 0.0, key);
        });
        assertTrue(html.contains("<svg"), "charts are inline SVG");
        assertEquals(2, html.split("<svg", -1).length - 1, "cohesion and escalation");
        JsonNode aff = summary.at("/final_affinity/USA/JPN");
        assertTrue(html.contains("data-value=\"" + entente.util.Numbers.format(aff.asDouble()) + "\""), "affinity cell USA→JPN");
        assertTrue(html.contains("drill-spring") && html.contains("ext: test"), "timeline with sources");
    }

    @Test
    void aRunSetAgainstAnotherListsWhatDiffers() throws IOException {
        Path out = tmp.resolve("vs.html");
        String[] r = cli("report", run.toString(), "--vs", other.toString(), "-o", out.toString());
        assertEquals("0", r[0], r[2]);
        String html = Files.readString(out);
        assertTrue(html.contains("Against Test region"));
        assertTrue(html.contains("What differs in the scenarios (0)"), "same scenario, other seed: no difference");
    }

    @Test
    void aComparisonReportCarriesTheAnswer() throws IOException {
        String html = Files.readString(comparison.resolve("report.html"));
        selfContained(html);
        JsonNode summary = JSON.readTree(comparison.resolve("summary.json").toFile());
        for (JsonNode line : summary.path("answer")) {
            assertTrue(html.contains(Html.esc(line.asText())), "answer line: " + line.asText());
        }
        List<String> effects = Files.readAllLines(comparison.resolve("effects.csv"));
        String firstEffect = effects.get(1).split(",")[0];
        assertTrue(html.contains("<td>" + firstEffect + "</td>"));
        assertEquals(2, html.split("<svg", -1).length - 1, "overlay and difference");
    }

    @Test
    void aSweepReportShowsTheRangeOfEachOutput() throws IOException {
        String html = Files.readString(sweep.resolve("report.html"));
        selfContained(html);
        List<String> points = Files.readAllLines(sweep.resolve("analysis/points.csv"));
        Map<String, double[]> range = new HashMap<>();
        for (String line : points.subList(1, points.size())) {
            String[] c = line.split(",");
            int out = List.of(points.get(0).split(",")).indexOf("output");
            double mean = Double.parseDouble(c[out + 2]);
            range.merge(c[out], new double[] {mean, mean}, (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        Matcher m = VALUE.matcher(html);
        int checked = 0;
        while (m.find()) {
            String key = m.group(1);
            if (key.endsWith(".share")) {
                continue; // a factor's first-order share: aSweepReportRanksFactorsByTheirShare
            }
            String output = key.substring(0, key.lastIndexOf('.'));
            double[] r = range.get(output);
            assertEquals(key.endsWith(".min") ? r[0] : r[1], Double.parseDouble(m.group(2)), 0.0, key);
            checked++;
        }
        assertTrue(checked >= 2, "the answer gives the range of the outputs: " + checked);
        assertTrue(html.contains("<svg"), "analysis charts inline");
    }

    @Test
    void aSweepReportRanksFactorsByTheirShare() throws IOException {
        String html = Files.readString(sweep.resolve("report.html"));
        Map<String, Double> shares = new HashMap<>();
        List<String> scores = Files.readAllLines(sweep.resolve("analysis/scores.csv"));
        for (String line : scores.subList(1, scores.size())) {
            String[] c = line.split(",", -1);
            if (!c[3].isEmpty()) {
                shares.put(c[0] + "." + c[2] + ".share", Double.parseDouble(c[3]));
            }
        }
        Matcher m = VALUE.matcher(html);
        int checked = 0;
        while (m.find()) {
            if (m.group(1).endsWith(".share")) {
                assertEquals(shares.get(m.group(1)), Double.parseDouble(m.group(2)), 0.005, m.group(1));
                checked++;
            }
        }
        assertTrue(checked >= 2, "the answer names the factors with the largest share: " + checked);
        // the grid's factors with the lowest and highest value the design gave them
        assertTrue(html.contains("<th scope=\"col\">lowest value</th>"), "factors listed with their ranges");
        assertTrue(html.contains("<td>drill_scale</td><td>0.5</td><td>1.5</td><td>3</td>"), "drill_scale 0.5 to 1.5, 3 values");
    }

    @Test
    void anUnfinishedSweepIsRefused() throws IOException {
        Path cut = tmp.resolve("cut");
        assertEquals("0", cli("sweep", "src/test/resources/experiments/small-grid.yaml", "--out", cut.toString())[0]);
        assertEquals("0", cli("analyze", cut.toString())[0]);
        List<String> runs = Files.readAllLines(cut.resolve("runs.csv"));
        Files.write(cut.resolve("runs.csv"), runs.subList(0, runs.size() - 2));
        String[] r = cli("report", cut.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("incomplete sweep: " + (runs.size() - 3) + " of " + (runs.size() - 1) + " runs"), r[2]);
    }

    @Test
    void anIncompleteFolderIsRefused() throws IOException {
        Path broken = tmp.resolve("broken");
        assertEquals("0", cli("run", TestScenarios.SIX_STATES.toString(), "--out", broken.toString(), "--no-charts")[0]);
        Files.delete(broken.resolve("events.csv"));
        String[] r = cli("report", broken.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("incomplete results folder: events.csv is missing"), r[2]);
        assertFalse(Files.exists(broken.resolve("report.html")));
    }

    @Test
    void aFolderFromAnotherVersionIsRefused() throws IOException {
        Path old = tmp.resolve("old");
        assertEquals("0", cli("run", TestScenarios.SIX_STATES.toString(), "--out", old.toString(), "--no-charts")[0]);
        Path summary = old.resolve("summary.json");
        String text = Files.readString(summary);
        Files.writeString(summary, text.replaceFirst("\"entente_version\" : \"[^\"]+\"", "\"entente_version\" : \"0.0.1\""));
        String[] r = cli("report", old.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("written by Entente 0.0.1, this is"), r[2]);
    }

    @Test
    void notAResultsFolder() {
        String[] r = cli("report", tmp.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("not an Entente results folder: no summary.json"), r[2]);
    }
}
