package entente.model;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which series a run records. A full recording (what {@code run}, the window and comparisons
 * need) keeps every series day by day; a sweep, a calibration or a benchmark asks for the few
 * it reads: some day by day, others only as a running summary (initial, final, mean, peak,
 * trough). What nobody asked for is not computed (the best two-bloc split is searched for only
 * when one of its series is recorded).
 */
public final class Recording implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Every series, every day. */
    public static final Recording ALL = new Recording(null, Set.of());

    /** Day-by-day series; null for all of them. */
    private final Set<RunRecord.Key> daily;
    private final Set<RunRecord.Key> summarized;

    private Recording(Set<RunRecord.Key> daily, Set<RunRecord.Key> summarized) {
        this.daily = daily;
        this.summarized = summarized;
    }

    /**
     * The series in {@code daily} day by day, those in {@code summarized} (and not in daily)
     * as running summaries, nothing else. Series the scenario does not have are ignored.
     */
    public static Recording of(Collection<RunRecord.Key> daily, Collection<RunRecord.Key> summarized) {
        Set<RunRecord.Key> d = Set.copyOf(daily);
        Set<RunRecord.Key> s = new HashSet<>(summarized);
        s.removeAll(d);
        return new Recording(d, Set.copyOf(s));
    }

    /** These series day by day, nothing else. */
    public static Recording daily(Collection<RunRecord.Key> keys) {
        return of(keys, Set.of());
    }

    boolean keeps(RunRecord.Key k) {
        return daily == null || daily.contains(k) || summarized.contains(k);
    }

    boolean summarizes(RunRecord.Key k) {
        return daily != null && summarized.contains(k);
    }
}
