package entente.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.io.InputFiles;
import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.util.BuildInfo;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sweep's folder. It is created whole (manifest sweep.json, copies of the sweep file and
 * scenario, design.csv, runs.csv with its header), then runs.csv grows by one line per run, in
 * run order, each with its digest beside it. One process writes it at a time ({@link SweepLock}).
 * Reopening it resumes from what {@link RunsCheck} verifies of runs.csv; runs whose series
 * part is not complete are dropped too; a folder made from another sweep file, scenario, build
 * or --series setting is refused rather than mixed.
 */
public final class SweepDir implements Closeable {
    public static final String MANIFEST = "sweep.json";
    public static final String RUNS = "runs.csv";
    public static final String DESIGN = "design.csv";
    public static final String SPEC = "spec.yaml";
    public static final String SCENARIO = "scenario.yaml";
    public static final String SERIES = "series";
    private static final String PARTIAL = ".partial";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final Sweep sweep;
    private final boolean series;
    private final int done;
    private final SweepLock lock;

    private SweepDir(Path dir, Sweep sweep, boolean series, int done, SweepLock lock) {
        this.dir = dir;
        this.sweep = sweep;
        this.series = series;
        this.done = done;
        this.lock = lock;
    }

    /**
     * Creates the folder, or reopens it and finds where to resume; either way takes its lock,
     * which {@link #close} gives back.
     */
    public static SweepDir open(Path dir, Sweep sweep, boolean series) throws IOException, InputException {
        if (!Files.exists(dir)) {
            RunFolder.create(dir, OutputKind.SWEEP, tmp -> create(tmp, sweep, series)); // false: another made it
        }
        OutputGuard.folder(dir, null, OutputKind.SWEEP, List.of());
        SweepLock lock = SweepLock.take(dir);
        try {
            checkSame(dir, sweep, series);
            int limit = series ? completeSeries(dir.resolve(SERIES), sweep.runs()) : sweep.runs();
            int done = RunsCheck.keep(dir, sweep, limit);
            if (series && done < sweep.runs() && done % SeriesParts.BLOCK != 0) {
                // series parts are rewritten whole, so resume at the start of a part
                done = RunsCheck.keep(dir, sweep, done - done % SeriesParts.BLOCK);
            }
            if (series) {
                Files.createDirectories(dir.resolve(SERIES));
                dropSeriesFrom(dir.resolve(SERIES), done / SeriesParts.BLOCK);
            }
            return new SweepDir(dir, sweep, series, done, lock);
        } catch (IOException | InputException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Gives the folder's lock back: another sweep may now write it. */
    @Override
    public void close() throws IOException {
        lock.close();
    }

    /** Runs already in runs.csv, 0 .. done-1. */
    public int done() {
        return done;
    }

    public Path path() {
        return dir;
    }

    public static String header(Sweep sweep) {
        List<String> columns = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        columns.addAll(sweep.design().factors());
        columns.addAll(sweep.metrics().columns());
        return String.join(",", columns);
    }

    private static void create(Path tmp, Sweep sweep, boolean series) throws IOException {
        Files.copy(Path.of(sweep.file()), tmp.resolve(SPEC));
        Files.copy(Path.of(sweep.scenario().file()), tmp.resolve(SCENARIO));
        JSON.writeValue(tmp.resolve(MANIFEST).toFile(), manifest(sweep, series));
        DesignCsv.write(sweep.design(), tmp.resolve(DESIGN));
        Files.writeString(tmp.resolve(RUNS), header(sweep) + "\n", StandardCharsets.UTF_8);
        Files.createFile(tmp.resolve(RunsCheck.DIGESTS));
        if (series) {
            Files.createDirectory(tmp.resolve(SERIES));
        }
    }

    private static ObjectNode manifest(Sweep sweep, boolean series) {
        BuildInfo b = BuildInfo.current();
        ObjectNode m = JSON.createObjectNode();
        m.put("name", sweep.name());
        m.put("title", sweep.title());
        m.put("entente_version", b.version());
        m.put("git_commit", b.commit());
        m.put("sweep_file", sweep.file());
        m.put("sweep_sha256", sweep.checksum());
        m.put("scenario_file", sweep.scenario().file());
        m.put("scenario_sha256", sweep.scenario().checksum());
        m.put("period_start", sweep.scenario().start().toString());
        m.put("period_end", sweep.scenario().end().toString());
        m.put("seed", sweep.seed());
        m.put("common_random_numbers", sweep.commonSeeds());
        m.put("design", sweep.design().type().key());
        m.put("points", sweep.design().size());
        m.put("replications", sweep.replications());
        if (sweep.draws() != null) {
            m.put("posterior", sweep.draws().file());
            m.put("posterior_sha256", sweep.draws().sha256());
            m.put("draws", sweep.draws().count());
            m.put("replications_per_draw", sweep.draws().perDraw());
        }
        m.put("runs", sweep.runs());
        sweep.design().factors().forEach(m.putArray("factors")::add);
        sweep.metrics().columns().forEach(m.putArray("outputs")::add);
        sweep.metrics().outcomes().forEach(o -> {
            ObjectNode n = m.withArray("outcomes").addObject();
            n.put("name", o.name());
            n.put("kind", o.kind().key());
            n.put("describes", o.describe());
            o.columns().forEach(n.putArray("columns")::add);
        });
        sweep.metrics().series().forEach(k -> m.withArray("series_metrics").add(RunMetrics.name(k)));
        m.put("series", series);
        m.put("series_block", SeriesParts.BLOCK);
        return m;
    }

    /** The manifest of an existing sweep folder. */
    public static JsonNode manifest(Path dir) throws IOException, InputException {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new InputException(new Problem(dir.toString(), 0, "", "not a sweep folder (no " + MANIFEST + ")"));
        }
        try {
            JsonNode m = JSON.readTree(InputFiles.read(file));
            if (m == null || !m.isObject()) {
                throw new InputException(new Problem(file.toString(), 0, "", "not a sweep manifest (a JSON object)"));
            }
            return m;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // the parser's message quotes the file; where is enough
            throw new InputException(new Problem(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "", "not valid JSON: the sweep folder is damaged"));
        } catch (IOException e) {
            throw new InputException(new Problem(file.toString(), 0, "", "cannot read: " + e.getMessage()));
        }
    }

    /** What to give again to resume, by the manifest field that differs. */
    private static final Map<String, String> ORIGINAL = Map.of("series", "--series setting", "git_commit", "build",
            "seed", "seed (the file's or --seed)", "replications", "replications (the file's or --replications)");

    private static void checkSame(Path dir, Sweep sweep, boolean series) throws IOException, InputException {
        JsonNode m = manifest(dir);
        ObjectNode now = manifest(sweep, series);
        List<Problem> problems = new ArrayList<>();
        String where = dir.toString();
        for (String field : List.of("sweep_sha256", "scenario_sha256", "posterior_sha256", "git_commit", "series",
                "seed", "replications")) {
            String was = m.path(field).asText();
            String is = now.path(field).asText();
            if (!was.equals(is)) {
                problems.add(new Problem(where, 0, field, "this folder holds a sweep made with " + field + " " + was
                        + ", not " + is + "; runs of the two would mix: use another --out, or the original "
                        + ORIGINAL.getOrDefault(field, "file")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Runs covered by whole series parts, counted from the first part on. */
    private static int completeSeries(Path seriesDir, int runs) {
        int parts = 0;
        while (Files.isRegularFile(SeriesParts.part(seriesDir, parts))) {
            parts++;
        }
        return (int) Math.min(runs, (long) parts * SeriesParts.BLOCK);
    }

    /** Removes unfinished parts and parts from {@code first} on, which will be written again. */
    private static void dropSeriesFrom(Path seriesDir, int first) throws IOException {
        try (Stream<Path> files = Files.list(seriesDir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                boolean late = name.matches("series-\\d+\\.csv\\.gz")
                        && Integer.parseInt(name.replaceAll("\\D", "")) >= first;
                if (late || name.endsWith(PARTIAL)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Appends runs in order: their lines to runs.csv and, with series, their members to the parts. */
    public Appender appender() throws IOException {
        return new Appender();
    }

    /** Writes finished runs; {@link #flush} makes what was written survive a crash of this process. */
    public final class Appender implements Closeable {
        private final BufferedWriter runs;
        private final BufferedWriter digests;
        private OutputStream part;
        private int partIndex = -1;

        private Appender() throws IOException {
            runs = Files.newBufferedWriter(dir.resolve(RUNS), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            digests = Files.newBufferedWriter(dir.resolve(RunsCheck.DIGESTS), StandardCharsets.US_ASCII,
                    StandardOpenOption.APPEND);
        }

        public void write(int run, String line, byte[] seriesMember) throws IOException {
            runs.write(line);
            runs.write('\n');
            digests.write(RunsCheck.digest(line));
            digests.write('\n');
            if (series) {
                writeSeries(run, seriesMember);
            }
        }

        private void writeSeries(int run, byte[] member) throws IOException {
            int index = run / SeriesParts.BLOCK;
            if (part == null) {
                partIndex = index;
                part = Files.newOutputStream(partial(index));
                part.write(SeriesParts.gzip(SeriesParts.HEADER));
            }
            part.write(member);
            if ((run + 1) % SeriesParts.BLOCK == 0 || run + 1 == sweep.runs()) {
                part.close();
                part = null;
                move(partial(index), SeriesParts.part(dir.resolve(SERIES), index));
            }
        }

        private Path partial(int index) {
            Path p = SeriesParts.part(dir.resolve(SERIES), index);
            return p.resolveSibling("." + p.getFileName() + PARTIAL);
        }

        public void flush() throws IOException {
            runs.flush();
            digests.flush();
        }

        @Override
        public void close() throws IOException {
            runs.close();
            digests.close();
            if (part != null) {
                part.close(); // an unfinished part stays .partial and is dropped on resume
                Files.deleteIfExists(partial(partIndex));
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
