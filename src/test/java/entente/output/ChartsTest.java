package entente.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ChartsTest {
    static final String TITLE = "Chart test, Jan – Apr 2023";

    /** Six states, a short timeline with two landmark events, and one option PRK likes to take. */
    static final String SCENARIO = """
            name: chart-test
            title: Chart test, Jan – Apr 2023
            period: {start: 2023-01-01, end: 2023-04-30}
            seed: 7
            blocs:
              trilateral: [USA, JPN, KOR]
              counter: [CHN, RUS, PRK]
            actors:
              USA: {location: [38.9, -77.0], capability: 0.14, spending: 3.5, affinity: {JPN: 0.7, KOR: 0.6, CHN: -0.3, RUS: -0.5, PRK: -0.8}}
              JPN: {location: [35.7, 139.7], capability: 0.03, spending: 1.1, affinity: {USA: 0.7, KOR: 0.1, CHN: -0.2, RUS: -0.3, PRK: -0.7}}
              KOR: {location: [37.6, 127.0], capability: 0.02, spending: 2.7, affinity: {USA: 0.7, JPN: 0.1, CHN: 0.1, PRK: -0.5}}
              CHN: {location: [39.9, 116.4], capability: 0.23, spending: 1.6, affinity: {RUS: 0.5, PRK: 0.4, USA: -0.4, JPN: -0.3}}
              RUS: {location: [55.8, 37.6], capability: 0.04, spending: 4.1, affinity: {CHN: 0.5, PRK: 0.3, USA: -0.6}}
              PRK: {location: [39.0, 125.8], capability: 0.01, spending: 20, affinity: {CHN: 0.5, RUS: 0.4, USA: -0.9, KOR: -0.8, JPN: -0.8}}
            treaties:
              - {parties: [USA, JPN], strength: 1.0}
              - {parties: [USA, KOR], strength: 1.0}
            actions:
              - id: prk-srbm
                actor: PRK
                type: MISSILE_TEST
                subtype: SRBM
                targets: [KOR, JPN, USA]
                utility: {bias: 2.0}
            events:
              - {id: prk-icbm-feb, date: 2023-02-18, type: MISSILE_TEST, subtype: ICBM, actors: [PRK], targets: [USA, JPN], intensity: 2.0, source: "ext: test"}
              - {id: freedom-shield, date: 2023-03-13, type: JOINT_EXERCISE, actors: [USA, KOR], targets: [PRK], source: "ext: test"}
              - {id: camp-summit, date: 2023-03-16, type: SUMMIT, actors: [JPN, KOR], intensity: 1.5, source: "ext: test"}
              - {id: bomber-patrol, date: 2023-04-05, type: JOINT_PATROL, actors: [CHN, RUS], targets: [JPN], source: "ext: test"}
              - {id: unsc-veto, date: 2023-01-20, type: UNSC_VETO, actors: [CHN, RUS], targets: [USA], source: "ext: test"}
            """;

    static Scenario scenario;
    static RunRecord record;

    @BeforeAll
    static void run(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart-test.yaml");
        Files.writeString(file, SCENARIO, StandardCharsets.UTF_8);
        scenario = ScenarioReader.read(file);
        record = EntenteModel.run(scenario, 7);
    }

    @Test
    void theRunHasWhatTheChartsShow() {
        assertTrue(record.events().stream().anyMatch(e -> e.origin() == EventOrigin.SCENARIO));
        assertTrue(record.events().stream().anyMatch(e -> e.origin() == EventOrigin.DECISION),
                "the biased action should produce decision events for the rug");
    }

    @Test
    void writesSixReadableFiles(@TempDir Path dir) throws Exception {
        List<Path> files = Charts.write(record, scenario, dir);
        assertEquals(List.of("cohesion.png", "cohesion.svg", "escalation.png", "escalation.svg",
                "affinity.png", "affinity.svg"), files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            assertTrue(Files.size(f) > 10_000, f + " is suspiciously small: " + Files.size(f));
            if (f.toString().endsWith(".png")) {
                checkPng(f);
            } else {
                checkSvg(f);
            }
        }
    }

    @Test
    void renderingIsByteIdentical(@TempDir Path dir) throws Exception {
        List<Path> first = Charts.write(record, scenario, dir.resolve("a"));
        List<Path> second = Charts.write(record, scenario, dir.resolve("b"));
        for (int k = 0; k < first.size(); k++) {
            assertArrayEquals(Files.readAllBytes(first.get(k)), Files.readAllBytes(second.get(k)),
                    first.get(k).getFileName() + " differs between two renders");
        }
    }

    @Test
    void eventLabelsOnlyForLandmarks() {
        var plot = Charts.cohesion(record, scenario).getXYPlot();
        List<String> labels = new ArrayList<>();
        for (Object a : ((AbstractXYItemRenderer) plot.getRenderer(1)).getAnnotations()) {
            labels.add(((XYTextAnnotation) a).getText());
        }
        Collections.sort(labels);
        assertEquals(List.of("camp-summit", "prk-icbm-feb"), labels);
        long markers = plot.getDomainMarkers(Layer.BACKGROUND).size();
        assertEquals(5, markers, "one line per scenario event");
    }

    /** Events of one pixel column share one line and one symbol per family: marks grow with the chart, not the run. */
    @Test
    void eventsOfOneColumnShareTheirMark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("same-day.yaml");
        Files.writeString(file, SCENARIO.replace("name: chart-test", "name: same-day")
                + "  - {id: second-drill, date: 2023-03-13, type: JOINT_EXERCISE, actors: [USA, JPN], targets: [PRK], "
                + "source: \"ext: test\"}\n", StandardCharsets.UTF_8);
        Scenario twice = ScenarioReader.read(file);
        RunRecord run = EntenteModel.run(twice, 7);
        var plot = Charts.cohesion(run, twice).getXYPlot();
        assertEquals(6, run.events().stream().filter(e -> e.origin() == EventOrigin.SCENARIO).count());
        assertEquals(5, plot.getDomainMarkers(Layer.BACKGROUND).size(), "two drills on one day, one line");
        var rug = plot.getDataset(1);
        int exercises = 0;
        for (int k = 0; k < rug.getSeriesCount(); k++) {
            if (rug.getSeriesKey(k).toString().equals("exercises timeline")) {
                exercises = rug.getItemCount(k);
            }
        }
        assertEquals(1, exercises, "one exercise symbol on top for the day of both drills");
    }

    @Test
    void cellValuesReadWithoutColour() {
        assertEquals("+0.42", Charts.signed(0.4249));
        assertEquals("−0.42", Charts.signed(-0.42));
        assertEquals("0.00", Charts.signed(-0.001));
    }

    private static void checkPng(Path f) throws IOException {
        BufferedImage img = ImageIO.read(f.toFile());
        assertNotNull(img, f + " does not decode");
        assertEquals(ChartFiles.WIDTH, img.getWidth());
        assertEquals(ChartFiles.HEIGHT, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, f + " looks blank: " + colours.size() + " colours");
    }

    private static void checkSvg(Path f) throws Exception {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // Never fetch the SVG DTD from the network.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(doc.getDocumentElement().getTextContent().contains(TITLE), f + " lacks the scenario title");
        assertFalse(text.contains("NaN"), f + " has NaN coordinates");
    }
}
