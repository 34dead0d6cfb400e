package entente.spark;

import entente.experiment.Sweep;
import entente.experiment.SweepDir;
import entente.experiment.SweepRunner;
import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.util.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The driver of a sweep on Spark. The runs still missing are cut into ranges, one Spark task
 * each; a task computes its runs with the local engine's code and writes them to a part file
 * named by its runs (in {@value #PARTS} of the sweep folder). While the job runs, the driver
 * appends each part to runs.csv (and the series) as soon as every part before it is in, through
 * the same writer as the local engine, and deletes it. So runs.csv and the series files are the
 * local engine's, byte for byte; a retried task rewrites the same part, and a part is appended
 * once. At the end Spark converts runs.csv to Parquet (runs.parquet).
 */
final class SparkSweep {
    static final String PARTS = ".spark-parts";
    static final String PARQUET = "runs.parquet";
    private static final String DEFAULT_MASTER = "local[*]";
    private static final long POLL_MILLIS = 200;

    private final Sweep sweep;
    private final SweepDir dir;
    private final boolean series;

    SparkSweep(Sweep sweep, SweepDir dir, boolean series) {
        this.sweep = sweep;
        this.dir = dir;
        this.series = series;
    }

    SweepRunner.Outcome run(String master, int runsPerTask, Progress progress, BooleanSupplier stop,
                            PartTask.AfterPart afterPart) throws IOException {
        int total = sweep.runs();
        int first = dir.done();
        ShippedSweep shipped = ShippedSweep.of(sweep);
        SparkSession spark = session(master);
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int size = RunRange.runsPerTask(runsPerTask, total - first, sc.defaultParallelism(), sweep.replications());
            List<RunRange> plan = RunRange.plan(first, total, size);
            Path parts = dir.path().resolve(PARTS);
            keepOnly(parts, plan);
            LongAccumulator finished = sc.sc().longAccumulator("runs");
            JavaFutureAction<Void> job = sc.parallelize(plan, Math.max(1, plan.size()))
                    .foreachAsync(new PartTask(sc.broadcast(shipped), series, parts, finished, afterPart));
            int next = 0;
            Throwable failure = null;
            boolean stopped = false;
            boolean interrupted = false;
            try (SweepDir.Appender out = dir.appender()) {
                while (!job.isDone()) {
                    next = appendReady(plan, next, parts, out);
                    if (!stopped && (interrupted || stop.getAsBoolean())) {
                        stopped = true;
                        job.cancel(true);
                    }
                    progress.update(first + (int) Math.min(total - first, finished.value()));
                    interrupted |= !pause();
                }
                try {
                    job.get();
                } catch (ExecutionException e) {
                    failure = e.getCause();
                } catch (CancellationException | InterruptedException e) {
                    stopped = true;
                }
                next = appendReady(plan, next, parts, out);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            int written = next == 0 ? first : plan.get(next - 1).to();
            progress.finish(written);
            if (written == total) {
                RunFolder.deleteTree(parts);
                writeParquet(spark);
            } else if (failure != null && !stop.getAsBoolean()) {
                throw new IOException("the Spark job failed with " + written + " of " + total + " runs written (the "
                        + "same command resumes): " + failure.getMessage(), failure);
            }
            return new SweepRunner.Outcome(written, total, written < total);
        } finally {
            spark.stop();
        }
    }

    /**
     * The session: the master asked for, else spark-submit's, else local[*]. An embedded (local)
     * Spark listens on the loopback address only and starts no web UI, unless told otherwise.
     */
    private SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("entente sweep " + sweep.name()); // reads spark.* properties
        String m = master != null ? master : conf.get("spark.master", DEFAULT_MASTER);
        conf.setMaster(m);
        if (m.startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
                    .setIfMissing("spark.ui.enabled", "false");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /** Creates the folder of parts and keeps in it only whole parts of this plan. */
    private static void keepOnly(Path parts, List<RunRange> plan) throws IOException {
        Files.createDirectories(parts);
        Set<String> names = plan.stream().map(RunRange::partName).collect(Collectors.toSet());
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(parts)) {
            files.filter(p -> !names.contains(p.getFileName().toString())).forEach(stale::add);
        }
        for (Path p : stale) {
            Files.delete(p);
        }
    }

    /** Appends the parts that are in, from plan[next] on, until one is missing; returns the next to append. */
    private static int appendReady(List<RunRange> plan, int next, Path parts, SweepDir.Appender out)
            throws IOException {
        while (next < plan.size() && Files.exists(parts.resolve(plan.get(next).partName()))) {
            Path part = parts.resolve(plan.get(next).partName());
            PartFile.append(part, plan.get(next), out);
            out.flush();
            Files.delete(part);
            next++;
        }
        return next;
    }

    /** Waits a little; false when interrupted, which stops the sweep like Ctrl-C. */
    private static boolean pause() {
        try {
            Thread.sleep(POLL_MILLIS);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** runs.parquet: runs.csv with typed columns, written by Spark into a folder that appears whole. */
    private void writeParquet(SparkSession spark) throws IOException {
        Path csv = dir.path().resolve(SweepDir.RUNS).toAbsolutePath();
        RunFolder.write(dir.path().resolve(PARQUET), OutputKind.PARQUET, tmp -> spark.read().schema(schema())
                .option("header", true).option("mode", "FAILFAST").csv(csv.toUri().toString())
                .write().mode(SaveMode.Overwrite).parquet(tmp.toAbsolutePath().toUri().toString()));
    }

    /** Columns of runs.csv: run, point and replication as int, seed as long, every other column double. */
    StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String c : SweepDir.header(sweep).split(",")) {
            DataType t = switch (c) {
                case "run", "point", "replication" -> DataTypes.IntegerType;
                case "seed" -> DataTypes.LongType;
                default -> DataTypes.DoubleType;
            };
            fields.add(DataTypes.createStructField(c, t, false));
        }
        return DataTypes.createStructType(fields);
    }
}
