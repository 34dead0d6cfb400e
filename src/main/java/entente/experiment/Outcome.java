package entente.experiment;

import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An outcome a user defines on top of the built-in summaries, evaluated on each run:
 * <ul>
 * <li>{@link Kind#THRESHOLD}: whether a series goes above (or below) a level, and the first day it does;</li>
 * <li>{@link Kind#TIME_TO_EVENT}: whether an event of a type (by an actor, of a subtype, of an origin)
 *     happens, and the first day it does;</li>
 * <li>{@link Kind#COUNT}: how many such events happen in a window;</li>
 * <li>{@link Kind#VALUE}: a series' value on a date.</li>
 * </ul>
 * Each gives one or two numbers per run, written as columns {@code <name>.<statistic>}:
 * {@code probability} (1 when it happened, 0 when not: its mean over runs is the probability),
 * {@code day} (days from the start to the first day it happened; a run where it never happens
 * counts its whole length, so the mean is a mean restricted to the period), {@code count}
 * and {@code value}.
 *
 * @param series  the series of THRESHOLD and VALUE, null otherwise
 * @param level   the threshold of THRESHOLD
 * @param below   THRESHOLD: true when falling below the level counts, false for rising above it
 * @param type    event type of TIME_TO_EVENT and COUNT; actor, subtype and origin narrow it (null: any)
 * @param from    first day of the window (COUNT), or the date (VALUE); null for the start
 * @param to      last day of the window (COUNT); null for the end
 */
public record Outcome(String name, Kind kind, RunRecord.Key series, double level, boolean below, EventType type,
                      String actor, String subtype, EventOrigin origin, LocalDate from, LocalDate to) {

    /** What an outcome measures. */
    public enum Kind {
        THRESHOLD("threshold", List.of("probability", "day")),
        TIME_TO_EVENT("time_to_event", List.of("probability", "day")),
        COUNT("count", List.of("count")),
        VALUE("value", List.of("value"));

        private final String key;
        private final List<String> statistics;

        Kind(String key, List<String> statistics) {
            this.key = key;
            this.statistics = statistics;
        }

        public String key() {
            return key;
        }

        public List<String> statistics() {
            return statistics;
        }

        public static Kind of(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** The output columns: {@code <name>.<statistic>}. */
    public List<String> columns() {
        return kind.statistics().stream().map(s -> name + "." + s).toList();
    }

    /** The run's values, in the order of {@link #columns()}. */
    public double[] evaluate(RunRecord r) {
        return switch (kind) {
            case THRESHOLD -> firstDay(r, crossing(r));
            case TIME_TO_EVENT -> firstDay(r, firstEvent(r));
            case COUNT -> new double[] {count(r)};
            case VALUE -> new double[] {r.value(series, Math.min(r.days() - 1, dayOf(r, from)))};
        };
    }

    /** In words, for headlines and reports: "escalation.PRK above 7". */
    public String describe() {
        String events = type == null ? "" : type.label() + (subtype == null ? "" : " (" + subtype + ")")
                + (actor == null ? "" : " by " + actor) + (origin == null ? "" : ", " + origin.description());
        return switch (kind) {
            case THRESHOLD -> RunMetrics.name(series) + (below ? " below " : " above ") + format(level);
            case TIME_TO_EVENT -> "first " + events;
            case COUNT -> events + " " + window();
            case VALUE -> RunMetrics.name(series) + " on " + from;
        };
    }

    private String window() {
        if (from == null && to == null) {
            return "in the period";
        }
        return "from " + (from == null ? "the start" : from) + " to " + (to == null ? "the end" : to);
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** {probability, day}: 1 and the day when {@code day >= 0}, else 0 and the run's length. */
    private static double[] firstDay(RunRecord r, int day) {
        return day < 0 ? new double[] {0, r.days()} : new double[] {1, day};
    }

    private int crossing(RunRecord r) {
        for (int d = 0; d < r.days(); d++) {
            double v = r.value(series, d);
            if (below ? v < level : v > level) {
                return d;
            }
        }
        return -1;
    }

    private int firstEvent(RunRecord r) {
        for (ModelEvent e : r.events()) {
            if (matches(e, r)) {
                return e.day();
            }
        }
        return -1;
    }

    private int count(RunRecord r) {
        int first = from == null ? 0 : dayOf(r, from);
        int last = to == null ? r.days() - 1 : dayOf(r, to);
        int n = 0;
        for (ModelEvent e : r.events()) {
            if (e.day() >= first && e.day() <= last && matches(e, r)) {
                n++;
            }
        }
        return n;
    }

    private boolean matches(ModelEvent e, RunRecord r) {
        return e.type() == type && (subtype == null || subtype.equals(e.subtype()))
                && (origin == null || e.origin() == origin) && (actor == null || isActor(e, r));
    }

    private boolean isActor(ModelEvent e, RunRecord r) {
        int index = r.actors().indexOf(actor);
        for (int a : e.actors()) {
            if (a == index) {
                return true;
            }
        }
        return false;
    }

    private static int dayOf(RunRecord r, LocalDate date) {
        return (int) ChronoUnit.DAYS.between(r.start(), date);
    }
}
