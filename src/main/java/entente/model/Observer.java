package entente.model;

import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.io.Serializable;

/**
 * Records the metrics of docs/model.md once a day, after the day's update: those the run's
 * {@link Recording} keeps, and only those are computed.
 */
final class Observer implements Serializable {
    private static final long serialVersionUID = 1L;

    private final World w;
    private final RunRecord record;
    private final int[] tri;
    private final int[] counter;
    private final int[] hedgers;
    private final int poleA;
    private final int poleB;
    private final int trilateral, counterBloc, polarization, frustration, changed, index;
    private final int[] escalation, hedging, side;
    private final int[][] affinity, threat;
    private final double[][] alignment;
    /** Whether a series of the best two-bloc split is recorded (else it is never searched for). */
    private final boolean partition;
    /** Whether any pair's affinity or threat is recorded. */
    private final boolean pairs;
    private int[] lastSide;

    Observer(World w, RunRecord record, Scenario s) {
        this.w = w;
        this.record = record;
        tri = s.trilateral().stream().mapToInt(w::index).toArray();
        counter = s.counter().stream().mapToInt(w::index).toArray();
        poleA = w.index(s.hedgingPoles().get(0));
        poleB = w.index(s.hedgingPoles().get(1));
        List<Integer> h = new ArrayList<>();
        for (int i = 0; i < w.n; i++) {
            if (i != poleA && i != poleB) {
                h.add(i);
            }
        }
        hedgers = h.stream().mapToInt(Integer::intValue).toArray();
        trilateral = tri.length >= 2 ? record.register(Metric.COHESION_TRILATERAL.series()) : -1;
        counterBloc = counter.length >= 2 ? record.register(Metric.COHESION_COUNTER.series()) : -1;
        polarization = tri.length > 0 && counter.length > 0 ? record.register(Metric.POLARIZATION.series()) : -1;
        frustration = record.register(Metric.FRUSTRATION.series());
        changed = record.register(Metric.PARTITION_CHANGED.series());
        index = record.register(Metric.ESCALATION_INDEX.series());
        escalation = new int[w.n];
        side = new int[w.n];
        alignment = new double[w.n][w.n];
        affinity = new int[w.n][w.n];
        threat = new int[w.n][w.n];
        boolean anySide = false;
        for (int i = 0; i < w.n; i++) {
            escalation[i] = record.register(Metric.ESCALATION.series(w.ids[i]));
            side[i] = record.register(Metric.BLOC_SIDE.series(w.ids[i]));
            anySide |= side[i] >= 0;
        }
        hedging = new int[hedgers.length];
        for (int k = 0; k < hedgers.length; k++) {
            hedging[k] = record.register(Metric.HEDGING.series(w.ids[hedgers[k]]));
        }
        boolean anyPair = false;
        for (int i = 0; i < w.n; i++) {
            affinity[i][i] = threat[i][i] = -1;
            for (int j = 0; j < w.n; j++) {
                if (i != j) {
                    affinity[i][j] = record.register(Metric.AFFINITY.series(w.ids[i], w.ids[j]));
                    threat[i][j] = record.register(Metric.THREAT.series(w.ids[i], w.ids[j]));
                    anyPair |= affinity[i][j] >= 0 || threat[i][j] >= 0;
                }
            }
        }
        pairs = anyPair;
        partition = frustration >= 0 || changed >= 0 || anySide;
    }

    private double[] row;
    private int at;

    private void set(int series, double v) {
        if (series >= 0) {
            row[at + series] = v;
        }
    }

    void observe(int day) {
        row = record.row(day);
        at = record.offset(day);
        boolean blocs = trilateral >= 0 || counterBloc >= 0 || polarization >= 0;
        double cohesionTri = blocs ? meanAlignment(tri, tri) : 0;
        double cohesionCounter = blocs ? meanAlignment(counter, counter) : 0;
        set(trilateral, cohesionTri);
        set(counterBloc, cohesionCounter);
        if (polarization >= 0) {
            set(polarization, polarization(cohesionTri, cohesionCounter));
        }
        if (partition) {
            BlocPartition.Result best = BlocPartition.best(w.capability, alignments(), lastSide);
            set(frustration, best.energy());
            set(changed, lastSide != null && !java.util.Arrays.equals(lastSide, best.side()) ? 1 : 0);
            lastSide = best.side();
            for (int i = 0; i < w.n; i++) {
                set(side[i], best.side()[i]);
            }
        }
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < w.n; i++) {
            weighted += w.capability[i] * w.escalation[i];
            total += w.capability[i];
            set(escalation[i], w.escalation[i]);
            for (int j = 0; pairs && j < w.n; j++) {
                if (i != j) {
                    set(affinity[i][j], w.affinity[i][j]);
                    set(threat[i][j], w.threat[i][j]);
                }
            }
        }
        set(index, total > 0 ? weighted / total : 0);
        for (int k = 0; k < hedgers.length; k++) {
            int i = hedgers[k];
            set(hedging[k], w.alignment(i, poleA) - w.alignment(i, poleB));
        }
        record.dayDone(day);
    }

    private double[][] alignments() {
        for (int i = 0; i < w.n; i++) {
            for (int j = 0; j < w.n; j++) {
                alignment[i][j] = i == j ? 0 : w.alignment(i, j);
            }
        }
        return alignment;
    }

    /** Mean alignment over distinct pairs drawn from the two groups (within a group when a == b). */
    private double meanAlignment(int[] a, int[] b) {
        double sum = 0;
        int count = 0;
        for (int i : a) {
            for (int j : b) {
                if (i < j || a != b && i != j) {
                    sum += w.alignment(i, j);
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** Mean alignment within the two blocs (weighted by their pairs) minus the mean across them. */
    private double polarization(double cohesionTri, double cohesionCounter) {
        double within = 0;
        int pairs = 0;
        double[] cohesion = {cohesionTri, cohesionCounter};
        int[][] blocs = {tri, counter};
        for (int b = 0; b < 2; b++) {
            int m = blocs[b].length * (blocs[b].length - 1) / 2;
            if (m > 0) {
                within += cohesion[b] * m;
                pairs += m;
            }
        }
        double withinMean = pairs == 0 ? 0 : within / pairs;
        return withinMean - meanAlignment(tri, counter);
    }
}
