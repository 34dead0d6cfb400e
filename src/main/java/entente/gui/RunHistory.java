package entente.gui;

import entente.model.RunRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of this session that a Reset ended, newest first, kept to be drawn as faded lines
 * and compared with: the watched series of the last few.
 */
final class RunHistory {
    static final int KEEP = 3;

    /** A finished (or abandoned) run: its number in the session, its settings, its watched series. */
    record PastRun(int number, String settings, Map<RunRecord.Key, double[]> series) {
        double[] series(RunRecord.Key k) {
            return series.get(k);
        }
    }

    private final List<PastRun> runs = new ArrayList<>();
    private int kept;

    /** The number of the current run: one more than the runs kept so far. */
    int current() {
        return kept + 1;
    }

    /** Keeps the watched series of the current run (unless it never got past its first day). */
    void keep(String settings, RunRecord r, List<RunRecord.Key> watched) {
        if (r == null || r.days() < 2) {
            return;
        }
        int number = current();
        kept++;
        Map<RunRecord.Key, double[]> series = new HashMap<>();
        for (RunRecord.Key k : watched) {
            if (r.has(k.metric(), k.actor(), k.partner())) {
                series.put(k, r.series(k));
            }
        }
        runs.add(0, new PastRun(number, settings, series));
        if (runs.size() > KEEP) {
            runs.remove(KEEP);
        }
    }

    /** Newest first. */
    List<PastRun> runs() {
        return List.copyOf(runs);
    }

    /** The run before the current one, or null. */
    PastRun previous() {
        return runs.isEmpty() ? null : runs.get(0);
    }
}
