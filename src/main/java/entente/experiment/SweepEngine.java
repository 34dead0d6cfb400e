package entente.experiment;

import entente.scenario.InputException;
import entente.util.Progress;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;

/**
 * A way to run what a sweep folder still lacks other than {@link SweepRunner} on this machine's
 * threads: the Spark engine, in the build with the {@code spark} Maven profile. Engines are found
 * by name on the class path (META-INF/services), so the core never depends on them. An engine
 * must write the same runs.csv and series files as {@link SweepRunner}: it computes each run
 * with {@link RunRow#compute} and has the folder's {@link SweepDir.Appender} write them in run order.
 */
public interface SweepEngine {
    /** The name {@code --engine} takes. */
    String name();

    /** Why the engine cannot run in this JVM (its libraries are missing), or empty when it can. */
    Optional<String> missing();

    /**
     * Runs what the folder still lacks, until done or until {@code stop} says so.
     *
     * @param master      where to run (a Spark master URL), or null for the engine's default
     * @param runsPerTask runs in one unit of work, or 0 to let the engine choose
     */
    SweepRunner.Outcome run(Sweep sweep, SweepDir dir, boolean series, String master, int runsPerTask,
                            Progress progress, BooleanSupplier stop) throws IOException, InputException;

    /** The engine of that name on the class path, if any. */
    static Optional<SweepEngine> named(String name) {
        Iterator<SweepEngine> engines = ServiceLoader.load(SweepEngine.class).iterator();
        while (true) {
            try {
                if (!engines.hasNext()) {
                    return Optional.empty();
                }
                SweepEngine e = engines.next();
                if (e.name().equals(name)) {
                    return Optional.of(e);
                }
            } catch (ServiceConfigurationError e) {
                // listed but not loadable (classes of another build left in target/): not there; the loader moves on
            }
        }
    }

}
