package entente.experiment;

import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.util.Numbers;
import entente.util.Seeds;

/**
 * One run of a sweep as it is written: its line of runs.csv and, with series, its gzip member
 * of the series part. Every engine computes a run with {@link #compute}, so a run gives the same
 * bytes whether a local thread or a Spark task ran it.
 *
 * @param series the run's series member, or null when the sweep keeps no series
 */
public record RunRow(String line, byte[] series) {

    public static RunRow compute(Sweep sweep, int run, boolean series) {
        RunRecord r = EntenteModel.run(sweep.inputsFor(run), sweep.seed(run), sweep.metrics().recording(series));
        StringBuilder line = new StringBuilder(256).append(design(sweep, run));
        for (double v : sweep.metrics().summarize(r)) {
            line.append(',').append(Numbers.format(v));
        }
        return new RunRow(line.toString(), series ? SeriesParts.member(run, r, sweep.metrics().series()) : null);
    }

    /** The start of a run's line that follows from the sweep alone: run, point, replication, seed, factor values. */
    static String design(Sweep sweep, int run) {
        int point = sweep.point(run);
        StringBuilder line = new StringBuilder(128);
        line.append(run).append(',').append(point).append(',').append(sweep.replication(run)).append(',')
                .append(Seeds.csvField(sweep.seed(run)));
        for (double v : sweep.design().values()[point]) {
            line.append(',').append(Numbers.format(v));
        }
        return line.toString();
    }
}
