package entente.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class HawkesProcessTest {
    /**
     * 100,000 days give about 5,000 events; in a study of ten seeds (μ 0.02, n 0.6, β 0.1 over
     * 200,000 days) the estimates spread by about 2 % for μ and β and 0.01 for n, so 10 % and
     * 0.05 are several standard errors wide.
     */
    @Test
    void maximumLikelihoodRecoversKnownParameters() {
        for (HawkesProcess truth : List.of(new HawkesProcess(0.02, 0.6, 0.1), new HawkesProcess(0.05, 0.3, 1.0))) {
            double[] t = truth.simulate(100_000, new MersenneTwister(7));
            HawkesProcess fit = HawkesProcess.fit(List.of(new HawkesProcess.Window(100_000, t))).process();
            assertEquals(truth.mu(), fit.mu(), 0.10 * truth.mu(), "mu of " + truth + ": " + fit);
            assertEquals(truth.branching(), fit.branching(), 0.05, "n of " + truth + ": " + fit);
            assertEquals(truth.decay(), fit.decay(), 0.10 * truth.decay(), "beta of " + truth + ": " + fit);
        }
    }

    @Test
    void theFitUsesEveryWindowAndTheirLengths() {
        HawkesProcess truth = new HawkesProcess(0.03, 0.5, 0.2);
        List<HawkesProcess.Window> windows = List.of(
                new HawkesProcess.Window(40_000, truth.simulate(40_000, new MersenneTwister(1))),
                new HawkesProcess.Window(60_000, truth.simulate(60_000, new MersenneTwister(2))));
        HawkesProcess.Fit fit = HawkesProcess.fit(windows);
        assertEquals(windows.get(0).times().length + windows.get(1).times().length, fit.events());
        assertEquals(truth.stationaryRate(), fit.process().stationaryRate(), 0.1 * truth.stationaryRate());
        assertEquals(fit.process().logLikelihood(windows), fit.logLikelihood(), 1e-9);
    }

    @Test
    void logLikelihoodOfOneEventHasItsClosedForm() {
        HawkesProcess p = new HawkesProcess(0.1, 0.5, 0.3);
        double expected = Math.log(0.1) - 0.1 * 10 - 0.5 * (1 - Math.exp(-0.3 * (10 - 4)));
        assertEquals(expected, p.logLikelihood(List.of(new HawkesProcess.Window(10, new double[] {4}))), 1e-12);
        // a second event at 6 feels the first: λ(6) = μ + nβ·exp(−β·2)
        double two = expected + Math.log(0.1 + 0.5 * 0.3 * Math.exp(-0.3 * 2)) - 0.5 * (1 - Math.exp(-0.3 * 4));
        assertEquals(two, p.logLikelihood(List.of(new HawkesProcess.Window(10, new double[] {4, 6}))), 1e-12);
    }

    @Test
    void withoutBranchingItIsAPoissonProcess() {
        List<HawkesProcess.Window> w = List.of(new HawkesProcess.Window(100, new double[] {1, 2, 50}),
                new HawkesProcess.Window(50, new double[] {10}));
        HawkesProcess p = HawkesProcess.poisson(w);
        assertEquals(4.0 / 150, p.mu(), 1e-15);
        assertEquals(4 * Math.log(4.0 / 150) - 4, p.logLikelihood(w), 1e-12);
        double[] t = new HawkesProcess(0.05, 0, 1).simulate(200_000, new MersenneTwister(3));
        assertEquals(10_000, t.length, 4 * Math.sqrt(10_000)); // Poisson count: mean = variance = 10,000
    }

    @Test
    void anExplosiveProcessIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HawkesProcess(0.1, 1.0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> HawkesProcess.fit(List.of(new HawkesProcess.Window(10, new double[] {1}))));
    }
}
