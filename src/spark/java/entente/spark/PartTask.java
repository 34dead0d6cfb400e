package entente.spark;

import entente.experiment.RunRow;
import entente.experiment.Sweep;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

/**
 * One Spark task: the runs of a range, computed by the local engine's code into the range's
 * part file. A part that is already there (an earlier attempt finished it before failing, or
 * a sweep resumed after the driver stopped) is kept, not computed again.
 */
final class PartTask implements VoidFunction<RunRange> {
    private static final long serialVersionUID = 1L;

    /** Called when a task's part is on disk: where tests make a task fail after writing it. */
    interface AfterPart extends Serializable {
        AfterPart NONE = range -> { };

        void written(RunRange range) throws IOException;
    }

    private final Broadcast<ShippedSweep> shipped;
    private final boolean series;
    /** The folder of part files, absolute: executors have other working directories. */
    private final String parts;
    private final LongAccumulator finished;
    private final AfterPart afterPart;

    PartTask(Broadcast<ShippedSweep> shipped, boolean series, Path parts, LongAccumulator finished,
             AfterPart afterPart) {
        this.shipped = shipped;
        this.series = series;
        this.parts = parts.toAbsolutePath().toString();
        this.finished = finished;
        this.afterPart = afterPart;
    }

    @Override
    public void call(RunRange range) throws IOException {
        Path part = Path.of(parts, range.partName());
        if (!Files.exists(part)) {
            Sweep sweep = shipped.value().sweep();
            PartFile.write(part, range, Long.toString(TaskContext.get().taskAttemptId()),
                    run -> RunRow.compute(sweep, run, series));
        }
        afterPart.written(range);
        finished.add(range.size());
    }
}
