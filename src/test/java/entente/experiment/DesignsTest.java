package entente.experiment;

import entente.scenario.Factor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignsTest {
    private static final Factor RANGE = new Factor("a", List.of("a"), false, null, 10, 20, 3, "");
    private static final Factor LIST = new Factor("b", List.of("b"), false, new double[] {0, 1}, 0, 1, 0, "");

    @Test
    void aGridHasEveryCombinationWithTheLastFactorFastest() {
        Design d = Designs.generate(DesignType.GRID, List.of(RANGE, LIST), 0, 0, 1);
        assertEquals(6, d.size());
        assertEquals(6, DesignType.GRID.points(List.of(RANGE, LIST), 0));
        double[][] expected = {{10, 0}, {10, 1}, {15, 0}, {15, 1}, {20, 0}, {20, 1}};
        for (int p = 0; p < 6; p++) {
            assertArrayEquals(expected[p], d.values()[p]);
        }
    }

    @Test
    void aLatinHypercubeHasOnePointInEverySliceOfEveryFactor() {
        Factor unit = new Factor("u", List.of("u"), false, null, 0, 1, 0, "");
        int n = 50;
        Design d = Designs.generate(DesignType.LATIN_HYPERCUBE, List.of(unit, unit), n, 0, 9);
        for (int k = 0; k < 2; k++) {
            int col = k;
            int[] slices = Arrays.stream(d.values()).mapToInt(v -> (int) Math.floor(v[col] * n)).sorted().toArray();
            assertArrayEquals(java.util.stream.IntStream.range(0, n).toArray(), slices);
        }
    }

    @Test
    void designsDependOnTheSeedOnly() {
        for (DesignType t : List.of(DesignType.RANDOM, DesignType.LATIN_HYPERCUBE, DesignType.MORRIS)) {
            Design a = Designs.generate(t, List.of(RANGE, RANGE), 8, 4, 5);
            Design b = Designs.generate(t, List.of(RANGE, RANGE), 8, 4, 5);
            Design c = Designs.generate(t, List.of(RANGE, RANGE), 8, 4, 6);
            assertArrayEquals(a.values(), b.values(), t.key());
            assertNotEquals(Arrays.deepToString(a.values()), Arrays.deepToString(c.values()), t.key());
        }
    }

    @Test
    void saltelliRowsTakeOneColumnFromB() {
        Factor unit = new Factor("u", List.of("u"), false, null, 0, 1, 0, "");
        Design d = Designs.generate(DesignType.SALTELLI, List.of(unit, unit, unit), 16, 0, 1);
        assertEquals(16 * 5, d.size());
        for (int j = 0; j < 16; j++) {
            double[] a = d.values()[j * 5];
            double[] b = d.values()[j * 5 + 4];
            assertEquals(Design.NONE, d.varied()[j * 5]);
            assertEquals(Design.B, d.varied()[j * 5 + 4]);
            for (int i = 0; i < 3; i++) {
                double[] ab = d.values()[j * 5 + 1 + i];
                assertEquals(i, d.varied()[j * 5 + 1 + i]);
                for (int k = 0; k < 3; k++) {
                    assertEquals(k == i ? b[k] : a[k], ab[k]);
                }
            }
        }
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, d.values()[5], "the second Sobol' point");
    }

    @Test
    void aListFactorMapsUnitCoordinatesToEqualShares() {
        Factor f = new Factor("f", List.of("f"), false, new double[] {3, 1, 2}, 1, 3, 0, "");
        assertEquals(3, f.at(0));
        assertEquals(3, f.at(0.33));
        assertEquals(1, f.at(0.34));
        assertEquals(2, f.at(1));
        assertEquals(15, RANGE.at(0.5));
    }

    @Test
    void designCsvRoundTrips(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        Design d = Designs.generate(DesignType.MORRIS, List.of(RANGE, LIST), 3, 4, 2);
        java.nio.file.Path file = tmp.resolve("design.csv");
        DesignCsv.write(d, file);
        Design back = DesignCsv.read(file, DesignType.MORRIS, d.factors());
        assertArrayEquals(d.values(), back.values());
        assertArrayEquals(d.block(), back.block());
        assertArrayEquals(d.varied(), back.varied());
        assertArrayEquals(d.step(), back.step(), 1e-6);
    }
}
