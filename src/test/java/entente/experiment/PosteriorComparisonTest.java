package entente.experiment;

import entente.scenario.Factor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.calibration.Posterior;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What-ifs across a posterior: seed-only and total intervals, and the probability of the sign. */
class PosteriorComparisonTest {
    private static final Scenario BASE = TestScenarios.load(TestScenarios.SIX_STATES);
    /** Parameters that move the test scenario's launches and alignments a good deal. */
    private static final Posterior POSTERIOR = new Posterior(List.of(
            new Factor("bias", List.of("actions.prk-srbm.utility.bias"), -3, 1, ""),
            new Factor("alpha", List.of("dynamics.alpha"), 0.05, 1, "")),
            new double[][] {{-2.5, 0.1}, {-1.5, 0.3}, {-0.5, 0.6}, {0.5, 0.9}}, new double[] {1, 1, 1, 1});

    private static Scenario withExtraTest() {
        return TestScenarios.parse(TestScenarios.text(TestScenarios.SIX_STATES) + """
                  - {id: extra, date: 2022-05-01, type: MISSILE_TEST, subtype: ICBM, actors: [PRK], targets: [JPN, USA], intensity: 2, source: "ext: test"}
                """);
    }

    @Test
    void aVariantThatChangesNothingHasZeroEffectWithZeroIntervals() {
        Scenario same = TestScenarios.parse(TestScenarios.text(TestScenarios.SIX_STATES).replace("name: six-states", "name: same"));
        Comparison c = Comparison.acrossPosterior(BASE, same, POSTERIOR, 4, 3, 7, 2);
        assertEquals(4, c.draws());
        assertEquals(12, c.replications());
        for (Comparison.EffectKey key : c.effects().keySet()) {
            EffectUncertainty u = c.uncertainty(key);
            for (double v : new double[] {u.mean(), u.seedLow(), u.seedHigh(), u.totalLow(), u.totalHigh(), u.parameterSd()}) {
                assertEquals(0.0, v, 0.0, key.toString());
            }
            assertEquals(1.0, u.pSign(), 0.0);
        }
    }

    @Test
    void theTotalIntervalIsNeverNarrowerThanTheSeedOnlyOne() {
        Comparison c = Comparison.acrossPosterior(BASE, withExtraTest(), POSTERIOR, 4, 3, 7, 2);
        int wider = 0;
        for (Comparison.EffectKey key : c.effects().keySet()) {
            EffectUncertainty u = c.uncertainty(key);
            assertTrue(u.totalLow() <= u.seedLow() && u.totalHigh() >= u.seedHigh(), key + ": " + u);
            assertTrue(u.pSign() >= 0.5 && u.pSign() <= 1, key + ": " + u);
            if (u.totalHigh() - u.totalLow() > 1.5 * (u.seedHigh() - u.seedLow())) {
                wider++;
            }
        }
        assertTrue(wider > 5, "the parameters' uncertainty widens some intervals a good deal: " + wider);
        Comparison.EffectKey index = new Comparison.EffectKey(new RunRecord.Key("escalation_index", "", ""), "final");
        assertTrue(c.uncertainty(index).mean() > 0, "an extra ICBM test raises escalation in every draw");
        MeanEstimate[] byDraw = c.effectByDraw(index);
        assertEquals(4, byDraw.length);
        assertEquals(3, byDraw[0].count());
    }

    @Test
    void drawsRunTheSameOnAnyNumberOfThreads() {
        Comparison one = Comparison.acrossPosterior(BASE, withExtraTest(), POSTERIOR, 3, 2, 5, 1);
        Comparison two = Comparison.acrossPosterior(BASE, withExtraTest(), POSTERIOR, 3, 2, 5, 2);
        for (Comparison.EffectKey key : one.effects().keySet()) {
            assertEquals(one.uncertainty(key), two.uncertainty(key), key.toString());
        }
    }

    /** Draw d's effects are c_d ± 1 (two replications): W = 2, B = var(c), tau^2 = B - W / 2. */
    @Test
    void theIntervalsFollowTheLawOfTotalVariance() {
        double[] centres = {1, 2, 3, 6};
        MeanEstimate[] byDraw = new MeanEstimate[centres.length];
        for (int d = 0; d < centres.length; d++) {
            byDraw[d] = new MeanEstimate();
            byDraw[d].add(0, centres[d] - 1);
            byDraw[d].add(0, centres[d] + 1);
        }
        EffectUncertainty u = EffectUncertainty.of(byDraw);
        assertEquals(3, u.mean(), 1e-12);
        double between = (4 + 1 + 0 + 9) / 3.0;
        double tau = Math.sqrt(between - 1);
        assertEquals(tau, u.parameterSd(), 1e-12);
        double seedHalf = 2.7764451051977987 * Math.sqrt(2.0 / 8); // t(0.975, 4) x sqrt(W / DR)
        assertEquals(3 + seedHalf, u.seedHigh(), 1e-9);
        assertEquals(3 + Math.sqrt(seedHalf * seedHalf + Math.pow(1.959963984540054 * tau, 2)), u.totalHigh(), 1e-9);
        double sigma = Math.sqrt(tau * tau + 2.0 / 8);
        assertEquals(new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(3 / sigma),
                u.pSign(), 1e-12);
    }

    @Test
    void totalIsNeverNarrowerOnRandomData() {
        Random rng = new Random(1);
        for (int trial = 0; trial < 500; trial++) {
            int draws = 2 + rng.nextInt(6);
            int reps = 2 + rng.nextInt(5);
            MeanEstimate[] byDraw = new MeanEstimate[draws];
            double spread = rng.nextDouble() * 3;
            for (int d = 0; d < draws; d++) {
                byDraw[d] = new MeanEstimate();
                double centre = rng.nextGaussian() * spread;
                for (int r = 0; r < reps; r++) {
                    byDraw[d].add(rng.nextGaussian(), rng.nextGaussian() + centre);
                }
            }
            EffectUncertainty u = EffectUncertainty.of(byDraw);
            assertTrue(u.totalLow() <= u.seedLow() && u.totalHigh() >= u.seedHigh(), u.toString());
        }
    }
}
