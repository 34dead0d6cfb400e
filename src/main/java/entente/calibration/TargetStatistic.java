package entente.calibration;

import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A number measured on a run, to hold against a target: a series' value on a day, its change
 * or mean over a window, a count of events or of the days with one in a window, or the
 * dispersion (variance / mean) of those days month by month — optionally minus another such
 * number (e.g. South Korea's hedging minus Japan's). Counts may keep only some subtypes.
 */
public record TargetStatistic(Kind kind, RunRecord.Key series, EventType eventType, String eventActor,
                              EventOrigin eventOrigin, List<String> subtypes, LocalDate from, LocalDate to,
                              TargetStatistic minus) {

    /**
     * What is measured. DAYS counts the days with at least one matching event (a launch day, as
     * the public record counts them); DISPERSION is the sample variance over the mean of those
     * days per calendar month of the window (1 for a Poisson process, above it for bursts).
     */
    public enum Kind {
        VALUE, CHANGE, MEAN, COUNT, DAYS, DISPERSION;

        /** True for the kinds that count events rather than read a series. */
        public boolean countsEvents() {
            return this == COUNT || this == DAYS || this == DISPERSION;
        }
    }

    /** Without a subtype filter. */
    public TargetStatistic(Kind kind, RunRecord.Key series, EventType eventType, String eventActor,
                           EventOrigin eventOrigin, LocalDate from, LocalDate to, TargetStatistic minus) {
        this(kind, series, eventType, eventActor, eventOrigin, null, from, to, minus);
    }

    /** True for the kinds that count events rather than read a series. */
    public boolean countsEvents() {
        return kind.countsEvents();
    }

    /** The series this statistic (and the one it subtracts) reads day by day. */
    public List<RunRecord.Key> seriesRead() {
        List<RunRecord.Key> out = new java.util.ArrayList<>();
        if (series != null) {
            out.add(series);
        }
        if (minus != null) {
            out.addAll(minus.seriesRead());
        }
        return out;
    }

    public double of(RunRecord r) {
        double v = switch (kind) {
            case VALUE -> r.series(series)[day(r, to)];
            case CHANGE -> r.series(series)[day(r, to)] - r.series(series)[day(r, from)];
            case MEAN -> mean(r.series(series), day(r, from), day(r, to));
            case COUNT -> count(r);
            case DAYS -> days(r).size();
            case DISPERSION -> dispersion(r);
        };
        return minus == null ? v : v - minus.of(r);
    }

    /** The distinct days with a matching event in the window. */
    private Set<LocalDate> days(RunRecord r) {
        Set<LocalDate> out = new TreeSet<>();
        for (ModelEvent e : r.events()) {
            if (matches(r, e)) {
                out.add(r.date(e.day()));
            }
        }
        return out;
    }

    private double dispersion(RunRecord r) {
        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            perMonth.put(m, 0);
        }
        for (LocalDate d : days(r)) {
            perMonth.merge(YearMonth.from(d), 1, Integer::sum);
        }
        double[] counts = perMonth.values().stream().mapToDouble(Integer::doubleValue).toArray();
        double mean = java.util.Arrays.stream(counts).average().orElse(0);
        if (counts.length < 2 || mean == 0) {
            return 0;
        }
        double ss = 0;
        for (double c : counts) {
            ss += (c - mean) * (c - mean);
        }
        return ss / (counts.length - 1) / mean;
    }

    private static int day(RunRecord r, LocalDate date) {
        int d = (int) (date.toEpochDay() - r.start().toEpochDay());
        if (d < 0 || d >= r.days()) {
            throw new IllegalArgumentException(date + " is outside the run (" + r.start() + " .. " + r.date(r.days() - 1) + ")");
        }
        return d;
    }

    private static double mean(double[] v, int from, int to) {
        double sum = 0;
        for (int d = from; d <= to; d++) {
            sum += v[d];
        }
        return sum / (to - from + 1);
    }

    private double count(RunRecord r) {
        int n = 0;
        for (ModelEvent e : r.events()) {
            if (matches(r, e)) {
                n++;
            }
        }
        return n;
    }

    private boolean matches(RunRecord r, ModelEvent e) {
        LocalDate date = r.date(e.day());
        return e.type() == eventType && !date.isBefore(from) && !date.isAfter(to)
                && (eventOrigin == null || eventOrigin == e.origin())
                && (eventActor == null || r.actors().indexOf(eventActor) == e.actors()[0])
                && (subtypes == null || subtypes.contains(e.subtype()));
    }
}
