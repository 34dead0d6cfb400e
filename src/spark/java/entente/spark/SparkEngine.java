package entente.spark;

import entente.experiment.Sweep;
import entente.experiment.SweepDir;
import entente.experiment.SweepEngine;
import entente.experiment.SweepRunner;
import entente.util.Progress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * {@code --engine spark}. This class names no Spark class, so the command line can load it and
 * say what is missing when the jar runs without Spark; {@link SparkSweep} does the work.
 */
public final class SparkEngine implements SweepEngine {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Optional<String> missing() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkEngine.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.of("Spark is not on the class path; run the jar with spark-submit, or with java and the "
                    + "class path in target/spark.classpath, as docs/spark.md shows");
        }
        if (!ByteBuffer.class.getModule().isOpen("sun.nio.ch", SparkEngine.class.getModule())) {
            return Optional.of("Spark needs the JVM flags --add-opens=java.base/sun.nio.ch=ALL-UNNAMED and the others "
                    + "listed in docs/spark.md (spark-submit adds them itself)");
        }
        return Optional.empty();
    }

    @Override
    public SweepRunner.Outcome run(Sweep sweep, SweepDir dir, boolean series, String master, int runsPerTask,
                                   Progress progress, BooleanSupplier stop) throws IOException {
        return new SparkSweep(sweep, dir, series).run(master, runsPerTask, progress, stop, PartTask.AfterPart.NONE);
    }
}
