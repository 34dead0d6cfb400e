package entente.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped scenario, run with its own seed, still writes the same tables and summary as
 * the committed checksums say (the manifest without version and commit): refactoring must not change a number. A deliberate model change
 * regenerates the file (run with -Dentente.updateChecksums=true) and says so in its commit.
 */
class ShippedOutputsTest {
    private static final Path CHECKSUMS = Path.of("src/test/resources/entente/shipped-outputs.sha256");

    @TempDir
    Path tmp;

    @Test
    void shippedScenariosGiveTheCommittedOutputs() throws Exception {
        TreeMap<String, String> actual = new TreeMap<>();
        for (Path file : shippedScenarios()) {
            Scenario s = ScenarioReader.read(file);
            RunRecord r = EntenteModel.run(s, s.seed());
            Path dir = Files.createDirectories(tmp.resolve(s.name()));
            TimeseriesCsv.write(r, dir.resolve("timeseries.csv"));
            EventsCsv.write(r, dir.resolve("events.csv"));
            ObjectNode json = SummaryJson.build(r, s, s.seed());
            ((ObjectNode) json.get("manifest")).remove(List.of("entente_version", "git_commit", "git_dirty"));
            String summary = json.toPrettyString();
            String rel = file.toString().replace('\\', '/');
            actual.put(rel + " timeseries.csv", sha(Files.readAllBytes(dir.resolve("timeseries.csv"))));
            actual.put(rel + " events.csv", sha(Files.readAllBytes(dir.resolve("events.csv"))));
            actual.put(rel + " summary.json", sha(summary.getBytes(StandardCharsets.UTF_8)));
        }
        StringBuilder text = new StringBuilder();
        actual.forEach((k, v) -> text.append(v).append("  ").append(k).append('\n'));
        if (Boolean.getBoolean("entente.updateChecksums")) {
            Files.writeString(CHECKSUMS, text);
        }
        assertEquals(Files.readString(CHECKSUMS), text.toString(),
                "a shipped scenario's outputs changed; if on purpose, rerun with -Dentente.updateChecksums=true");
    }

    private static List<Path> shippedScenarios() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("scenarios", "scenarios/whatif", "scenarios/lessons")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static String sha(byte[] bytes) {
        return ScenarioReader.sha256(bytes);
    }
}
