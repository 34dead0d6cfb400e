package entente.output;

import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.FutureTask;

/** Writes a run's results folder: tables, summary with manifest, and (optionally) charts. */
public final class RunOutput {
    private RunOutput() {}

    public static void write(RunRecord r, Scenario s, long seed, Path folder, boolean charts) throws IOException {
        RunFolder.write(folder, OutputKind.RUN, dir -> {
            // the charts are drawn while the tables are written
            FutureTask<List<Path>> pictures = new FutureTask<>(() -> Charts.write(r, s, dir));
            if (charts) {
                Thread t = new Thread(pictures, "entente-run-charts");
                t.setDaemon(true);
                t.start();
            }
            try {
                TimeseriesCsv.write(r, dir.resolve("timeseries.csv"));
                EventsCsv.write(r, dir.resolve("events.csv"));
                SummaryJson.write(r, s, seed, dir.resolve("summary.json"));
                if (charts) {
                    ChartFiles.done(pictures);
                }
            } finally {
                pictures.cancel(true); // done by now, unless writing a table failed
            }
        });
    }
}
