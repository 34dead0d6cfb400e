package entente;

import entente.experiment.Sweep;
import entente.experiment.SweepDir;
import entente.experiment.SweepSpecReader;
import entente.scenario.Factor;
import entente.util.Numbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A sweep folder whose outputs are planted instead of simulated: a real sweep file on the
 * six-state scenario (five dynamics coefficients, the design given), and runs.csv written
 * from a function of the factors' unit coordinates, so a test knows what an analysis must
 * find. escalation_index.peak is planted; escalation_index.final is noise alone.
 */
public final class PlantedSweep {
    /** The factors and their ranges, in the design's order. */
    public static final String[] PATHS = {"dynamics.eta", "dynamics.alpha", "dynamics.beta", "dynamics.gamma",
        "dynamics.reactivity"};
    private static final double[][] RANGES = {{0.01, 0.04}, {0.1, 0.6}, {0.1, 0.6}, {0.1, 0.5}, {0.002, 0.01}};

    /** The planted output of a run at unit coordinates u (each factor's place in its range, 0..1). */
    public interface Plant {
        double value(double[] u, SplittableRandom noise);
    }

    private static final ThreadLocal<SplittableRandom> NOISE = new ThreadLocal<>();

    /** Every output of a run at unit coordinates u, in the order of the sweep's columns. */
    public interface Outputs {
        double[] values(double[] u);
    }

    private PlantedSweep() {}

    /**
     * Writes a whole sweep folder for {@code sweep} (any sweep file, shipped ones too) whose
     * outputs come from {@code outputs} at each run's unit coordinates (factors with a range;
     * others as set), in run order; the noise of planted outputs is seeded, so reproducible.
     */
    public static void fill(Sweep sweep, Path folder, Outputs outputs) throws Exception {
        NOISE.set(new SplittableRandom(17));
        try (SweepDir out = SweepDir.open(folder, sweep, false); SweepDir.Appender lines = out.appender()) {
            for (int r = 0; r < sweep.runs(); r++) {
                double[] values = sweep.design().values()[sweep.point(r)];
                double[] u = new double[values.length];
                StringBuilder line = new StringBuilder().append(r).append(',').append(sweep.point(r)).append(',')
                        .append(sweep.replication(r)).append(',').append(sweep.seed(r));
                for (int j = 0; j < values.length; j++) {
                    Factor f = sweep.factors().get(j);
                    u[j] = f.max() > f.min() ? (values[j] - f.min()) / (f.max() - f.min()) : values[j];
                    line.append(',').append(Numbers.format(values[j]));
                }
                for (double v : outputs.values(u)) {
                    line.append(',').append(Numbers.format(v));
                }
                lines.write(r, line.toString(), null);
            }
        }
    }

    /** Writes the sweep file and the whole sweep folder into dir/sweep; returns the folder. */
    public static Path write(Path dir, String design, int replications, Plant plant) throws Exception {
        Files.createDirectories(dir);
        StringBuilder spec = new StringBuilder(String.join("\n", "name: planted",
                "title: Planted outputs",
                "scenario: " + TestScenarios.SIX_STATES.toAbsolutePath(),
                "until: 2022-01-31",
                "seed: 5",
                "replications: " + replications,
                "design: " + design,
                "metrics: [escalation_index]",
                "summaries: [final, peak]",
                "factors:", ""));
        for (int j = 0; j < PATHS.length; j++) {
            spec.append("  - {path: ").append(PATHS[j]).append(", range: [").append(RANGES[j][0]).append(", ")
                    .append(RANGES[j][1]).append("]}\n");
        }
        Path file = dir.resolve("planted.yaml");
        Files.writeString(file, spec);
        Path folder = dir.resolve("sweep");
        fill(SweepSpecReader.read(file), folder, u -> {
            SplittableRandom noise = NOISE.get();
            return new double[] {noise.nextGaussian(), plant.value(u, noise)};
        });
        return folder;
    }
}
