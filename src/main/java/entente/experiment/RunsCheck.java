package entente.experiment;

import entente.io.InputFiles;
import entente.scenario.InputException;
import entente.scenario.ScenarioReader;
import entente.scenario.Problem;
import entente.util.Warnings;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * What a resumed sweep trusts of runs.csv. Line k must be whole, be run k with the point,
 * replication, seed and factor values the sweep gives run k, have every output column, and
 * match the digest written beside it ({@value #DIGESTS}) when the line was written, so an
 * edited value is found. What a crash leaves at the end is repaired, with a warning: a cut
 * last line, NUL bytes, and lines written after the last digest (a kill between the two
 * writes) are dropped and run again, to the same values. Anything else wrong (NUL bytes or an
 * edited, duplicated, forged or misplaced line before the end) is refused: resuming on it
 * would mix untrustworthy lines into the results.
 */
final class RunsCheck {
    static final String DIGESTS = ".runs.digests";
    private static final int DIGEST_HEX = 16;
    private static final String NO_DIGEST = "runs written after the last recorded digest";
    private static final String REFUSE = "; runs.csv cannot be trusted: move it aside to run the sweep again "
            + "from the start, or use another --out";

    private final Path runs;
    private final Sweep sweep;
    private final String header;
    private final int width;

    private RunsCheck(Path runs, Sweep sweep) {
        this.runs = runs;
        this.sweep = sweep;
        this.header = SweepDir.header(sweep);
        this.width = header.split(",", -1).length;
    }

    /** The digest written for a line of runs.csv: the first 64 bits of its SHA-256, in hex. */
    static String digest(String line) {
        return ScenarioReader.sha256(line.getBytes(StandardCharsets.UTF_8)).substring(0, DIGEST_HEX);
    }

    /**
     * Keeps the verified runs of runs.csv, at most {@code limit}; cuts runs.csv and the digests
     * after them and returns their count.
     */
    static int keep(Path dir, Sweep sweep, int limit) throws IOException, InputException {
        Path runs = dir.resolve(SweepDir.RUNS);
        Path digests = dir.resolve(DIGESTS);
        if (!Files.exists(digests)) {
            Files.createFile(digests);
        }
        if (!Files.exists(runs) || Files.size(runs) == 0) {
            Files.writeString(runs, SweepDir.header(sweep) + "\n", StandardCharsets.UTF_8);
            truncate(digests, 0);
            Warnings.add(runs + " was missing or empty: wrote its header; every run is done again");
            return 0;
        }
        RunsCheck check = new RunsCheck(runs, sweep);
        long[] kept = check.scan(digests, limit);
        truncate(runs, kept[0]);
        truncate(digests, kept[1] * (DIGEST_HEX + 1));
        return (int) kept[1];
    }

    /** {bytes of runs.csv to keep, runs kept}. */
    private long[] scan(Path digestFile, int limit) throws IOException, InputException {
        Map<Integer, Integer> lineOfRun = new HashMap<>();
        try (InputStream in = new BufferedInputStream(InputFiles.open(runs), 1 << 16);
             BufferedReader digests = new BufferedReader(new InputStreamReader(Files.newInputStream(digestFile),
                     StandardCharsets.US_ASCII))) {
            Line first = Line.read(in);
            if (first == null || !first.whole || !first.text.equals(header)) {
                if (first != null && (!first.whole && header.startsWith(first.text) || first.junk())) {
                    Warnings.add(runs + ": its header was cut short by a crash: wrote it again; every run is done again");
                    Files.writeString(runs, header + "\n", StandardCharsets.UTF_8);
                    return new long[] {header.length() + 1, 0};
                }
                throw refuse(1, "the header differs from this sweep's columns; the file was changed or belongs to "
                        + "another sweep");
            }
            long keep = first.bytes;
            int run = 0;
            int dropped = 0;
            String dropping = null;
            int dropLine = 0;
            for (Line l = next(in, dropping != null || run < limit); l != null; l = next(in, dropping != null || run < limit)) {
                int lineNo = run + dropped + 2;
                String recorded = dropping == null ? digests.readLine() : null;
                String why = null;
                if (!l.whole) {
                    why = "a line cut short";
                } else if (!l.text.isEmpty() && l.text.chars().allMatch(c -> c == 0)) {
                    why = "NUL bytes";
                } else if (l.junk()) {
                    throw refuse(lineNo, "NUL bytes in a line: the file was damaged");
                } else {
                    String problem = problem(l.text, run + dropped, lineOfRun, lineNo);
                    if (problem != null) {
                        throw refuse(lineNo, problem);
                    }
                    if (dropping != null && !dropping.equals(NO_DIGEST)) {
                        throw refuse(dropLine, dropping + " before whole lines: the file was damaged");
                    }
                    lineOfRun.put(run + dropped, lineNo);
                    if (recorded == null || recorded.length() != DIGEST_HEX) {
                        why = NO_DIGEST;
                    } else if (!recorded.equals(digest(l.text))) {
                        throw refuse(lineNo, "the values of run " + run + " differ from those the sweep wrote (the "
                                + "line was edited)");
                    }
                }
                if (why == null) {
                    keep += l.bytes;
                    run++;
                } else {
                    if (dropping == null) {
                        dropping = why;
                        dropLine = lineNo;
                    }
                    dropped++;
                }
            }
            if (dropping == null && limit == sweep.runs()) {
                for (Line extra = Line.read(in); extra != null; extra = Line.read(in)) {
                    if (extra.whole && !extra.junk()) {
                        throw refuse(limit + 2 + dropped, "the sweep has " + limit + " runs, but runs.csv goes on "
                                + "(forged or duplicated lines)");
                    }
                    dropping = dropping != null ? dropping : extra.whole ? "NUL bytes" : "a line cut short";
                    dropLine = dropLine > 0 ? dropLine : limit + 2;
                    dropped++;
                }
            }
            if (dropping != null) {
                Warnings.add(String.format("%s:%d: dropped %d line(s) at the end (%s, as a crash leaves them); "
                        + "%s run again, to the same values", runs, dropLine, dropped, dropping,
                        dropped == 1 ? "that run is" : "those runs are"));
            }
            return new long[] {keep, run};
        }
    }

    /** What is wrong with a whole line that should be run {@code run}, or null. */
    private String problem(String text, int run, Map<Integer, Integer> lineOfRun, int lineNo) {
        String[] fields = text.split(",", -1);
        Integer id = fields[0].matches("\\d{1,9}") ? Integer.valueOf(fields[0]) : null;
        if (id == null) {
            return "expected run " + run + " here, found '" + shorten(fields[0]) + "' in the run column";
        }
        if (lineOfRun.containsKey(id)) {
            return "run " + id + " appears twice (lines " + lineOfRun.get(id) + " and " + lineNo + ")";
        }
        if (id != run) {
            return "expected run " + run + " here, found run " + id + " (lines out of order, or forged)";
        }
        if (fields.length != width) {
            return "run " + run + " has " + fields.length + " columns, the header " + width;
        }
        if (!text.startsWith(RunRow.design(sweep, run) + ",")) {
            return "the point, replication, seed or factor values of run " + run + " are not those of the sweep's "
                    + "design (the line was edited)";
        }
        return null;
    }

    /** The next line while {@code wanted}, else null without reading on. */
    private static Line next(InputStream in, boolean wanted) throws IOException {
        return wanted ? Line.read(in) : null;
    }

    private InputException refuse(int line, String why) {
        return new InputException(new Problem(runs.toString(), line, "", why + REFUSE));
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    /** A line of runs.csv: its text, whether it ended in a newline, and its length in bytes with it. */
    private record Line(String text, boolean whole, long bytes) {
        static Line read(InputStream in) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream(256);
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                b.write(c);
            }
            if (c < 0 && b.size() == 0) {
                return null;
            }
            return new Line(b.toString(StandardCharsets.UTF_8), c == '\n', b.size() + (c == '\n' ? 1 : 0));
        }

        boolean junk() {
            return text.indexOf('\0') >= 0;
        }
    }
}
