package entente.spark;

import entente.experiment.RunRow;
import entente.experiment.SweepDir;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.IntFunction;

/**
 * The rows of one task's runs, as the task computed them: for each run its index, its line of
 * runs.csv and its series member (length -1 when there is none). A part is written beside its
 * name and renamed when whole, so a part that exists is complete, and a task attempt that
 * writes it again (a retry, a speculative copy) puts the same bytes in its place.
 */
final class PartFile {
    private PartFile() {}

    /** Computes the range's runs into {@code part}; {@code attempt} keeps concurrent attempts' temp files apart. */
    static void write(Path part, RunRange range, String attempt, IntFunction<RunRow> rows) throws IOException {
        Path tmp = part.resolveSibling("." + part.getFileName() + "." + attempt + ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                    1 << 16))) {
                for (int run = range.from(); run < range.to(); run++) {
                    RunRow row = rows.apply(run);
                    out.writeInt(run);
                    bytes(out, row.line().getBytes(StandardCharsets.UTF_8));
                    bytes(out, row.series());
                }
            }
            try {
                Files.move(tmp, part, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, part, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b == null ? -1 : b.length);
        if (b != null) {
            out.write(b);
        }
    }

    /** Hands the part's runs, which must be exactly the range's, to the sweep folder in order. */
    static void append(Path part, RunRange range, SweepDir.Appender to) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(part), 1 << 16))) {
            for (int run = range.from(); run < range.to(); run++) {
                int found = in.readInt();
                if (found != run) {
                    throw new IOException(part + ": run " + found + " where run " + run + " belongs");
                }
                to.write(run, new String(bytes(in), StandardCharsets.UTF_8), bytes(in));
            }
            if (in.read() >= 0) {
                throw new IOException(part + ": more than the runs " + range.from() + ".." + (range.to() - 1));
            }
        }
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        return n < 0 ? null : in.readNBytes(n);
    }
}
