package entente.output;

import entente.model.RunRecord;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;

/** Days of a run as chart x values: UTC midnight in epoch milliseconds, on a UTC date axis. */
public final class TimeAxes {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private TimeAxes() {}

    static double millis(RunRecord r, int day) {
        return millis(r.start(), day);
    }

    public static double millis(LocalDate start, int day) {
        return start.plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static DateAxis axis(RunRecord r) {
        return axis(r.start(), r.days());
    }

    /** Fixed zone and locale so that ticks do not depend on the machine that renders. */
    public static DateAxis axis(LocalDate start, int days) {
        DateAxis axis = new DateAxis(null, UTC, Locale.ENGLISH);
        axis.setRange(millis(start, 0), millis(start, Math.max(1, days - 1)));
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }
}
