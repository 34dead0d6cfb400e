package entente.experiment;

import entente.util.DidYouMean;
import entente.model.EntenteModel;
import entente.model.EventCounts;
import entente.model.Metric;
import entente.model.ModelEvent;
import entente.model.Recording;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sweep keeps of a run: chosen summaries (initial, final, mean, peak, trough) of chosen
 * daily series, named like summary.json does ({@code escalation.PRK}), and, under the
 * pseudo-metric {@code events}, event counts in total, by origin and by type; then the
 * user-defined {@link Outcome}s.
 */
public final class RunMetrics {
    public static final List<String> SUMMARIES = List.of("initial", "final", "mean", "peak", "trough");
    public static final String EVENTS = "events";
    /** Where events come from in a sweep run (nothing is injected). */
    private static final List<EventOrigin> ORIGINS = List.of(EventOrigin.SCENARIO, EventOrigin.DECISION);
    /** Series kept when a sweep file names none: cohesion, escalation and hedging. */
    private static final Set<String> DEFAULT_METRICS = Set.of(Metric.COHESION_TRILATERAL.key(),
            Metric.COHESION_COUNTER.key(), Metric.POLARIZATION.key(), Metric.ESCALATION_INDEX.key(),
            Metric.ESCALATION.key(), Metric.HEDGING.key());

    private final List<RunRecord.Key> series;
    private final List<String> summaries;
    private final boolean events;
    private final List<EventType> eventTypes;
    private final List<Outcome> outcomes;
    private final int width;
    private final Recording summaryRecording;
    private final Recording dailyRecording;

    private RunMetrics(List<RunRecord.Key> series, List<String> summaries, boolean events,
                       List<EventType> eventTypes, List<Outcome> outcomes) {
        this.series = List.copyOf(series);
        this.summaries = List.copyOf(summaries);
        this.events = events;
        this.eventTypes = eventTypes;
        this.outcomes = List.copyOf(outcomes);
        this.width = columns().size();
        this.summaryRecording = recording(List.of());
        this.dailyRecording = recording(this.series);
    }

    /** The series a run of this scenario records, by name, in the model's order. */
    public static Map<String, RunRecord.Key> available(Scenario s) {
        EntenteModel m = new EntenteModel(s, 0);
        m.start(); // registers every series; no day is simulated
        Map<String, RunRecord.Key> out = new LinkedHashMap<>();
        for (RunRecord.Key k : m.record().keys()) {
            out.put(name(k), k);
        }
        return out;
    }

    /** The default metrics: cohesion, polarization, escalation (index and per state), hedging, events. */
    public static List<String> defaults(Scenario s) {
        List<String> out = new ArrayList<>();
        available(s).forEach((name, k) -> {
            if (k.partner().isEmpty() && DEFAULT_METRICS.contains(k.metric())) {
                out.add(name);
            }
        });
        out.add(EVENTS);
        return out;
    }

    /** Metrics by name (each from {@link #available} or {@link #EVENTS}) and summaries from {@link #SUMMARIES}. */
    public static RunMetrics of(Scenario s, List<String> metrics, List<String> summaries) {
        return of(s, metrics, summaries, List.of());
    }

    /** As {@link #of(Scenario, List, List)}, followed by the columns of the outcomes. */
    public static RunMetrics of(Scenario s, List<String> metrics, List<String> summaries, List<Outcome> outcomes) {
        Map<String, RunRecord.Key> known = available(s);
        List<RunRecord.Key> keys = new ArrayList<>();
        for (String m : metrics) {
            if (!m.equals(EVENTS)) {
                RunRecord.Key k = known.get(m);
                if (k == null) {
                    throw new IllegalArgumentException("unknown metric '" + m + "'" + DidYouMean.hint(m, known.keySet()));
                }
                keys.add(k);
            }
        }
        return new RunMetrics(keys, summaries, metrics.contains(EVENTS), List.copyOf(eventTypes(s)), outcomes);
    }

    /** The event types a scenario can fire: those of its timeline and of its states' options. */
    private static Set<EventType> eventTypes(Scenario s) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        s.events().forEach(e -> types.add(e.type()));
        s.actions().forEach(a -> types.add(a.type()));
        return types;
    }

    /**
     * What a comparison keeps of each replication: the default series' final, peak and mean,
     * event counts of every type either scenario can fire, and the outcomes.
     */
    public static RunMetrics forComparison(Scenario base, Scenario variant, List<String> summaries,
                                           List<Outcome> outcomes) {
        RunMetrics m = of(base, defaults(base), summaries, outcomes);
        Set<EventType> types = eventTypes(base);
        types.addAll(eventTypes(variant));
        return new RunMetrics(m.series, summaries, true, List.copyOf(types), outcomes);
    }

    public static String name(RunRecord.Key k) {
        StringBuilder b = new StringBuilder(k.metric());
        for (String part : new String[] {k.actor(), k.partner()}) {
            if (!part.isEmpty()) {
                b.append('.').append(part);
            }
        }
        return b.toString();
    }

    /** The kept series, for the daily table. */
    public List<RunRecord.Key> series() {
        return series;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * What a run must record for these metrics: the kept series as running summaries (day by
     * day with {@code daily}, for a sweep's --series), and day by day the series that outcomes
     * follow through the days.
     */
    public Recording recording(boolean daily) {
        return daily ? dailyRecording : summaryRecording;
    }

    private Recording recording(List<RunRecord.Key> daily) {
        List<RunRecord.Key> days = new ArrayList<>(daily);
        for (Outcome o : outcomes) {
            if (o.series() != null) {
                days.add(o.series());
            }
        }
        return Recording.of(days, series);
    }

    /** Output columns: {@code <series>.<summary>} for each pair, then the event counts, then the outcomes'. */
    public List<String> columns() {
        List<String> out = new ArrayList<>();
        for (RunRecord.Key k : series) {
            for (String s : summaries) {
                out.add(name(k) + "." + s);
            }
        }
        if (events) {
            out.add("events.total");
            ORIGINS.forEach(o -> out.add("events." + o.key()));
            eventTypes.forEach(t -> out.add("events." + t));
        }
        outcomes.forEach(o -> out.addAll(o.columns()));
        return out;
    }

    /** The run's values in the order of {@link #columns()}. */
    public double[] summarize(RunRecord r) {
        double[] out = new double[width];
        int c = 0;
        for (RunRecord.Key k : series) {
            SeriesStats st = SeriesStats.of(r, k);
            for (String s : summaries) {
                out[c++] = st.get(s);
            }
        }
        if (events) {
            EventCounts counts = EventCounts.of(r);
            out[c++] = counts.total();
            for (EventOrigin o : ORIGINS) {
                out[c++] = counts.of(o);
            }
            for (EventType t : eventTypes) {
                out[c++] = counts.of(t);
            }
        }
        for (Outcome o : outcomes) {
            for (double v : o.evaluate(r)) {
                out[c++] = v;
            }
        }
        return out;
    }
}
