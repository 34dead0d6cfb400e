package entente.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.calibration.EvidenceReader;
import entente.util.Warnings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citation index the project carries in place of the source documents: citations are
 * checked against it with no documents anywhere (a lone clone), and where the documents are
 * found the index is checked against them.
 */
class CitationIndexTest {
    private static final Path INDEX = Path.of("src/main/resources" + SeedDocuments.INDEX);

    @TempDir
    Path tmp;

    @Test
    void theIndexNamesFiveDocumentsWithoutTheirText() throws IOException {
        assertEquals(5, SeedDocuments.index().size());
        for (SeedDocuments.Document d : SeedDocuments.index().values()) {
            assertTrue(d.paragraphs() >= 10, d.file() + ": " + d.paragraphs());
            assertTrue(!d.title().isEmpty() && !d.outlet().isEmpty() && !d.date().isEmpty(), d.file());
            d.paragraphSha256().forEach(h -> assertTrue(h.matches("[0-9a-f]{64}"), h));
        }
        assertTrue(Files.size(INDEX) < 40_000, "hashes and titles only");
    }

    /** What the readers do in a clone with nothing beside it: the property names a folder that is not there. */
    @Test
    void citationsAreCheckedWithNoDocumentsAnywhere() throws Exception {
        String before = System.setProperty(SeedDocuments.PROPERTY, tmp.resolve("no-seeds").toString());
        try {
            assertEquals(Optional.empty(), SeedDocuments.locate(Path.of("")));
            try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith("scenarios/evidence")
                        && !p.startsWith("scenarios/calibration") && !p.startsWith("scenarios/validation")).toList()) {
                    ScenarioReader.read(f);
                }
            }
            assertTrue(EvidenceReader.read(Path.of("scenarios/evidence")).claims().size() > 100);
            assertEquals("paragraph 15 is out of range: 004_311248fc4ce4dd4c.txt has paragraphs 1..14",
                    SeedDocuments.checkSource("004_311248fc4ce4dd4c.txt#15", Optional.empty()));
            assertTrue(SeedDocuments.checkSource("009_missing.txt#1", Optional.empty()).startsWith("unknown document"));
            assertEquals("paragraph 999999999… is out of range: 004_311248fc4ce4dd4c.txt has paragraphs 1..14",
                    SeedDocuments.checkSource("004_311248fc4ce4dd4c.txt#99999999999999", Optional.empty()));
            assertEquals(null, SeedDocuments.checkSource("004_311248fc4ce4dd4c.txt#14", Optional.empty()));
        } finally {
            restore(before);
        }
    }

    /**
     * The index matches the source documents; the build runs as a user's clone does, without them,
     * so this runs only when they are named (mvn verify -Dentente.seeds=DIR); with
     * -Dentente.updateCitationIndex=true it writes their hashes into the index.
     */
    @Test
    void theIndexMatchesTheDocumentsWhenTheyAreNamed() throws IOException {
        Optional<SeedDocuments> docs = SeedDocuments.locate(Path.of(""));
        assumeTrue(docs.isPresent(), "no source documents: name them with -Dentente.seeds=DIR to check the index");
        if (Boolean.getBoolean("entente.updateCitationIndex")) {
            update(docs.get().dir());
        }
        assertEquals(List.of(), docs.get().differences());
    }

    @Test
    void aChangedOrMissingDocumentIsFound() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("documents"));
        List<SeedDocuments.Document> index = List.of(document(dir, "a.txt", "First part.\n\nSecond part."),
                document(dir, "b.txt", "Only part."));
        assertEquals(List.of(), SeedDocuments.differences(dir, index));
        Files.writeString(dir.resolve("a.txt"), "First part.\n\nSecond part, changed.");
        Files.delete(dir.resolve("b.txt"));
        assertEquals(List.of("a.txt paragraph 2 differs", "b.txt is missing"), SeedDocuments.differences(dir, index));
        Files.writeString(dir.resolve("a.txt"), "First part.");
        assertEquals("a.txt has 1 paragraphs, the index 2", SeedDocuments.differences(dir, index).get(0));
    }

    /** Writes a document and gives it as an index lists it. */
    private static SeedDocuments.Document document(Path dir, String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
        return new SeedDocuments.Document(file, "title", "outlet", "2023-01-01",
                Stream.of(SeedDocuments.paragraphs(text)).map(SeedDocuments::sha256).toList());
    }

    @Test
    void documentsThatDifferFromTheIndexAreSaidOnce() throws IOException {
        SeedDocuments elsewhere = locateIn(Files.createDirectories(tmp.resolve("other-documents")));
        List<String> said = new ArrayList<>();
        var before = Warnings.listen(said::add);
        try {
            SeedDocuments.checkSource("002_eb3f67c7ea6fa721.txt#1", Optional.of(elsewhere));
            SeedDocuments.checkSource("002_eb3f67c7ea6fa721.txt#2", Optional.of(elsewhere));
        } finally {
            Warnings.listen(before);
        }
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).contains("differ from the citation index"), said.get(0));
    }

    private static SeedDocuments locateIn(Path dir) {
        String before = System.setProperty(SeedDocuments.PROPERTY, dir.toString());
        try {
            return SeedDocuments.locate(Path.of("")).orElseThrow();
        } finally {
            restore(before);
        }
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty(SeedDocuments.PROPERTY);
        } else {
            System.setProperty(SeedDocuments.PROPERTY, before);
        }
    }

    private static void update(Path seeds) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = (ObjectNode) json.readTree(INDEX.toFile());
        for (var d : root.withArray("documents")) {
            String[] paragraphs = SeedDocuments.paragraphs(Files.readString(seeds.resolve(d.path("file").asText()),
                    StandardCharsets.UTF_8));
            ArrayNode hashes = ((ObjectNode) d).putArray("paragraph_sha256");
            for (String p : paragraphs) {
                hashes.add(SeedDocuments.sha256(p));
            }
        }
        Files.writeString(INDEX, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }
}
