package entente.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run produced, kept in memory: one daily series per (metric, actor, partner)
 * and every event that fired. A non-finite value is a model bug and fails at once.
 */
public final class RunRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Identifies a series; actor and partner are "" where they do not apply. */
    public record Key(String metric, String actor, String partner) implements Serializable {}

    private final LocalDate start;
    private final int capacity;
    private final String[] actors;
    private final Recording recording;
    /** The series kept day by day, in the order the observer registered them. */
    private final List<Key> keys = new ArrayList<>();
    private final Map<Key, Integer> index = new HashMap<>();
    /** Day-major: the values of one day sit together, in key order. */
    private double[] values = new double[0];
    /** The series kept as running summaries only, and their summaries. */
    private final Map<Key, RunningStats> summaries = new HashMap<>();
    /** The registered series, slot by slot, and where each slot goes: a daily series' column, or -1 - its summary. */
    private final List<Key> registered = new ArrayList<>();
    private final List<Integer> slots = new ArrayList<>();
    private final List<RunningStats> summarySlots = new ArrayList<>();
    private int[] slotOf;
    /** The observer's row of one day, when some series are summarized (else it writes into values). */
    private double[] dayRow;
    private final List<ModelEvent> events = new ArrayList<>();
    private final List<FiredChange> changes = new ArrayList<>();
    private int daysRecorded;

    /** A dated policy change that took effect on {@code day}: an input of the scenario. */
    public record FiredChange(int day, String id, String source) implements Serializable {}

    RunRecord(LocalDate start, int capacity, String[] actors, Recording recording) {
        this.start = start;
        this.capacity = capacity;
        this.actors = actors.clone();
        this.recording = recording;
    }

    /** The slot the observer writes the series into each day, or -1 when it is not recorded. */
    int register(Key k) {
        if (daysRecorded > 0) {
            throw new IllegalStateException("series are registered before the first day");
        }
        if (!recording.keeps(k)) {
            return -1;
        }
        if (recording.summarizes(k)) {
            RunningStats st = new RunningStats();
            summaries.put(k, st);
            summarySlots.add(st);
            slots.add(-summarySlots.size());
            registered.add(k);
        } else {
            index.put(k, keys.size());
            slots.add(keys.size());
            registered.add(k);
            keys.add(k);
        }
        return slots.size() - 1;
    }

    /** Where the observer writes day {@code day}, from {@link #offset}: slot s holds registered series s. */
    double[] row(int day) {
        if (slotOf == null) {
            slotOf = slots.stream().mapToInt(Integer::intValue).toArray();
            values = new double[capacity * keys.size()];
            dayRow = summaries.isEmpty() ? null : new double[slotOf.length];
        }
        return dayRow != null ? dayRow : values;
    }

    int offset(int day) {
        return dayRow != null ? 0 : day * keys.size();
    }

    /** Closes a day; a non-finite value is a model bug and fails the run loudly. */
    void dayDone(int day) {
        double[] row = row(day);
        int at = offset(day);
        for (int s = 0; s < slotOf.length; s++) {
            double v = row[at + s];
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("non-finite value " + v + " for " + registered.get(s) + " on " + date(day));
            }
        }
        if (dayRow != null) {
            for (int s = 0; s < slotOf.length; s++) {
                int slot = slotOf[s];
                if (slot >= 0) {
                    values[day * keys.size() + slot] = dayRow[s];
                } else {
                    summarySlots.get(-1 - slot).add(dayRow[s]);
                }
            }
        }
        daysRecorded = day + 1;
    }

    void fired(ModelEvent e) {
        events.add(e);
    }

    void changed(FiredChange c) {
        changes.add(c);
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    /** Days recorded so far (the whole period after a full run). */
    public int days() {
        return daysRecorded;
    }

    public List<String> actors() {
        return List.of(actors);
    }

    public List<Key> keys() {
        return Collections.unmodifiableList(keys);
    }

    public boolean has(String metric, String actor, String partner) {
        return has(new Key(metric, actor, partner));
    }

    public boolean has(Key k) {
        return index.containsKey(k);
    }

    /** The recorded days of a series (a copy). */
    public double[] series(String metric, String actor, String partner) {
        Integer i = index.get(new Key(metric, actor, partner));
        if (i == null) {
            throw new IllegalArgumentException("no series " + metric + "/" + actor + "/" + partner);
        }
        double[] out = new double[daysRecorded];
        for (int d = 0; d < daysRecorded; d++) {
            out[d] = values[d * keys.size() + i];
        }
        return out;
    }

    public double[] series(Key k) {
        return series(k.metric(), k.actor(), k.partner());
    }

    /** Initial, final, mean, peak and trough of a recorded series, kept day by day or as a summary. */
    public RunningStats stats(Key k) {
        RunningStats st = summaries.get(k);
        return st != null ? st : RunningStats.of(series(k));
    }

    /** Value of a series on a day, without copying. */
    public double value(Key k, int day) {
        return values[day * keys.size() + index.get(k)];
    }

    public List<ModelEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The policy changes that took effect, in the order they did. */
    public List<FiredChange> changes() {
        return Collections.unmodifiableList(changes);
    }
}
