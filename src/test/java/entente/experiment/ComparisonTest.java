package entente.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final Scenario BASE = TestScenarios.load(TestScenarios.SIX_STATES);
    private static final RunRecord.Key INDEX = new RunRecord.Key("escalation_index", "", "");

    /** The test scenario with one more ICBM test in the spring. */
    private static Scenario withExtraTest() {
        return TestScenarios.parse(TestScenarios.text(TestScenarios.SIX_STATES) + """
                  - {id: extra, date: 2022-05-01, type: MISSILE_TEST, subtype: ICBM, actors: [PRK], targets: [JPN, USA], intensity: 2, source: "ext: test"}
                """);
    }

    @Test
    void aWhatIfThatChangesNothingMakesNoDifference() {
        Scenario same = TestScenarios.parse(TestScenarios.text(TestScenarios.SIX_STATES).replace("name: six-states", "name: same"));
        Comparison c = Comparison.run(BASE, same, 5, 11, 2, true);
        for (int k = 0; k < c.keys().size(); k++) {
            for (int d = 0; d < c.days(); d++) {
                MeanEstimate e = c.daily(k, d);
                assertEquals(0.0, e.difference(), 0.0);
                assertEquals(0.0, e.low(), 0.0);
                assertEquals(0.0, e.high(), 0.0);
            }
        }
        c.effects().values().forEach(e -> assertEquals(0.0, e.difference(), 0.0));
    }

    @Test
    void commonRandomNumbersShrinkTheVarianceOfTheDifference() {
        Scenario variant = withExtraTest();
        Comparison crn = Comparison.run(BASE, variant, 40, 3, 2, true);
        Comparison independent = Comparison.run(BASE, variant, 40, 3, 2, false);
        double withCrn = crn.effect(INDEX, "final").variance();
        double without = independent.effect(INDEX, "final").variance();
        assertTrue(withCrn < without / 2, "variance with CRN " + withCrn + " vs independent " + without);
        assertTrue(crn.effect(INDEX, "final").halfWidth() < independent.effect(INDEX, "final").halfWidth());
    }

    @Test
    void anExtraTestRaisesEscalationFromItsDayOn() {
        Comparison c = Comparison.run(BASE, withExtraTest(), 10, 5, 2, true);
        int day = (int) (java.time.LocalDate.parse("2022-05-01").toEpochDay() - BASE.start().toEpochDay());
        assertEquals(0.0, c.daily(INDEX, day - 1).difference(), 0.0, "identical before the event");
        assertTrue(c.daily(INDEX, day).difference() > 0);
        assertTrue(c.daily(new RunRecord.Key("threat", "JPN", "PRK"), day).clear(), "Japan's threat from PRK is clearly higher");
        assertEquals(1.0, c.effect(new RunRecord.Key("events", "MISSILE_TEST", ""), "count").difference(), 1.0,
                "about one more missile test (states may answer differently afterwards)");
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Scenario variant = withExtraTest();
        Comparison one = Comparison.run(BASE, variant, 6, 9, 1, true);
        Comparison two = Comparison.run(BASE, variant, 6, 9, 2, true);
        for (var e : one.effects().entrySet()) {
            MeanEstimate other = two.effects().get(e.getKey());
            assertEquals(e.getValue().difference(), other.difference(), 0.0, e.getKey().toString());
            assertEquals(e.getValue().variance(), other.variance(), 0.0, e.getKey().toString());
        }
    }

    @Test
    void meanEstimateMatchesTheTextbook() {
        MeanEstimate e = new MeanEstimate();
        double[][] pairs = {{1, 2}, {2, 4}, {3, 3}, {4, 8}};
        for (double[] p : pairs) {
            e.add(p[0], p[1]);
        }
        // differences 1, 2, 0, 4: mean 1.75, sample variance 2.9167, t(0.975, 3) = 3.182446
        assertEquals(2.5, e.baseMean(), 1e-12);
        assertEquals(4.25, e.variantMean(), 1e-12);
        assertEquals(1.75, e.difference(), 1e-12);
        assertEquals(35.0 / 12, e.variance(), 1e-12);
        assertEquals(3.182446305 * Math.sqrt(35.0 / 12 / 4), e.halfWidth(), 1e-8);
    }
}
