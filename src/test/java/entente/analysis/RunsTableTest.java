package entente.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsTableTest {
    @TempDir
    Path tmp;

    private static final List<String> FACTORS = List.of("eta");
    private static final List<String> OUTPUTS = List.of("a.final", "b.mean");

    /** Seven runs of three replications: points 0 and 1 complete, point 2 with one run, then {@code tail}. */
    private Path runsFile(String tail) throws IOException {
        StringBuilder t = new StringBuilder("run,point,replication,seed,eta,a.final,b.mean\n");
        for (int r = 0; r < 7; r++) {
            t.append(r).append(',').append(r / 3).append(',').append(r % 3).append(",99,0.5,")
                    .append(r).append(',').append(10 + r * 0.5).append('\n');
        }
        Path f = tmp.resolve("runs.csv");
        Files.writeString(f, t + tail);
        return f;
    }

    @Test
    void handsOverOnePointAtATimeAndStopsAtACutLine() throws IOException {
        List<String> seen = new ArrayList<>();
        int runs = RunsTable.scan(runsFile("7,2,1,99,0.5,7"), FACTORS, OUTPUTS, 3, (p, rows, count) -> {
            StringBuilder s = new StringBuilder("point " + p + ":");
            for (int k = 0; k < count; k++) {
                s.append(' ').append(rows[k][0]).append('/').append(rows[k][1]);
            }
            seen.add(s.toString());
        });
        assertEquals(7, runs);
        assertEquals(List.of("point 0: 0.0/10.0 1.0/10.5 2.0/11.0", "point 1: 3.0/11.5 4.0/12.0 5.0/12.5",
                "point 2: 6.0/13.0"), seen);
    }

    @Test
    void aLineOutOfOrderEndsTheTable() throws IOException {
        int[] points = {0};
        int runs = RunsTable.scan(runsFile("9,3,0,99,0.5,1,2\n"), FACTORS, OUTPUTS, 3, (p, rows, count) -> points[0]++);
        assertEquals(7, runs);
        assertEquals(3, points[0]);
    }

    @Test
    void aSinkThatFailsStopsTheReadingAheadAndItsErrorComesBack() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int r = 7; r < 3_000; r++) {
            many.append(r).append(',').append(r / 3).append(',').append(r % 3).append(",99,0.5,1,2\n");
        }
        Path f = runsFile(many.toString());
        int[] points = {0};
        IOException e = assertThrows(IOException.class, () -> RunsTable.scan(f, FACTORS, OUTPUTS, 3, (p, rows, count) -> {
            if (++points[0] == 2) {
                throw new IOException("sink full");
            }
        }));
        assertEquals("sink full", e.getMessage());
        assertEquals(2, points[0], "no point after the failure");
    }

    @Test
    void aValueThatIsNotANumberComesBackFromTheReadingThread() throws IOException {
        Path f = runsFile("7,2,1,99,0.5,seven,2\n");
        assertThrows(NumberFormatException.class, () -> RunsTable.scan(f, FACTORS, OUTPUTS, 3, (p, rows, count) -> { }));
    }

    @Test
    void aHeaderOfAnotherSweepIsRefused() throws IOException {
        Path f = runsFile("");
        IOException e = assertThrows(IOException.class,
                () -> RunsTable.scan(f, FACTORS, List.of("a.final", "c.peak"), 3, (p, rows, count) -> { }));
        assertTrue(e.getMessage().contains("header"), e.getMessage());
    }

    @Test
    void pointMeansGiveEveryColumnBackWhateverTheBudget() throws IOException {
        int points = 50;
        int outputs = 7;
        for (int budget : new int[] {1, points * 2, points * 3, 1 << 20}) {
            try (PointMeans m = new PointMeans(points, outputs, budget)) {
                for (int p = 0; p < 40; p++) {
                    double[] row = new double[outputs];
                    for (int o = 0; o < outputs; o++) {
                        row[o] = p * 100 + o;
                    }
                    m.add(row);
                }
                m.finish();
                for (int o : new int[] {3, 0, 6, 1, 5, 2, 4}) {
                    double[] c = m.column(o);
                    assertEquals(points, c.length);
                    assertEquals(o, c[0], 0);
                    assertEquals(39 * 100 + o, c[39], 0);
                    assertTrue(Double.isNaN(c[40]) && Double.isNaN(c[49]), "points without runs have no mean");
                }
            }
        }
    }

    @Test
    void pointMeansRefuseARowOfAnotherWidth() throws IOException {
        try (PointMeans m = new PointMeans(1, 2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.add(new double[] {1, 2, 3}));
            assertTrue(e.getMessage().contains("3 means for 2 outputs"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> m.column(0), "columns only after finish()");
        }
    }
}
