package entente.validation;

import entente.model.EntenteModel;
import entente.model.Recording;
import entente.model.RunInputs;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
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
import java.util.TreeSet;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Scores the agents' own behaviour against the public record: N replications of a scenario,
 * the days on which one actor chose an event of one type itself (timeline inputs are counted
 * apart and never scored), set against the record month by month and against two naive
 * baselines simulated N times over the same months.
 */
public final class Backtest {
    /** A launch counts as following a drill on the day the drill starts or in the 13 days after. */
    public static final int DRILL_WINDOW_DAYS = 14;
    /** The quantiles of the model's monthly counts that monthly.csv and the chart show. */
    public static final double[] FAN = {0.05, 0.25, 0.5, 0.75, 0.95};
    public static final String ALL = "all";
    /** A month is quiet when the record has at most this many launch days in it. */
    public static final int QUIET_MONTH_MAX = 1;

    private final Scenario scenario;
    private final History history;
    private final String actor;
    private final EventType type;
    private final long seed;
    private final ScoredMonths months;
    private final Sample record;
    private final Sample model;
    private final List<LaunchBaseline> baselines;
    private final List<Sample> baselineSamples = new ArrayList<>();
    private final double[] inputs;
    private final Map<String, double[]> meanSeries = new LinkedHashMap<>();
    private final List<Score> scores = new ArrayList<>();
    private final List<TargetResult> targets = new ArrayList<>();

    /** What one replication of the model leaves for scoring. */
    private record ModelRun(List<LocalDate> chosen, List<LocalDate> inputs, Map<String, double[]> series) {}

    private Backtest(Scenario scenario, History history, String actor, EventType type, long seed, ScoredMonths months,
                     List<ModelRun> runs, List<LaunchBaseline> baselines) {
        this.scenario = scenario;
        this.history = history;
        this.actor = actor;
        this.type = type;
        this.seed = seed;
        this.months = months;
        this.record = new Sample("record", months, List.of(history.launches()));
        this.model = new Sample("model", months, runs.stream().map(ModelRun::chosen).toList());
        this.inputs = new Sample("inputs", months, runs.stream().map(ModelRun::inputs).toList()).meanMonthly();
        this.baselines = baselines;
        for (ModelRun run : runs) {
            run.series().forEach((name, s) -> {
                double[] sum = meanSeries.computeIfAbsent(name, n -> new double[s.length]);
                for (int d = 0; d < s.length; d++) {
                    sum[d] += s[d] / runs.size();
                }
            });
        }
    }

    /**
     * Runs the backtest on {@code threads} threads; the result does not depend on the thread
     * count. {@code months} must not be empty and {@code actor} must be one of the scenario's.
     */
    public static Backtest run(Scenario s, History h, String actor, EventType type, int replications, long seed,
                               int threads, List<Target> targets) {
        ScoredMonths months = ScoredMonths.of(s.start(), s.end(), h.holdout());
        int who = s.actorIds().indexOf(actor);
        if (months.isEmpty() || who < 0 || replications < 1) {
            throw new IllegalArgumentException("nothing to score: months " + months + ", actor " + actor
                    + ", replications " + replications);
        }
        List<String> series = targets.stream().flatMap(t -> t.series().stream()).distinct().toList();
        RunInputs inputs = RunInputs.of(s);
        Recording recording = Recording.daily(series.stream().map(Backtest::key).toList());
        List<ModelRun> runs = ParallelMap.map(replications, threads,
                r -> extract(EntenteModel.run(inputs, Seeds.forRun(seed, r), recording), who, type, series));
        List<LaunchBaseline> baselines = List.of(LaunchBaseline.poisson(h), LaunchBaseline.hawkes(h));
        Backtest b = new Backtest(s, h, actor, type, seed, months, runs, baselines);
        for (int k = 0; k < baselines.size(); k++) {
            b.baselineSamples.add(b.simulate(baselines.get(k), k, replications));
        }
        b.score();
        targets.forEach(t -> b.targets.add(new TargetCheck(b).evaluate(t)));
        return b;
    }

    private static ModelRun extract(RunRecord r, int actor, EventType type, List<String> series) {
        TreeSet<LocalDate> chosen = new TreeSet<>();
        TreeSet<LocalDate> inputs = new TreeSet<>();
        for (ModelEvent e : r.events()) {
            if (e.type() == type && Arrays.stream(e.actors()).anyMatch(a -> a == actor)) {
                (chosenByAgent(e) ? chosen : inputs).add(r.date(e.day()));
            }
        }
        Map<String, double[]> kept = new LinkedHashMap<>();
        for (String name : series) {
            RunRecord.Key k = key(name);
            if (r.has(k.metric(), k.actor(), k.partner())) {
                kept.put(name, r.series(k));
            }
        }
        return new ModelRun(List.copyOf(chosen), List.copyOf(inputs), kept);
    }

    /**
     * An event a state chose in a deliberation, as opposed to one scripted in the timeline or
     * injected. Compared by name so that it holds whether the origin is a string or an enum.
     */
    static boolean chosenByAgent(ModelEvent e) {
        return e.origin() == EventOrigin.DECISION;
    }

    /** "hedging.KOR" and "affinity.KOR.JPN" as series keys. */
    static RunRecord.Key key(String name) {
        String[] p = name.split("\\.", -1);
        return new RunRecord.Key(p[0], p[1], p.length > 2 ? p[2] : "");
    }

    /** N replications of a baseline, each on a seed of its own from the master seed, the baseline and the index. */
    private Sample simulate(LaunchBaseline b, int stream, int replications) {
        long master = Seeds.forRun(seed, -1 - stream);
        List<List<LocalDate>> reps = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            reps.add(b.simulate(months.firstDay(), months.lastDay(), new MersenneTwister(Seeds.forRun(master, r))));
        }
        return new Sample(b.name(), months, reps);
    }

    private void score() {
        for (String set : List.of(ALL, Split.IN_SAMPLE.label(), Split.HELD_OUT.label())) {
            int[] k = indices(set);
            if (k.length < 2) {
                continue; // no correlation or dispersion on fewer than two months
            }
            double[] rec = Sample.pick(record.meanMonthly(), k);
            scores.add(score("monthly_r", set, "Pearson r of the mean monthly launch days with the record",
                    Double.NaN, s -> Scores.pearson(Sample.pick(s.meanMonthly(), k), rec), Score.Better.HIGHER));
            scores.add(score("monthly_r_per_replication", set, "Pearson r of each replication's monthly launch days "
                    + "with the record, averaged over replications where it is defined", Double.NaN,
                    s -> s.meanCorrelation(k, rec), Score.Better.HIGHER));
            scores.add(score("monthly_rmse", set, "root mean square error of the mean monthly launch days",
                    Double.NaN, s -> Scores.rmse(Sample.pick(s.meanMonthly(), k), rec), Score.Better.LOWER));
            scores.add(score("dispersion", set, "variance / mean of monthly launch days, per replication, averaged",
                    record.dispersion(k), s -> s.dispersion(k), Score.Better.CLOSER_TO_RECORD));
        }
        scores.add(score("total", ALL, "launch days in the " + months.size() + " scored months",
                record.total(indices(ALL)), s -> s.total(indices(ALL)), Score.Better.CLOSER_TO_RECORD));
        for (int year : months.years()) {
            int[] k = months.indices(year);
            scores.add(score("total", String.valueOf(year), "launch days in " + year + " (" + k.length + " scored months)",
                    record.total(k), s -> s.total(k), Score.Better.CLOSER_TO_RECORD));
        }
        int[] quiet = quietMonths();
        if (quiet.length > 0) {
            scores.add(score("quiet_months", ALL, "mean launch days in the " + quiet.length + " months in which the record "
                    + "has at most " + QUIET_MONTH_MAX + " (overshooting them means launching when the real state was quiet)",
                    record.total(quiet) / quiet.length, s -> s.total(quiet) / quiet.length, Score.Better.CLOSER_TO_RECORD));
        }
        List<LocalDate> drills = history.drillStarts();
        scores.add(score("drill_share", ALL, "share of launch days within " + DRILL_WINDOW_DAYS
                        + " days after an allied drill starts (pooled over replications)",
                record.windowShare(drills, DRILL_WINDOW_DAYS), s -> s.windowShare(drills, DRILL_WINDOW_DAYS),
                Score.Better.CLOSER_TO_RECORD));
        scores.add(new Score("drill_chance", ALL, "chance rate: share of the scored days within " + DRILL_WINDOW_DAYS
                + " days after an allied drill starts (record column)", Scores.chanceRate(months.days(), drills,
                DRILL_WINDOW_DAYS), Double.NaN, Map.of(), Score.Better.NONE));
        scores.add(new Score("timeline_inputs", ALL, "the actor's launch days that were timeline inputs, not choices "
                + "(model column; never scored)", Double.NaN, sum(inputs), Map.of(), Score.Better.NONE));
    }

    /** The scored months in which the record is quiet (at most {@link #QUIET_MONTH_MAX} launch days). */
    int[] quietMonths() {
        double[] rec = record.meanMonthly();
        return Arrays.stream(months.all()).filter(k -> rec[k] <= QUIET_MONTH_MAX).toArray();
    }

    private interface Measure {
        double of(Sample s);
    }

    private Score score(String id, String set, String description, double recordValue, Measure m, Score.Better better) {
        Map<String, Double> base = new LinkedHashMap<>();
        baselineSamples.forEach(s -> base.put(s.name(), m.of(s)));
        return new Score(id, set, description, recordValue, m.of(model), base, better);
    }

    /** The months of "all", "in-sample" or "held-out". */
    int[] indices(String set) {
        for (Split s : Split.values()) {
            if (s.label().equals(set)) {
                return months.indices(s);
            }
        }
        return months.all();
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** The score of an id on a set of months ("all", "held-out", "2022"), or null if it was not scored. */
    public Score score(String id, String set) {
        return scores.stream().filter(s -> s.id().equals(id) && s.months().equals(set)).findFirst().orElse(null);
    }

    public Scenario scenario() { return scenario; }
    public History history() { return history; }
    public String actor() { return actor; }
    public EventType type() { return type; }
    public long seed() { return seed; }
    public int replications() { return model.replications(); }
    public ScoredMonths months() { return months; }
    public Sample record() { return record; }
    public Sample model() { return model; }
    public List<LaunchBaseline> baselines() { return baselines; }
    public List<Sample> baselineSamples() { return List.copyOf(baselineSamples); }
    /** Mean launch days per scored month that were timeline inputs. */
    public double[] inputs() { return inputs.clone(); }
    /** The replication mean of each series a target named, day by day over the period. */
    public Map<String, double[]> meanSeries() { return meanSeries; }
    public List<Score> scores() { return List.copyOf(scores); }
    public List<TargetResult> targets() { return List.copyOf(targets); }
}
