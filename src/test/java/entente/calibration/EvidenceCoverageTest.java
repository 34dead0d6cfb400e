package entente.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import entente.scenario.InputException;
import entente.scenario.SeedDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped evidence covers every document and every state, in paraphrase, keeping disagreements. */
class EvidenceCoverageTest {
    static final Path EVIDENCE = Path.of("scenarios/evidence");
    private static Evidence evidence;
    /** The source documents when the build names them (-Dentente.seeds=DIR); the index stands in for them otherwise. */
    private static Optional<SeedDocuments> seeds;

    @BeforeAll
    static void read() throws InputException {
        evidence = EvidenceReader.read(EVIDENCE);
        seeds = SeedDocuments.locate(EVIDENCE);
    }

    @Test
    void theDocumentsWereComparedWhereTheyAreFound() {
        assertEquals(seeds.isPresent(), evidence.sourcesChecked());
    }

    @Test
    void wellOverFiftyClaims() {
        assertTrue(evidence.claims().size() >= 150, "claims: " + evidence.claims().size());
    }

    @Test
    void everyDocumentIsCoded() throws IOException {
        Map<String, Long> perDocument = evidence.claims().stream().filter(c -> !c.external())
                .collect(Collectors.groupingBy(Claim::document, Collectors.counting()));
        for (String doc : SeedDocuments.index().keySet()) {
            assertTrue(perDocument.getOrDefault(doc, 0L) >= 12, doc + ": " + perDocument.get(doc) + " claims");
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

    /** Outside sources fill gaps (the Moon years, trade, Russia's views); the documents still carry most claims. */
    @Test
    void outsideSourcesAreNamedAndFewerThanTheDocuments() {
        List<Claim> ext = evidence.claims().stream().filter(Claim::external).toList();
        assertTrue(ext.size() < evidence.claims().size() - ext.size(), ext.size() + " outside claims");
        ext.forEach(c -> assertTrue(c.source().length() > 20, c.id() + " names its source: " + c.source()));
    }

    /** The time rule at work: no claim dated on or after a change sets a starting value that change covers. */
    @Test
    void noLaterClaimSetsAStartingValueAChangeCovers() {
        for (Derivation.Derived d : Derivation.derive(evidence)) {
            for (DatedChange ch : evidence.period().changes()) {
                if (ch.covers(d.path())) {
                    d.claims().forEach(c -> assertTrue(c.asOf().isBefore(ch.date()),
                            d.path() + " starts from " + c.id() + " of " + c.asOf() + ", after " + ch.id()));
                }
            }
        }
    }

    /**
     * Seoul under Moon and under Yoon: every number the government change sets has Yoon-era claims
     * and a value from Moon-era claims (a starting value, or one set by an earlier change).
     */
    @Test
    void bothGovernmentsAreCodedOnEveryNumberTheChangeSets() {
        List<String> moon = new ArrayList<>(Derivation.derive(evidence).stream().map(Derivation.Derived::path).toList());
        Derivation.ChangeValues yoon = null;
        for (Derivation.ChangeValues c : Derivation.changes(evidence)) {
            if (c.change().id().equals("rok-government")) {
                yoon = c;
                break;
            }
            c.values().forEach(d -> moon.add(d.path()));
        }
        assertTrue(yoon != null && yoon.values().size() >= 10, "numbers set from 10 May 2022");
        assertEquals(List.of(), yoon.unsupported(), "every covered number has Yoon-era claims");
        yoon.values().forEach(d -> assertTrue(moon.contains(d.path()), d.path() + " has Moon-era claims"));
    }

    /** Partisan claims are flagged and capped; the reading refuses more (BadEvidenceTest). */
    @Test
    void partisanClaimsAreFlaggedAndCapped() {
        List<Claim> partisan = evidence.claims().stream().filter(Claim::partisan).toList();
        assertTrue(partisan.size() >= 12, "partisan characterisations flagged: " + partisan.size());
        partisan.forEach(c -> assertTrue(c.confidence() <= Claim.PARTISAN_CAP, c.id()));
    }

    /** No run of six words of a paraphrase appears in the paragraph it cites. */
    @Test
    void paraphrasesAreInOurOwnWords() throws IOException {
        assumeTrue(seeds.isPresent(), "no source documents: name them with -Dentente.seeds=DIR to check the paraphrases");
        List<String> copied = new ArrayList<>();
        for (Claim c : evidence.claims()) {
            if (c.external()) {
                continue;
            }
            int paragraph = Integer.parseInt(c.source().substring(c.source().indexOf('#') + 1));
            String source = " " + String.join(" ", words(seeds.get().paragraph(c.document(), paragraph))) + " ";
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
