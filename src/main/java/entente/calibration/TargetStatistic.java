package entente.calibration;

import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import java.time.LocalDate;

/**
 * A number measured on a run, to hold against a target: a series' value on a day, its change
 * or mean over a window, or a count of events in a window — optionally minus another such
 * number (e.g. South Korea's hedging minus Japan's).
 */
public record TargetStatistic(Kind kind, RunRecord.Key series, EventType eventType, String eventActor,
                              EventOrigin eventOrigin, LocalDate from, LocalDate to, TargetStatistic minus) {

    /** What is measured. */
    public enum Kind { VALUE, CHANGE, MEAN, COUNT }

    public double of(RunRecord r) {
        double v = switch (kind) {
            case VALUE -> r.series(series)[day(r, to)];
            case CHANGE -> r.series(series)[day(r, to)] - r.series(series)[day(r, from)];
            case MEAN -> mean(r.series(series), day(r, from), day(r, to));
            case COUNT -> count(r);
        };
        return minus == null ? v : v - minus.of(r);
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
            LocalDate date = r.date(e.day());
            if (e.type() == eventType && !date.isBefore(from) && !date.isAfter(to)
                    && (eventOrigin == null || eventOrigin == e.origin())
                    && (eventActor == null || r.actors().indexOf(eventActor) == e.actors()[0])) {
                n++;
            }
        }
        return n;
    }
}
