package entente.experiment;

import entente.calibration.Posterior;
import entente.model.EntenteModel;
import entente.model.Recording;
import entente.model.RunInputs;
import entente.model.EventCounts;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import entente.util.ParallelMap;
import entente.util.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A what-if against a base: both scenarios run over the same replications, each pair with the
 * same seed (common random numbers), so the states' choices differ only where the scenarios
 * make them differ. Daily means and differences of every series, and the effect on each
 * series' final, peak and mean value, on event counts and on user-defined {@link Outcome}s,
 * each with a 95% CI over replications. Each replication's summaries are kept as well
 * ({@link #perReplication()}).
 */
public final class Comparison {
    /** Summary statistics of a series that the effects table reports. */
    public static final List<String> STATISTICS = List.of("final", "peak", "mean");

    private final Scenario base;
    private final Scenario variant;
    /**
     * The base and variant resolved once for all replications; with a posterior, those of each
     * draw (replication r belongs to draw r / perDraw).
     */
    private final RunInputs[][] draws;
    /** Whether the comparison runs across a posterior's draws. */
    private final boolean posterior;
    private final int perDraw;
    private final int replications;
    private final long seed;
    private final boolean commonRandomNumbers;
    private final List<RunRecord.Key> keys = new ArrayList<>();
    private int days;
    private MeanEstimate[][] daily;
    private final Map<EffectKey, MeanEstimate> effects = new LinkedHashMap<>();
    private final Map<EffectKey, MeanEstimate[]> effectsByDraw = new LinkedHashMap<>();
    private RunRecord firstBase;
    private RunRecord firstVariant;
    private final List<Outcome> outcomes;
    /** What each replication keeps: the default summaries, event counts and the outcomes. */
    private final RunMetrics perRun;
    private final List<double[][]> replicationRows = new ArrayList<>();

    private Comparison(Scenario base, Scenario variant, Scenario[][] draws, int replications, long seed, boolean crn,
                       List<Outcome> outcomes) {
        this.base = base;
        this.variant = variant;
        this.posterior = draws != null;
        Scenario[][] pairs = draws == null ? new Scenario[][] {{base, variant}} : draws;
        this.draws = new RunInputs[pairs.length][];
        for (int d = 0; d < pairs.length; d++) {
            this.draws[d] = new RunInputs[] {RunInputs.of(pairs[d][0]), RunInputs.of(pairs[d][1])};
        }
        this.perDraw = draws == null ? replications : replications / draws.length;
        this.replications = replications;
        this.seed = seed;
        this.commonRandomNumbers = crn;
        this.outcomes = List.copyOf(outcomes);
        this.perRun = RunMetrics.forComparison(base, variant, STATISTICS, outcomes);
    }

    /**
     * Runs the comparison on {@code threads} threads; the result does not depend on the thread
     * count. With {@code crn} false the variant gets seeds of its own (to measure what common
     * random numbers save).
     */
    public static Comparison run(Scenario base, Scenario variant, int replications, long seed, int threads, boolean crn) {
        return run(base, variant, replications, seed, threads, crn, List.of());
    }

    /** As {@link #run(Scenario, Scenario, int, long, int, boolean)}, with effects on the given outcomes too. */
    public static Comparison run(Scenario base, Scenario variant, int replications, long seed, int threads, boolean crn,
                                 List<Outcome> outcomes) {
        if (replications < 2) {
            throw new IllegalArgumentException("a comparison needs at least two replications");
        }
        return new Comparison(base, variant, null, replications, seed, crn, outcomes).runAll(threads);
    }

    /**
     * The comparison across parameter uncertainty: for each of the posterior's draws (equally
     * weighted sets, {@link Posterior#draws}), base and variant with that set applied (the
     * variant keeps its own changes), run over {@code replications} with common random numbers
     * within the draw; every replication of every draw has a seed of its own. Effects are then
     * known per draw as well as pooled ({@link #effectByDraw}).
     */
    public static Comparison acrossPosterior(Scenario base, Scenario variant, Posterior posterior, int drawCount,
                                             int replications, long seed, int threads) {
        return acrossPosterior(base, variant, posterior, drawCount, replications, seed, threads, List.of());
    }

    /** As {@link #acrossPosterior(Scenario, Scenario, Posterior, int, int, long, int)}, with outcomes. */
    public static Comparison acrossPosterior(Scenario base, Scenario variant, Posterior posterior, int drawCount,
                                             int replications, long seed, int threads, List<Outcome> outcomes) {
        if (replications < 2 || drawCount < 2) {
            throw new IllegalArgumentException("a comparison across a posterior needs at least two draws and two replications");
        }
        double[][] sets = posterior.draws(drawCount, seed);
        Scenario[][] pairs = new Scenario[drawCount][];
        for (int d = 0; d < drawCount; d++) {
            pairs[d] = new Scenario[] {posterior.apply(base, sets[d]),
                variant.withParameters(posterior.apply(variant.parameters(), sets[d], base.parameters()))};
        }
        return new Comparison(base, variant, pairs, drawCount * replications, seed, true, outcomes).runAll(threads);
    }

    private Comparison runAll(int threads) {
        Comparison c = this;
        int chunk = Math.max(1, threads) * 4;
        for (int from = 0; from < replications; from += chunk) {
            int first = from;
            int count = Math.min(chunk, replications - from);
            List<RunRecord[]> pairs = ParallelMap.map(count, threads, k -> c.replicate(first + k));
            for (int k = 0; k < count; k++) {
                c.add(pairs.get(k)[0], pairs.get(k)[1], first + k);
            }
        }
        return c;
    }

    private RunRecord[] replicate(int r) {
        RunInputs[] pair = draws[r / perDraw];
        return new RunRecord[] {EntenteModel.run(pair[0], baseSeed(r), Recording.ALL),
            EntenteModel.run(pair[1], variantSeed(r), Recording.ALL)};
    }

    /** The seed of replication r of the base. */
    public long baseSeed(int r) {
        return Seeds.forRun(seed, r);
    }

    /** The seed of replication r of the variant: the base's with common random numbers. */
    public long variantSeed(int r) {
        return commonRandomNumbers ? baseSeed(r) : Seeds.forRun(~seed, r);
    }

    /** Adds replication r; replications arrive in index order, so sums are reproducible. */
    private void add(RunRecord b, RunRecord v, int r) {
        if (daily == null) {
            firstBase = b;
            firstVariant = v;
            days = Math.min(b.days(), v.days());
            for (RunRecord.Key k : b.keys()) {
                if (v.has(k.metric(), k.actor(), k.partner())) {
                    keys.add(k);
                }
            }
            daily = new MeanEstimate[keys.size()][days];
            for (MeanEstimate[] row : daily) {
                for (int d = 0; d < days; d++) {
                    row[d] = new MeanEstimate();
                }
            }
        }
        for (int k = 0; k < keys.size(); k++) {
            RunRecord.Key key = keys.get(k);
            double[] sb = b.series(key);
            double[] sv = v.series(key);
            for (int d = 0; d < days; d++) {
                daily[k][d].add(sb[d], sv[d]);
            }
            SeriesStats stb = SeriesStats.of(Arrays.copyOf(sb, days));
            SeriesStats stv = SeriesStats.of(Arrays.copyOf(sv, days));
            for (String stat : STATISTICS) {
                record(new EffectKey(key, stat), r, stb.get(stat), stv.get(stat));
            }
        }
        EventCounts cb = EventCounts.of(b);
        EventCounts cv = EventCounts.of(v);
        for (EventType t : EventType.values()) {
            record(EffectKey.count(t), r, cb.of(t), cv.of(t));
        }
        for (Outcome o : outcomes) {
            double[] ob = o.evaluate(b);
            double[] ov = o.evaluate(v);
            for (int i = 0; i < ob.length; i++) {
                record(EffectKey.outcome(o, o.kind().statistics().get(i)), r, ob[i], ov[i]);
            }
        }
        replicationRows.add(new double[][] {perRun.summarize(b), perRun.summarize(v)});
    }

    private void record(EffectKey key, int r, double b, double v) {
        effects.computeIfAbsent(key, n -> new MeanEstimate()).add(b, v);
        if (posterior) {
            MeanEstimate[] byDraw = effectsByDraw.computeIfAbsent(key, n -> new MeanEstimate[draws.length]);
            int d = r / perDraw;
            if (byDraw[d] == null) {
                byDraw[d] = new MeanEstimate();
            }
            byDraw[d].add(b, v);
        }
    }

    /**
     * What an effect is measured on: a statistic ("final", "peak", "mean") of a series, or the
     * "count" of an event type, whose series is ("events", TYPE, "").
     */
    public record EffectKey(RunRecord.Key series, String statistic) {
        public static EffectKey count(EventType type) {
            return new EffectKey(new RunRecord.Key("events", type.name(), ""), "count");
        }

        /** A statistic of an outcome ("probability", "day", "count", "value"); its series is (name, "", ""). */
        public static EffectKey outcome(Outcome o, String statistic) {
            return new EffectKey(new RunRecord.Key(o.name(), "", ""), statistic);
        }
    }

    public Scenario base() { return base; }
    public Scenario variant() { return variant; }
    public int replications() { return replications; }
    public long seed() { return seed; }
    public boolean commonRandomNumbers() { return commonRandomNumbers; }
    public List<RunRecord.Key> keys() { return List.copyOf(keys); }
    public int days() { return days; }
    public LocalDate date(int day) { return firstBase.date(day); }

    public MeanEstimate daily(RunRecord.Key key, int day) {
        return daily(keys.indexOf(key), day);
    }

    /** The daily estimate of the k-th key of {@link #keys()}. */
    public MeanEstimate daily(int k, int day) {
        return daily[k][day];
    }

    /** The effect on a statistic of a series or on an event count; see {@link EffectKey}. */
    public MeanEstimate effect(EffectKey key) {
        MeanEstimate e = effects.get(key);
        if (e == null) {
            throw new IllegalArgumentException("no effect " + key);
        }
        return e;
    }

    public MeanEstimate effect(RunRecord.Key series, String statistic) {
        return effect(new EffectKey(series, statistic));
    }

    /** Draws of the posterior compared, or 0 without one. */
    public int draws() {
        return posterior ? draws.length : 0;
    }

    /** Replications per draw (all replications without a posterior). */
    public int replicationsPerDraw() {
        return perDraw;
    }

    /** The effect in each draw of the posterior; only for a comparison across one. */
    public MeanEstimate[] effectByDraw(EffectKey key) {
        MeanEstimate[] e = effectsByDraw.get(key);
        if (e == null) {
            throw new IllegalArgumentException("no effect by draw " + key + (posterior ? "" : " (no posterior)"));
        }
        return e.clone();
    }

    /** The effect with its seed-only and total intervals; only for a comparison across a posterior. */
    public EffectUncertainty uncertainty(EffectKey key) {
        return EffectUncertainty.of(effectByDraw(key));
    }

    /** Every effect, in a stable order. */
    public Map<EffectKey, MeanEstimate> effects() {
        return java.util.Collections.unmodifiableMap(effects);
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** The column names of {@link #perReplication()}: summaries, event counts, outcomes. */
    public List<String> replicationColumns() {
        return perRun.columns();
    }

    /** Per replication, in order: {base values, variant values}, each in {@link #replicationColumns()} order. */
    public List<double[][]> perReplication() {
        return java.util.Collections.unmodifiableList(replicationRows);
    }

    /** The first replication of each side, for event markers. */
    public RunRecord firstBase() { return firstBase; }
    public RunRecord firstVariant() { return firstVariant; }
}
