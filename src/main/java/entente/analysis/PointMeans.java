package entente.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The mean of every output at every design point, as the runs are read. The means go to a
 * temporary file point by point, and an output's column is read back when an analysis asks
 * for it, a batch of columns at a time within {@link #BUDGET_DOUBLES}: the heap holds a few
 * columns, never the table of points by outputs (a million design points with a hundred
 * outputs would be 800 MB). A point without runs has NaN means. Columns are read in output
 * order in practice, so each batch is read once.
 */
final class PointMeans implements Closeable {
    /** Doubles of columns kept in memory at once (32 MB). */
    static final int BUDGET_DOUBLES = 4 << 20;

    private final int points;
    private final int outputs;
    private final Path file;
    private DataOutputStream writer;
    private int written;
    private final int batch;
    private int batchStart = -1;
    private double[][] columns;

    PointMeans(int points, int outputs) throws IOException {
        this(points, outputs, BUDGET_DOUBLES);
    }

    PointMeans(int points, int outputs, int budgetDoubles) throws IOException {
        this.points = points;
        this.outputs = outputs;
        this.file = Files.createTempFile("entente-point-means-", ".bin");
        this.writer = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        this.batch = (int) Math.max(1, Math.min(outputs, budgetDoubles / Math.max(1L, points)));
    }

    /** The means of the next point, in point order. */
    void add(double[] means) throws IOException {
        if (means.length != outputs || written == points) {
            throw new IllegalStateException("point " + written + ": " + means.length + " means for " + outputs + " outputs");
        }
        for (double m : means) {
            writer.writeDouble(m);
        }
        written++;
    }

    /** Ends the writing: points without runs get NaN. */
    void finish() throws IOException {
        double[] none = new double[outputs];
        Arrays.fill(none, Double.NaN);
        while (written < points) {
            add(none);
        }
        writer.close();
        writer = null;
    }

    /** The output's mean at every point (shared: do not change it); threads may ask at once. */
    synchronized double[] column(int output) throws IOException {
        if (writer != null) {
            throw new IllegalStateException("columns are read after finish()");
        }
        if (batchStart < 0 || output < batchStart || output >= batchStart + columns.length) {
            load(output / batch * batch);
        }
        return columns[output - batchStart];
    }

    private void load(int first) throws IOException {
        int width = Math.min(batch, outputs - first);
        columns = null; // let the previous batch go before the next is allocated
        double[][] c = new double[width][points];
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            for (int p = 0; p < points; p++) {
                in.skipNBytes(8L * first);
                for (int o = 0; o < width; o++) {
                    c[o][p] = in.readDouble();
                }
                in.skipNBytes(8L * (outputs - first - width));
            }
        }
        columns = c;
        batchStart = first;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
        Files.deleteIfExists(file);
    }
}
