package entente.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.calibration.Derivation.Derived;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The derivation on a small hand-made evidence set (three states, none of the usual six) whose
 * numbers follow in closed form from docs/calibration.md: m = Σ c·v / (0.5 + Σ c). There is no
 * period, so every claim counts in full (the time rule is tested in {@link TimeRuleTest}).
 */
class DerivationTest {
    private static int n;

    private static Claim claim(String actor, String target, Dimension d, int value, double confidence) {
        return new Claim("c" + ++n, "test.yaml", n, "ext: test", actor, target, d, value, confidence,
                LocalDate.of(2022, 1, 1), false, "test", null);
    }

    private static Map<String, Derived> derive(Claim... claims) {
        Evidence e = new Evidence(List.of("AAA", "BBB", "CCC"), List.of("AAA", "BBB"), List.of(claims), true);
        Map<String, Derived> out = new LinkedHashMap<>();
        for (Derived d : Derivation.derive(e)) {
            out.put(d.path(), d);
        }
        return out;
    }

    private static double value(Map<String, Derived> m, String path) {
        assertTrue(m.containsKey(path), path + " derived: " + m.keySet());
        return m.get(path).value();
    }

    @Test
    void affinityIsHalfTheShrunkMean() {
        // m = (1*2 + 0.5*(-1)) / (0.5 + 1.5) = 0.75, affinity = 0.375, rounded half up to 0.38
        var m = derive(claim("CCC", "AAA", Dimension.AFFINITY, 2, 1.0), claim("CCC", "AAA", Dimension.AFFINITY, -1, 0.5));
        assertEquals(0.38, value(m, "actors.CCC.affinity.AAA"));
        assertTrue(m.get("actors.CCC.affinity.AAA").contested(), "claims on both sides");
        assertEquals("m = +0.75", m.get("actors.CCC.affinity.AAA").basis());
    }

    @Test
    void aSingleConfidentClaimMovesANumberLessThanTwo() {
        // one +2 at confidence 1: m = 2 / 1.5 = 1.333, affinity 0.67; two: m = 4 / 2.5 = 1.6, affinity 0.8
        assertEquals(0.67, value(derive(claim("CCC", "BBB", Dimension.AFFINITY, 2, 1.0)), "actors.CCC.affinity.BBB"));
        assertEquals(0.8, value(derive(claim("CCC", "BBB", Dimension.AFFINITY, 2, 1.0),
                claim("CCC", "BBB", Dimension.AFFINITY, 2, 1.0)), "actors.CCC.affinity.BBB"));
    }

    @Test
    void dependenceIsClippedAtZero() {
        // m = (0.8*1) / (0.5 + 0.8) = 0.615, dependence 0.31; a -2 claim alone gives m < 0, dependence 0
        assertEquals(0.31, value(derive(claim("AAA", "BBB", Dimension.DEPENDENCE, 1, 0.8)), "actors.AAA.dependence.BBB"));
        assertEquals(0.0, value(derive(claim("AAA", "BBB", Dimension.DEPENDENCE, -2, 1.0)), "actors.AAA.dependence.BBB"));
    }

    @Test
    void threatSensitivityPoolsEveryTarget() {
        // m = (0.5*2 + 1*2 + 0.5*(-2)) / (0.5 + 2) = 0.8, sensitivity 1 + 0.25*0.8 = 1.2
        var m = derive(claim("BBB", "AAA", Dimension.THREAT, 2, 0.5), claim("BBB", "CCC", Dimension.THREAT, 2, 1.0),
                claim("BBB", "AAA", Dimension.THREAT, -2, 0.5));
        assertEquals(1.2, value(m, "actors.BBB.threat_sensitivity"));
        assertEquals(3, m.get("actors.BBB.threat_sensitivity").claims().size());
    }

    @Test
    void postureAndStanceSetEventSensitivities() {
        // posture +1 at 1: m = 1/1.5, 1 + 0.4*0.667 = 1.27; stance -2, -2 at 1: m = -4/2.5 = -1.6, 1 + 0.4*1.6 = 1.64
        var m = derive(claim("CCC", "JOINT_EXERCISE", Dimension.POSTURE, 1, 1.0),
                claim("CCC", null, Dimension.ASIAN_NATO, -2, 1.0), claim("CCC", null, Dimension.ASIAN_NATO, -2, 1.0),
                claim("AAA", null, Dimension.ASIAN_NATO, 2, 1.0));
        assertEquals(1.27, value(m, "actors.CCC.sensitivity.JOINT_EXERCISE"));
        assertEquals(1.64, value(m, "actors.CCC.sensitivity.NATO_ENGAGEMENT"));
        assertEquals(0.47, value(m, "actors.AAA.sensitivity.NATO_ENGAGEMENT"), "a promoter feels NATO moves less: 1 - 0.4*1.333");
    }

    @Test
    void hedgingOfAStateBetweenThePoles() {
        // bound to AAA only: c(AAA) = 2*1 / 1.5 = 1.333, c(BBB) = 0 (no claim), hedging = 0.8 * (1 - 1.333/4) = 0.533
        assertEquals(0.53, value(derive(claim("CCC", "AAA", Dimension.COMMITMENT, 2, 1.0)), "actors.CCC.hedging"));
        // ties to both: c(AAA) = 2 / (0.5 + 1.5) = 1, c(BBB) = 1 / 1.5 = 0.667, hedging = 0.8 * (1 - 0.333/4) = 0.733
        var m = derive(claim("CCC", "AAA", Dimension.COMMITMENT, 2, 1.0), claim("CCC", "AAA", Dimension.COMMITMENT, 0, 0.5),
                claim("CCC", "BBB", Dimension.COMMITMENT, 1, 1.0));
        assertEquals(0.73, value(m, "actors.CCC.hedging"));
        assertEquals(3, m.get("actors.CCC.hedging").claims().size());
    }

    @Test
    void hedgingOfAPoleCountsItsOwnSideAsPlusTwo() {
        // AAA against BBB: c(BBB) = -2*0.5 / 1 = -1, c(AAA) = +2, hedging = 0.8 * (1 - 3/4) = 0.2
        var m = derive(claim("AAA", "BBB", Dimension.COMMITMENT, -2, 0.5));
        assertEquals(0.2, value(m, "actors.AAA.hedging"));
        assertEquals("c(AAA) = +2.00 (own pole), c(BBB) = -1.00", m.get("actors.AAA.hedging").basis());
    }

    @Test
    void commitmentToOthersThanThePolesDoesNotSetHedging() {
        var m = derive(claim("AAA", "CCC", Dimension.COMMITMENT, 2, 1.0));
        assertFalse(m.containsKey("actors.AAA.hedging"), m.keySet().toString());
    }

    @Test
    void nothingIsDerivedWithoutClaims() {
        var m = derive(claim("AAA", "BBB", Dimension.AFFINITY, 1, 0.5));
        assertEquals(List.of("actors.AAA.affinity.BBB"), List.copyOf(m.keySet()));
    }

    @Test
    void derivedNumbersComeInScenarioOrder() {
        var m = derive(claim("BBB", "AAA", Dimension.DEPENDENCE, 1, 1), claim("BBB", "CCC", Dimension.AFFINITY, 1, 1),
                claim("BBB", "AAA", Dimension.AFFINITY, 1, 1), claim("BBB", "MISSILE_TEST", Dimension.POSTURE, 1, 1),
                claim("BBB", "AAA", Dimension.COMMITMENT, -1, 1), claim("BBB", "AAA", Dimension.THREAT, 1, 1),
                claim("AAA", "BBB", Dimension.AFFINITY, 1, 1));
        assertEquals(List.of("actors.AAA.affinity.BBB", "actors.BBB.threat_sensitivity", "actors.BBB.hedging",
                "actors.BBB.sensitivity.MISSILE_TEST", "actors.BBB.affinity.AAA", "actors.BBB.affinity.CCC",
                "actors.BBB.dependence.AAA"), List.copyOf(m.keySet()));
    }

    @Test
    void roundingIsHalfAwayFromZero() {
        assertEquals(0.38, Derivation.round(0.375));
        assertEquals(-0.38, Derivation.round(-0.375));
        assertEquals(0.0, Derivation.round(-0.001));
        assertEquals("0.0", Double.toString(Derivation.round(-0.001)), "no negative zero");
    }
}
