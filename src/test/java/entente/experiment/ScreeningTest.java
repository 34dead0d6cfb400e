package entente.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreeningTest {
    private static final Parameters BASE = TestScenarios.load(TestScenarios.SIX_STATES).parameters();
    private static final String PLANTED = "dynamics.reactivity";
    private static final String WEAK = "dynamics.eta";
    private static final Screening.Settings SETTINGS = new Screening.Settings(12, 4, 2, 0.5, 7);

    /**
     * A made-up model of the scenario's parameters: output 0 is 10 x the planted coefficient's
     * multiplier plus 0.5 x the weak one's plus seed noise (sd 0.05); output 1 is the weak one's
     * multiplier alone. Nothing else is read.
     */
    private static double[] toy(Parameters p, long seed) {
        double planted = p.get(PLANTED) / BASE.get(PLANTED);
        double weak = p.get(WEAK) / BASE.get(WEAK);
        return new double[] {10 * planted + 0.5 * weak + 0.05 * new Random(seed).nextGaussian(), weak};
    }

    private static Screening.Result screen(int threads) {
        List<Screening.Group> groups = Screening.groups(BASE, Screening.By.FAMILY, p -> true);
        return Screening.run(BASE, groups, List.of("y", "weak"), SETTINGS, ScreeningTest::toy, threads, p -> {});
    }

    private static int index(Screening.Result r, String name) {
        for (int g = 0; g < r.groups().size(); g++) {
            if (r.groups().get(g).name().equals(name)) {
                return g;
            }
        }
        throw new AssertionError(name + " is not a factor");
    }

    @Test
    void ranksThePlantedParameterFirstWithItsClosedFormEffect() {
        Screening.Result r = screen(1);
        int planted = index(r, PLANTED);
        int weak = index(r, WEAK);
        assertEquals(planted, r.ranking(0).get(0));
        assertEquals(weak, r.ranking(0).get(1));
        assertEquals(weak, r.ranking(1).get(0));
        // an effect is the change over the factor's whole range: 10 x (1.5 - 0.5) = 10, and 0.5 for the weak one
        assertEquals(10, r.effect(0, planted).muStar(), 0.1);
        assertEquals(0.5, r.effect(0, weak).muStar(), 0.1);
        assertEquals(1, r.effect(1, weak).muStar(), 1e-5, "no noise in output 1: exact but for the design's six decimals");
        assertTrue(r.aboveNoise(0, planted) && r.matters(0, planted));
        assertFalse(r.matters(0, weak), "5 % of the top is below the 10 % a factor needs to matter");
        for (int g = 0; g < r.groups().size(); g++) {
            if (g != planted && g != weak) {
                assertEquals(0, r.effect(0, g).muStar(), "common seeds: a parameter the model does not read has no effect");
                assertFalse(r.aboveNoise(0, g));
            }
        }
        assertTrue(r.noise(0).muStar() > 0.01, "changing only the seeds shows the noise: " + r.noise(0).muStar());
        assertEquals(0, r.noise(1).muStar());
    }

    @Test
    void theSameResultOnAnyNumberOfThreads() {
        Screening.Result one = screen(1);
        Screening.Result two = screen(2);
        for (int k = 0; k < 2; k++) {
            assertEquals(one.effects().get(k), two.effects().get(k));
        }
    }

    @Test
    void factorsCoverEveryScaledPathOnceAndLeaveOutSwitchesAndZeros() {
        List<Screening.Group> families = Screening.groups(BASE, Screening.By.FAMILY, p -> true);
        List<Screening.Group> paths = Screening.groups(BASE, Screening.By.PATH, p -> true);
        Set<String> seen = new HashSet<>();
        for (Screening.Group g : families) {
            for (String path : g.paths()) {
                assertTrue(seen.add(path), path + " in two factors");
                assertEquals(g.family(), ParameterRegistry.family(path));
                assertFalse(g.family().isSwitch());
                assertTrue(BASE.get(path) != 0, path);
            }
        }
        long expected = BASE.asMap().entrySet().stream()
                .filter(e -> e.getValue() != 0 && !ParameterRegistry.family(e.getKey()).isSwitch()).count();
        assertEquals(expected, seen.size());
        assertEquals(expected, paths.size());
        assertEquals(List.of("dynamics.alpha"),
                Screening.groups(BASE, Screening.By.PATH, p -> p.equals("dynamics.alpha")).stream()
                        .map(Screening.Group::name).toList());
    }

    @Test
    void scalingClipsEachValueToItsFamilysRange() {
        Screening.Group g = Screening.groups(BASE, Screening.By.FAMILY,
                p -> p.startsWith("actors.") && p.contains(".affinity.")).get(0);
        Parameters up = Screening.scaled(BASE, List.of(g), new double[] {1.5});
        for (String path : g.paths()) {
            double expected = Math.max(-1, Math.min(1, 1.5 * BASE.get(path)));
            assertEquals(expected, up.get(path), 1e-12, path);
        }
    }
}
