package entente.model;

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
public final class RunRecord {
    /** Identifies a series; actor and partner are "" where they do not apply. */
    public record Key(String metric, String actor, String partner) {}

    private final LocalDate start;
    private final int capacity;
    private final String[] actors;
    private final List<Key> keys = new ArrayList<>();
    private final Map<Key, Integer> index = new HashMap<>();
    private final List<double[]> values = new ArrayList<>();
    private final List<ModelEvent> events = new ArrayList<>();
    private int daysRecorded;

    RunRecord(LocalDate start, int capacity, String[] actors) {
        this.start = start;
        this.capacity = capacity;
        this.actors = actors.clone();
    }

    int register(String metric, String actor, String partner) {
        Key k = new Key(metric, actor, partner);
        index.put(k, keys.size());
        keys.add(k);
        values.add(new double[capacity]);
        return keys.size() - 1;
    }

    void set(int series, int day, double v) {
        if (!Double.isFinite(v)) {
            Key k = keys.get(series);
            throw new IllegalStateException("non-finite value " + v + " for " + k + " on " + date(day));
        }
        values.get(series)[day] = v;
    }

    void dayDone(int day) {
        daysRecorded = day + 1;
    }

    void fired(ModelEvent e) {
        events.add(e);
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
        return index.containsKey(new Key(metric, actor, partner));
    }

    /** The recorded days of a series (a copy). */
    public double[] series(String metric, String actor, String partner) {
        Integer i = index.get(new Key(metric, actor, partner));
        if (i == null) {
            throw new IllegalArgumentException("no series " + metric + "/" + actor + "/" + partner);
        }
        return java.util.Arrays.copyOf(values.get(i), daysRecorded);
    }

    public double[] series(Key k) {
        return series(k.metric(), k.actor(), k.partner());
    }

    /** Value of a series on a day, without copying. */
    public double value(Key k, int day) {
        return values.get(index.get(k))[day];
    }

    public List<ModelEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
