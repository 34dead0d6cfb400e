package entente.spark;

import entente.experiment.Sweep;
import entente.experiment.SweepDir;
import entente.experiment.SweepSpecReader;
import entente.scenario.InputException;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a Spark executor needs to rebuild a sweep without the files: the sweep file's text and
 * its scenario written out whole ({@link ScenarioWriter}, which reads back to the same numbers,
 * and flattens {@code extends}). The model is never serialized; each executor reads the texts
 * once, with the same reader as the driver, and gets the same design from the same master seed.
 */
final class ShippedSweep implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String specFile;
    private final byte[] spec;
    private final String scenarioFile;
    private final String scenario;
    /** The driver's seed and replications, which may come from the command line rather than the text. */
    private final SweepSpecReader.Overrides overrides;
    /** The scenario's last day: a sweep cut at until leaves events after it, which a file may not hold. */
    private final LocalDate end;
    /** The driver's runs.csv header and run count, which the rebuilt sweep must match. */
    private final String header;
    private final int runs;
    private transient volatile Sweep rebuilt;

    private ShippedSweep(Sweep sweep, byte[] spec) {
        this.specFile = sweep.file();
        this.spec = spec;
        this.scenarioFile = sweep.scenario().file();
        Scenario sc = sweep.scenario();
        LocalDate last = sc.events().stream().map(Scenario.Event::date).max(LocalDate::compareTo).orElse(sc.end());
        this.scenario = ScenarioWriter.toYaml(last.isAfter(sc.end()) ? sc.withEnd(last) : sc, List.of());
        this.end = sc.end();
        this.header = SweepDir.header(sweep);
        this.runs = sweep.runs();
        this.overrides = new SweepSpecReader.Overrides(sweep.seed(),
                (long) (sweep.draws() == null ? sweep.replications() : sweep.draws().perDraw()));
    }

    /** The sweep as read on the driver; its file must still hold the text it was read from. */
    static ShippedSweep of(Sweep sweep) throws IOException {
        byte[] spec = Files.readAllBytes(Path.of(sweep.file()));
        if (!ScenarioReader.sha256(spec).equals(sweep.checksum())) {
            throw new IOException(sweep.file() + " changed while the sweep started; run it again");
        }
        return new ShippedSweep(sweep, spec);
    }

    /** The sweep, rebuilt on first use in this JVM (a broadcast value is one object per executor). */
    Sweep sweep() {
        Sweep s = rebuilt;
        if (s == null) {
            synchronized (this) {
                if (rebuilt == null) {
                    rebuilt = rebuild();
                }
                s = rebuilt;
            }
        }
        return s;
    }

    private Sweep rebuild() {
        Sweep s;
        try {
            s = SweepSpecReader.read(specFile, spec, ScenarioReader.fromText(scenarioFile, scenario).withEnd(end),
                    overrides);
        } catch (InputException e) {
            throw new UncheckedIOException(new IOException("the executor could not rebuild the sweep: "
                    + e.getMessage(), e));
        }
        if (!SweepDir.header(s).equals(header) || s.runs() != runs) {
            throw new IllegalStateException("the executor rebuilt another sweep than the driver's: columns "
                    + SweepDir.header(s) + ", " + s.runs() + " runs");
        }
        return s;
    }
}
