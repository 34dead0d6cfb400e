package entente.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.calibration.Derivation.ChangeValues;
import entente.calibration.Derivation.Derived;
import entente.scenario.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time rule (docs/calibration.md, "Time") on a small evidence folder with a period
 * 2020-01-01 .. 2021-12-31 and two dated changes of CCC's affinities, in closed form:
 * m = Σ w·c·v / (0.5 + Σ w·c), w = 2^(−days outside the stretch / 365).
 */
class TimeRuleTest {
    private static final String CODING = """
            actors: [AAA, BBB, CCC]
            hedging_poles: [AAA, BBB]
            period: {start: 2020-01-01, end: 2021-12-31}
            changes:
              - {id: c1, date: 2021-01-01, what: a new government in CCC, source: "ext: test",
                 parameters: [actors.CCC.affinity.*]}
              - {id: c2, date: 2021-07-01, what: a settlement of CCC with AAA, source: "ext: test",
                 parameters: [actors.CCC.affinity.AAA]}
            """;
    private static final String CLAIMS = """
            about: claims on both sides of the changes and outside the period
            claims:
              - {id: in-start, source: "ext: test", actor: CCC, target: AAA, dimension: affinity, value: +2, confidence: 1,
                 as_of: 2020-06-01, paraphrase: "inside the first stretch"}
              - {id: year-early, source: "ext: test", actor: CCC, target: AAA, dimension: affinity, value: +2, confidence: 1,
                 as_of: 2019-01-01, paraphrase: "365 days before the start"}
              - {id: after-c1, source: "ext: test", actor: CCC, target: AAA, dimension: affinity, value: -2, confidence: 1,
                 as_of: 2021-06-01, paraphrase: "between the two changes"}
              - {id: late, source: "ext: test", actor: CCC, target: BBB, dimension: affinity, value: +1, confidence: 0.8,
                 as_of: 2022-12-31, paraphrase: "365 days after the end"}
              - {id: unchanged, source: "ext: test", actor: AAA, target: BBB, dimension: affinity, value: +2, confidence: 1,
                 as_of: 2021-06-01, paraphrase: "late in the period, on a number no change sets"}
              - {id: old, source: "ext: test", actor: AAA, target: CCC, dimension: affinity, value: +2, confidence: 1,
                 as_of: 2017-01-01, paraphrase: "1095 days before the start"}
            """;

    @TempDir
    static Path tmp;
    private static Map<String, Derived> start;
    private static List<ChangeValues> changes;

    @BeforeAll
    static void derive() throws IOException, InputException {
        Files.writeString(tmp.resolve("coding.yaml"), CODING);
        Files.writeString(tmp.resolve("claims.yaml"), CLAIMS);
        Evidence e = EvidenceReader.read(tmp);
        start = byPath(Derivation.derive(e));
        changes = Derivation.changes(e);
    }

    private static Map<String, Derived> byPath(List<Derived> ds) {
        Map<String, Derived> out = new LinkedHashMap<>();
        ds.forEach(d -> out.put(d.path(), d));
        return out;
    }

    @Test
    void aClaimAYearBeforeTheStartCountsHalf() {
        // in-start (w 1) and year-early (w 0.5): m = (2 + 0.5·2) / (0.5 + 1 + 0.5) = 1.5, affinity 0.75
        Derived d = start.get("actors.CCC.affinity.AAA");
        assertEquals(0.75, d.value());
        assertEquals(0.5, d.weight(d.claims().get(1)), 1e-12);
        assertEquals(List.of("in-start", "year-early"), d.claims().stream().map(Claim::id).toList(),
                "the claim after the change informs the change, not the start");
    }

    @Test
    void aClaimAfterAChangeSetsTheChangesValue() {
        // after-c1 alone: m = -2 / 1.5 = -1.333, affinity -0.67
        ChangeValues c1 = changes.get(0);
        assertEquals("c1", c1.change().id());
        Map<String, Derived> set = byPath(c1.values());
        assertEquals(-0.67, set.get("actors.CCC.affinity.AAA").value());
        // late, 365 days after the end: m = 0.5·0.8 / (0.5 + 0.4) = 0.444, affinity 0.22; no starting value
        assertEquals(0.22, set.get("actors.CCC.affinity.BBB").value());
        assertTrue(!start.containsKey("actors.CCC.affinity.BBB"), "no claim informs the start: the default stands");
        assertEquals(List.of("actors.CCC.affinity.AAA", "actors.CCC.affinity.BBB"), List.copyOf(set.keySet()));
    }

    @Test
    void aChangeWithoutClaimsOfItsOwnLeavesTheValueInForce() {
        ChangeValues c2 = changes.get(1);
        assertEquals(List.of(), c2.values());
        assertEquals(List.of("actors.CCC.affinity.AAA"), c2.unsupported());
    }

    @Test
    void aNumberNoChangeSetsTakesEveryClaimOfThePeriodInFull() {
        // unchanged, dated late in the period: m = 2 / 1.5 = 1.333, affinity 0.67
        Derived d = start.get("actors.AAA.affinity.BBB");
        assertEquals(0.67, d.value());
        assertEquals(1.0, d.weight(d.claims().get(0)));
    }

    @Test
    void threeYearsAwayCountAnEighth() {
        // old, 1095 days before the start: w = 2^-3 = 0.125, m = 0.25 / 0.625 = 0.4, affinity 0.2
        Derived d = start.get("actors.AAA.affinity.CCC");
        assertEquals(0.2, d.value());
        assertEquals(0.125, d.weight(d.claims().get(0)), 1e-12);
        assertEquals("old×0.13", PreferencesYaml.label(d.claims().get(0), d.weight(d.claims().get(0))));
    }
}
