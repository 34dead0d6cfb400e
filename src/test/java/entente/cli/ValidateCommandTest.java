package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import entente.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final Path SCHEMA = Path.of("docs", "scenario.schema.json");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path tmp;

    private static List<String> shipped() throws IOException {
        List<String> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("scenarios"), Path.of("scenarios", "whatif"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> files.add(p.toString()));
            }
        }
        return files;
    }

    @Test
    void everyShippedScenarioIsValid() throws IOException {
        List<String> files = shipped();
        Cli r = Cli.run(Stream.concat(Stream.of("validate"), files.stream()).toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertEquals(files.size(), r.out().lines().filter(l -> l.startsWith("ok: ")).count());
    }

    @Test
    void reportsEveryProblemOfEveryFile() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, TestScenarios.text(TestScenarios.SIX_STATES)
                .replace("spending: 3.5", "spending: high").replace("subtype: ICBM", "subtype: ICMB"));
        Cli r = Cli.run("validate", TestScenarios.SIX_STATES.toString(), bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.out().startsWith("ok: " + TestScenarios.SIX_STATES), r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertTrue(lines.get(0).contains("actors.USA.spending"));
        assertTrue(lines.get(1).contains("events.icbm.subtype"));
        assertEquals("1 of 2 files have problems", lines.get(2));
    }

    @Test
    void thePublishedSchemaIsCurrent() throws IOException {
        Cli r = Cli.run("schema");
        assertEquals(0, r.exit());
        assertEquals(Files.readString(SCHEMA), r.out(),
                "docs/scenario.schema.json is stale: regenerate it with ./entente schema > docs/scenario.schema.json");
    }

    @Test
    void theSchemaAcceptsShippedScenariosAndRejectsTypos() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMA));
        for (String f : shipped()) {
            Set<ValidationMessage> errors = schema.validate(YAML.readTree(Path.of(f).toFile()));
            assertTrue(errors.isEmpty(), f + ": " + errors);
        }
        JsonNode typo = YAML.readTree(TestScenarios.text(TestScenarios.SIX_STATES).replace("type: MISSILE_TEST", "type: MISSLE_TEST"));
        assertFalse(schema.validate(typo).isEmpty(), "an unknown event type is flagged");
        JsonNode unknownField = YAML.readTree(TestScenarios.text(TestScenarios.SIX_STATES).replace("seed: 7", "sead: 7"));
        assertFalse(schema.validate(unknownField).isEmpty(), "an unknown field is flagged");
    }
}
