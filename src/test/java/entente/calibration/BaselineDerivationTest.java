package entente.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import entente.TestScenarios;
import entente.calibration.Derivation.Derived;
import entente.scenario.InputException;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.util.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped baseline holds exactly the starting numbers the shipped evidence derives: every
 * derived path has the derived value, every other preference path of a coded state its default,
 * every published figure its value, and the evidence's period is the baseline's. It fails when
 * either the evidence or the baseline changes alone.
 */
class BaselineDerivationTest {
    private static final Pattern PREFERENCE = Pattern.compile(
            "actors\\.([A-Z]{3})\\.(threat_sensitivity|hedging|(sensitivity|affinity|dependence)\\.[A-Z_]+)");
    private static Evidence evidence;
    private static Scenario baseline;

    @BeforeAll
    static void read() throws InputException {
        evidence = EvidenceReader.read(EvidenceCoverageTest.EVIDENCE);
        baseline = TestScenarios.load(TestScenarios.BASELINE);
    }

    @Test
    void theCodingFrameIsTheBaselines() {
        assertTrue(baseline.actorIds().containsAll(evidence.actors()), evidence.actors() + " in " + baseline.actorIds());
        assertEquals(baseline.hedgingPoles(), evidence.poles());
        assertEquals(List.of(baseline.start(), baseline.end()), List.of(evidence.period().start(), evidence.period().end()));
    }

    @Test
    void theBaselineHoldsThePublishedFigures() {
        assertTrue(evidence.figures().size() >= 12, "capability and spending of six states");
        for (Figure f : evidence.figures()) {
            assertEquals(f.value(), baseline.parameters().get(f.path()), 1e-12, f.path() + " (" + f.source() + ")");
        }
    }

    @Test
    void theShippedBaselineEqualsTheDerivation() {
        List<Derived> derived = Derivation.derive(evidence);
        assertTrue(derived.size() >= 60, "numbers derived: " + derived.size());
        assertEquals(List.of(), mismatches(baseline.parameters(), derived),
                "run `entente derive scenarios/evidence` and copy the numbers into the baseline");
    }

    @Test
    void aChangeOnEitherSideAloneIsCaught() {
        List<Derived> derived = Derivation.derive(evidence);
        Parameters edited = baseline.parameters().with("actors.KOR.hedging", 0.9);
        assertEquals(1, mismatches(edited, derived).size());
        assertTrue(mismatches(edited, derived).get(0).startsWith("actors.KOR.hedging:"));

        List<Claim> fewer = evidence.claims().stream().filter(c -> !c.id().equals("ext.usa-6")).toList();
        Evidence less = new Evidence(evidence.actors(), evidence.poles(), fewer, true, evidence.period(), evidence.figures());
        assertEquals(List.of("actors.USA.affinity.RUS: baseline -0.27, derivation 0 (default, no claim)"),
                mismatches(baseline.parameters(), Derivation.derive(less)));
    }

    /** Every preference path of a coded state whose baseline value differs from the derivation. */
    static List<String> mismatches(Parameters p, List<Derived> derived) {
        Map<String, Double> expected = new TreeMap<>();
        derived.forEach(d -> expected.put(d.path(), d.value()));
        List<String> out = new ArrayList<>();
        for (var e : p.asMap().entrySet()) {
            Matcher m = PREFERENCE.matcher(e.getKey());
            if (!m.matches() || !evidence.actors().contains(m.group(1))) {
                continue;
            }
            Double want = expected.remove(e.getKey());
            double value = want != null ? want : Provenance.preferenceDefault(e.getKey());
            if (Math.abs(e.getValue() - value) > 1e-9) {
                out.add(e.getKey() + ": baseline " + fmt(e.getValue()) + ", derivation " + fmt(value)
                        + (want == null ? " (default, no claim)" : ""));
            }
        }
        expected.keySet().forEach(path -> out.add(path + ": derived but not a parameter of the baseline"));
        return out;
    }

    private static String fmt(double v) {
        return Numbers.format(v);
    }
}
