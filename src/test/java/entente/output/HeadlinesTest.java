package entente.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import entente.experiment.EffectUncertainty;
import entente.experiment.MeanEstimate;
import org.junit.jupiter.api.Test;

/** The plain-language answer across a posterior says when the sign does not hold. */
class HeadlinesTest {
    private static MeanEstimate pooled(double base, double variant) {
        MeanEstimate e = new MeanEstimate();
        e.add(base, variant);
        e.add(base, variant);
        return e;
    }

    @Test
    void aRobustSignIsStatedWithItsProbability() {
        EffectUncertainty u = new EffectUncertainty(-0.49, -0.57, -0.41, -0.93, -0.05, 0.22, 0.985, 20, 10);
        assertEquals("peak escalation: 3 in the base, 2.51 in the variant; lower by 0.49 (95% CI over seeds 0.41 to 0.57;"
                + " with parameter uncertainty 0.05 to 0.93); lower with probability 0.99",
                Headlines.line("peak escalation", pooled(3, 2.51), u));
    }

    @Test
    void aSignThatFlipsAcrossTheParametersIsNotRobust() {
        EffectUncertainty u = new EffectUncertainty(-0.3, -0.4, -0.2, -0.9, 0.3, 0.3, 0.84, 20, 10);
        assertEquals("peak escalation: 3 in the base, 2.7 in the variant; lower by 0.3 (95% CI over seeds 0.2 to 0.4;"
                + " with parameter uncertainty -0.3 to +0.9); the sign is not robust: lower with probability 0.84 only",
                Headlines.line("peak escalation", pooled(3, 2.7), u));
    }

    @Test
    void noClearDifferenceOnSeedsSaysSo() {
        EffectUncertainty u = new EffectUncertainty(0.01, -0.02, 0.04, -0.3, 0.32, 0.15, 0.53, 20, 10);
        assertEquals("peak escalation: 3 in the base, 3.01 in the variant; no clear difference (+0.01, 95% CI over seeds"
                + " -0.02 to +0.04; with parameter uncertainty -0.3 to +0.32)",
                Headlines.line("peak escalation", pooled(3, 3.01), u));
    }

    private static MeanEstimate pairs(double[][] baseVariant) {
        MeanEstimate e = new MeanEstimate();
        for (double[] p : baseVariant) {
            e.add(p[0], p[1]);
        }
        return e;
    }

    @Test
    void anIntervalOfZeroWidthIsSaidInWords() {
        assertEquals("joint exercises: 19 in the base, 19 in the variant; no detectable difference (the same in every"
                + " replication)", Headlines.line("joint exercises", pairs(new double[][] {{19, 19}, {18, 18}, {20, 20}})));
        assertEquals("joint exercises: 19 in the base, 12 in the variant; lower by 7 in every replication",
                Headlines.line("joint exercises", pairs(new double[][] {{19, 12}, {18, 11}, {20, 13}})));
    }

    @Test
    void smallDifferencesKeepTheirSignificantFigures() {
        String line = Headlines.line("trilateral cohesion", pairs(new double[][] {
            {0.8771234, 0.8767}, {0.8769, 0.87651}, {0.8770, 0.87662}, {0.87705, 0.8766}}));
        assertEquals("trilateral cohesion: 0.877 in the base, 0.877 in the variant; lower by 0.000411"
                + " (95% CI 0.00036 to 0.000462)", line);
    }

    @Test
    void aDifferenceOfProbabilitiesStaysWithinMinusOneAndOne() {
        MeanEstimate e = pairs(new double[][] {{0, 1}, {0, 1}, {0, 0}, {0, 1}});
        String line = Headlines.line("P(escalation.PRK above 7)", e, -1, 1);
        assertEquals("P(escalation.PRK above 7): 0 in the base, 0.75 in the variant; no clear difference (+0.75, 95% CI"
                + " -0.0456 to +1)", line);
        assertEquals(true, e.high() > 1, "the normal interval alone would pass 1: " + e.high());
    }
}
