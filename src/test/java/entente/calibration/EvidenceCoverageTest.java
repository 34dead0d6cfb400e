package entente.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.scenario.InputException;
import entente.scenario.SeedDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped evidence covers every document and every state, in paraphrase, keeping disagreements. */
class EvidenceCoverageTest {
    static final Path EVIDENCE = Path.of("scenarios/evidence");
    private static Evidence evidence;
    private static SeedDocuments seeds;

    @BeforeAll
    static void read() throws InputException {
        evidence = EvidenceReader.read(EVIDENCE);
        seeds = SeedDocuments.locate(EVIDENCE).orElseThrow(() -> new AssertionError("seed documents not found"));
    }

    @Test
    void sourcesWereCheckedAgainstTheDocuments() {
        assertTrue(evidence.sourcesChecked());
    }

    @Test
    void wellOverFiftyClaims() {
        assertTrue(evidence.claims().size() >= 150, "claims: " + evidence.claims().size());
    }

    @Test
    void everyDocumentIsCoded() throws IOException {
        Map<String, Long> perDocument = evidence.claims().stream().filter(c -> !c.external())
                .collect(Collectors.groupingBy(Claim::document, Collectors.counting()));
        try (Stream<Path> docs = Files.list(seeds.dir())) {
            for (String doc : docs.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".txt")).toList()) {
                assertTrue(perDocument.getOrDefault(doc, 0L) >= 15, doc + ": " + perDocument.get(doc) + " claims");
            }
        }
    }

    @Test
    void everyStateIsCodedOnEveryDimension() {
        for (String actor : evidence.actors()) {
            for (Dimension d : Dimension.values()) {
                assertTrue(!evidence.about(actor, d).isEmpty(), actor + " has no " + d.key() + " claim");
            }
            long asActor = evidence.claims().stream().filter(c -> c.actor().equals(actor)).count();
            assertTrue(asActor >= 12, actor + ": " + asActor + " claims");
        }
    }

    @Test
    void outsideSourcesAreFewAndNamed() {
        List<Claim> ext = evidence.claims().stream().filter(Claim::external).toList();
        assertTrue(ext.size() <= evidence.claims().size() / 7, ext.size() + " outside claims");
        ext.forEach(c -> assertTrue(c.source().length() > 20, c.id() + " names its source: " + c.source()));
    }

    /** No run of six words of a paraphrase appears in the paragraph it cites. */
    @Test
    void paraphrasesAreInOurOwnWords() throws IOException {
        List<String> copied = new ArrayList<>();
        for (Claim c : evidence.claims()) {
            if (c.external()) {
                continue;
            }
            String text = Files.readString(seeds.dir().resolve(c.document()), StandardCharsets.UTF_8);
            int paragraph = Integer.parseInt(c.source().substring(c.source().indexOf('#') + 1));
            String source = " " + String.join(" ", words(SeedDocuments.paragraphs(text)[paragraph - 1])) + " ";
            List<String> w = words(c.paraphrase());
            for (int i = 0; i + 6 <= w.size(); i++) {
                String run = " " + String.join(" ", w.subList(i, i + 6)) + " ";
                if (source.contains(run)) {
                    copied.add(c.id() + ": '" + run.strip() + "'");
                }
            }
        }
        assertEquals(List.of(), copied);
    }

    /** Where claims about one thing point both ways, one of them says so, naming another. */
    @Test
    void disagreementsAreKeptAndSaid() {
        Map<String, List<Claim>> cells = evidence.claims().stream().collect(Collectors.groupingBy(
                c -> c.actor() + " " + c.dimension().key() + " " + Objects.toString(c.target(), "")));
        int contested = 0;
        for (var cell : cells.entrySet()) {
            List<Claim> cs = cell.getValue();
            if (cs.stream().anyMatch(c -> c.value() > 0) && cs.stream().anyMatch(c -> c.value() < 0)) {
                contested++;
                boolean said = cs.stream().anyMatch(c -> c.note() != null
                        && cs.stream().anyMatch(o -> o != c && c.note().contains(o.id())));
                assertTrue(said, cell.getKey() + ": opposite claims " + cs.stream().map(Claim::id).toList()
                        + " without a note naming the other");
            }
        }
        assertTrue(contested >= 5, "the documents disagree in places: " + contested);
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase().split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
