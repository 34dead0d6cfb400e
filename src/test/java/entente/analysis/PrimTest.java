package entente.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * PRIM on synthetic problems whose box is known: five inputs uniform on [0, 1], cases of
 * interest planted in x0 in [0.2, 0.6] and x1 in [0.5, 1]. The box of best balance, pasted,
 * must find both edges of both inputs within {@link #TOLERANCE} and leave the other three
 * (nearly) whole.
 */
class PrimTest {
    /** How far a recovered edge may lie from the planted one (in units of the input's range). */
    static final double TOLERANCE = 0.05;
    static final double[] LOW = {0.2, 0.5};
    static final double[] HIGH = {0.6, 1.0};

    /** Inputs x[input][case], uniform; a case is of interest with pIn inside the box and pOut outside. */
    static boolean[] plant(double[][] x, double pIn, double pOut, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = x[0].length;
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (double[] input : x) {
                input[i] = random.nextDouble();
            }
            boolean in = x[0][i] >= LOW[0] && x[0][i] <= HIGH[0] && x[1][i] >= LOW[1] && x[1][i] <= HIGH[1];
            y[i] = random.nextDouble() < (in ? pIn : pOut);
        }
        return y;
    }

    static Prim.Box chosen(Prim prim) {
        List<Prim.Box> peeled = prim.peel(0.05, 0.05);
        Prim.Box best = peeled.stream().max(Comparator.comparingDouble(Prim.Box::balance)).orElseThrow();
        return prim.paste(best, 0.05);
    }

    private static void assertRecovered(Prim prim, Prim.Box box) {
        for (int j = 0; j < 2; j++) {
            assertEquals(LOW[j], box.low()[j], TOLERANCE, "low edge of x" + j);
            assertEquals(HIGH[j], box.high()[j], TOLERANCE, "high edge of x" + j);
        }
        for (int j = 2; j < 5; j++) {
            assertTrue(box.high()[j] - box.low()[j] > 1 - 2 * TOLERANCE, "x" + j + " is left nearly whole: "
                    + box.low()[j] + " .. " + box.high()[j]);
        }
    }

    @Test
    void recoversAPlantedBoxWithoutNoise() {
        double[][] x = new double[5][2000];
        Prim prim = new Prim(x, plant(x, 1, 0, 7));
        Prim.Box box = chosen(prim);
        assertRecovered(prim, box);
        // peels of 5 % cannot stop exactly on the edges: a few cases either side
        assertTrue(box.density() > 0.95, "density " + box.density());
        assertTrue(box.coverage() > 0.95, "coverage " + box.coverage());
        assertFalse(prim.restricts(box, 3));
    }

    @Test
    void recoversAPlantedBoxThroughNoise() {
        double[][] x = new double[5][4000];
        Prim prim = new Prim(x, plant(x, 0.85, 0.08, 11));
        Prim.Box box = chosen(prim);
        assertRecovered(prim, box);
        // expected density about 0.85 * 0.2 / (0.85 * 0.2 + small leakage), coverage about 0.85*0.2/(0.85*0.2+0.08*0.8)
        assertTrue(box.density() > 0.75, "density " + box.density());
        assertTrue(box.coverage() > 0.6, "coverage " + box.coverage());
    }

    @Test
    void theTrajectoryTradesCoverageForDensity() {
        double[][] x = new double[5][2000];
        Prim prim = new Prim(x, plant(x, 0.85, 0.08, 3));
        List<Prim.Box> peeled = prim.peel(0.05, 0.05);
        assertEquals(1.0, peeled.get(0).coverage(), 1e-12, "the first box holds every case");
        assertEquals(1.0, peeled.get(0).mass(), 1e-12);
        for (int k = 1; k < peeled.size(); k++) {
            assertTrue(peeled.get(k).cases() < peeled.get(k - 1).cases(), "each peel removes cases");
            assertTrue(peeled.get(k).coverage() <= peeled.get(k - 1).coverage(), "coverage never grows");
        }
        Prim.Box last = peeled.get(peeled.size() - 1);
        assertTrue(last.mass() >= 0.05, "peeling stops at the minimum mass");
        assertTrue(last.density() > 2 * peeled.get(0).density(), "peeling concentrates the cases of interest");
    }

    @Test
    void pastingNeverLowersTheDensity() {
        double[][] x = new double[5][1500];
        Prim prim = new Prim(x, plant(x, 0.85, 0.08, 5));
        for (Prim.Box b : prim.peel(0.1, 0.05)) {
            Prim.Box pasted = prim.paste(b, 0.05);
            assertTrue(pasted.density() >= b.density());
            assertTrue(pasted.cases() >= b.cases());
        }
    }

    @Test
    void aQuasiPValueTellsAPlantedRestrictionFromAnIdleOne() {
        double[][] x = new double[5][3000];
        Prim prim = new Prim(x, plant(x, 0.85, 0.08, 13));
        Prim.Box box = chosen(prim);
        double[] high = box.high().clone();
        high[3] = 0.5; // a restriction of x3, which plays no part
        Prim.Box idle = prim.box(box.low(), high);
        assertTrue(prim.quasiP(idle, 0) < 1e-6, "x0 is planted: " + prim.quasiP(idle, 0));
        assertTrue(prim.quasiP(idle, 3) > 0.05, "x3 is not: " + prim.quasiP(idle, 3));
        assertTrue(Double.isNaN(prim.quasiP(prim.peel(0.05, 0.05).get(0), 0)), "the first box restricts nothing");
    }
}
