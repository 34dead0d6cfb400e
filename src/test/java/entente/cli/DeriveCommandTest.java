package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import entente.calibration.Derivation;
import entente.calibration.EvidenceReader;
import entente.scenario.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente derive} and {@code entente evidence} on the shipped evidence. */
class DeriveCommandTest {
    private static final String EVIDENCE = "scenarios/evidence";

    @TempDir
    Path tmp;

    @Test
    void derivedYamlHoldsEveryNumberWithItsClaims() throws IOException, InputException {
        Cli printed = Cli.run("derive", EVIDENCE);
        assertEquals(0, printed.exit(), printed.err());
        Path file = tmp.resolve("sub").resolve("derived.yaml");
        Cli written = Cli.run("derive", EVIDENCE, "-o", file.toString());
        assertEquals(0, written.exit(), written.err());
        assertEquals(printed.out(), Files.readString(file), "the file holds what derive prints");

        JsonNode actors = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).get("actors");
        var derived = Derivation.derive(EvidenceReader.read(Path.of(EVIDENCE)));
        assertTrue(written.out().startsWith(derived.size() + " starting numbers, "), written.out());
        for (Derivation.Derived d : derived) {
            JsonNode n = actors.at("/" + d.path().substring("actors.".length()).replace('.', '/'));
            assertTrue(n.isNumber(), d.path() + " in the YAML");
            assertEquals(d.value(), n.asDouble(), d.path());
            String key = d.path().substring(d.path().lastIndexOf('.') + 1);
            String comment = "# " + d.basis() + ": " + String.join(" ", d.claims().stream()
                    .map(c -> d.weight(c) < 0.995 ? c.id() + "×" : c.id()).toList());
            assertTrue(printed.out().lines().anyMatch(l -> l.strip().startsWith(key + ": ")
                    && l.replaceAll("×[0-9.]+", "×").contains(comment)), d.path() + " with comment '" + comment + "'");
        }
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside the output");
        }
    }

    @Test
    void evidenceTableShowsTheClaimsBehindEachNumber() {
        Cli r = Cli.run("evidence", EVIDENCE, "--actor", "KOR", "--dimension", "affinity");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("actors.KOR.affinity.JPN = -0.28   (m = -0.55)"), r.out());
        assertTrue(r.out().contains("actors.KOR.affinity.JPN = 0.41   from 2022-05-10 (rok-government)   (m = +0.81)"), r.out());
        assertTrue(r.out().contains("actors.KOR.affinity.JPN = 0.43   from 2023-03-06 (rok-japan-settlement)   (m = +0.85)"),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(
                "\\s+JPN\\s+003\\.22d\\s+-1\\s+0\\.3P\\s+2019-07-01\\s+×0\\.21\\s+003_4709f5318ff2ed93\\.txt#22")), r.out());
        assertFalse(r.out().contains("threat") || r.out().contains("\nPRK\n"), "only KOR's affinities: " + r.out());
    }

    /** The changes block is YAML a scenario's changes can be built from: date, paths and values. */
    @Test
    void derivedYamlListsTheDatedChanges() throws IOException, InputException {
        Cli r = Cli.run("derive", EVIDENCE);
        assertEquals(0, r.exit(), r.err());
        JsonNode changes = new ObjectMapper(new YAMLFactory()).readTree(r.out()).get("changes");
        var expected = Derivation.changes(EvidenceReader.read(Path.of(EVIDENCE)));
        assertEquals(expected.size(), changes.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode c = changes.get(i);
            assertEquals(expected.get(i).change().date().toString(), c.get("date").asText());
            for (Derivation.Derived d : expected.get(i).values()) {
                assertEquals(d.value(), c.get("set").get(d.path()).asDouble(), d.path());
            }
        }
        assertEquals("2022-05-10", changes.get(1).get("date").asText());
        assertTrue(changes.get(1).get("set").has("actors.KOR.hedging"), changes.get(1).toString());
    }

    /** With --fit the output ends with where each number of the baseline comes from, by family. */
    @Test
    void provenanceCountsEveryNumberOfTheScenario() throws InputException {
        Cli r = Cli.run("derive", EVIDENCE, "--fit", "scenarios/calibration/baseline-targets.yaml");
        assertEquals(0, r.exit(), r.err());
        var p = entente.scenario.ScenarioReader.read(Path.of("scenarios/baseline-2021-2023.yaml")).parameters().asMap();
        long numbers = p.keySet().stream().filter(k -> !k.matches("(events|changes)\\.[^.]+\\.enabled")).count();
        String total = r.out().lines().filter(l -> l.startsWith("#   total")).findFirst().orElseThrow();
        int sum = java.util.Arrays.stream(total.substring(9).trim().split("\\s+"))
                .mapToInt(x -> x.equals(".") ? 0 : Integer.parseInt(x)).sum();
        assertEquals(numbers, sum, total);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("#\\s+actions\\.\\{action\\}\\.utility\\.provocation\\s+\\.\\s+\\.\\s+4\\s.*")),
                "the drill response is fitted on four paths: " + r.out());
        assertTrue(r.out().contains("from evidence (claims and figures): "), r.out());
    }

    @Test
    void evidenceTableCanShowTheParaphrases() {
        Cli r = Cli.run("evidence", EVIDENCE, "--actor", "PRK", "--dimension", "dependence", "--paraphrases");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("actors.PRK.dependence.CHN = 0.77"), r.out());
        assertTrue(r.out().contains("depends on Beijing for most of its commerce"), r.out());
    }
}
