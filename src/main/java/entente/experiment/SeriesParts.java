package entente.experiment;

import entente.io.InputFiles;
import entente.model.RunRecord;
import entente.util.Numbers;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The daily series of a sweep (option --series) as one long table, run,date,metric,value,
 * split in gzip parts of {@link #BLOCK} consecutive runs: series/series-00000.csv.gz holds
 * runs 0..255 and so on. A part is written beside its final name and renamed when complete,
 * so a part that exists is whole. Each run is its own gzip member, compressed by the worker
 * that ran it; concatenated members form one valid gzip file.
 */
public final class SeriesParts {
    public static final String HEADER = "run,date,metric,value\n";
    public static final int BLOCK = 256;

    private SeriesParts() {}

    public static Path part(Path dir, int index) {
        return dir.resolve(String.format("series-%05d.csv.gz", index));
    }

    /** The rows of one run as a gzip member. */
    public static byte[] member(int run, RunRecord r, List<RunRecord.Key> keys) {
        StringBuilder b = new StringBuilder(r.days() * keys.size() * 40);
        String prefix = run + ",";
        for (int day = 0; day < r.days(); day++) {
            String date = r.date(day).toString();
            for (RunRecord.Key k : keys) {
                b.append(prefix).append(date).append(',').append(RunMetrics.name(k)).append(',')
                        .append(Numbers.format(r.value(k, day))).append('\n');
            }
        }
        return gzip(b.toString());
    }

    public static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 4 + 64);
        try (OutputStream out = new FastGzip(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Reads a part line by line, header excluded. */
    public static void read(Path part, LineHandler handler) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(InputFiles.open(part), 1 << 16), StandardCharsets.UTF_8))) {
            String line = in.readLine(); // header
            while ((line = in.readLine()) != null) {
                handler.line(line);
            }
        }
    }

    /** Receives the lines of a part. */
    public interface LineHandler {
        void line(String line) throws IOException;
    }

    /** The fastest deflate level: series are large and compress well even so. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
