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
        assertTrue(written.out().startsWith(derived.size() + " numbers from "), written.out());
        for (Derivation.Derived d : derived) {
            JsonNode n = actors.at("/" + d.path().substring("actors.".length()).replace('.', '/'));
            assertTrue(n.isNumber(), d.path() + " in the YAML");
            assertEquals(d.value(), n.asDouble(), d.path());
            String key = d.path().substring(d.path().lastIndexOf('.') + 1);
            String comment = "# " + d.basis() + ": " + String.join(" ", d.claims().stream().map(c -> c.id()).toList());
            assertTrue(printed.out().lines().anyMatch(l -> l.strip().startsWith(key + ": ") && l.contains(comment)),
                    d.path() + " with comment '" + comment + "'");
        }
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside the output");
        }
    }

    @Test
    void evidenceTableShowsTheClaimsBehindEachNumber() {
        Cli r = Cli.run("evidence", EVIDENCE, "--actor", "KOR", "--dimension", "affinity");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("actors.KOR.affinity.JPN = 0.03   (m = +0.06)   CONTESTED"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+JPN\\s+003\\.22d\\s+-1\\s+0\\.5\\s+003_4709f5318ff2ed93\\.txt#22")),
                r.out());
        assertFalse(r.out().contains("threat") || r.out().contains("\nPRK\n"), "only KOR's affinities: " + r.out());
    }

    @Test
    void evidenceTableCanShowTheParaphrases() {
        Cli r = Cli.run("evidence", EVIDENCE, "--actor", "PRK", "--dimension", "dependence", "--paraphrases");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("actors.PRK.dependence.CHN = 0.77"), r.out());
        assertTrue(r.out().contains("depends on Beijing for most of its commerce"), r.out());
    }
}
